// Large statistical tables are read in worker threads while the main thread goes on (geometry, the
// small tables): at 10,000 units the age × sex table and the 2022 daily series are ~300 MB each,
// and reading them one after the other was a third of the build. Same reader, same checks, same
// measurements in the same order; an InputError in a worker is the same InputError here (ts-worker.ts).
import type { CrossCheck, IndicatorTable, TableDescriptor } from '../src/lib/pipeline/read-indicator-table.ts';
import { runInWorker } from './ts-worker.ts';

/** What a worker needs to read one table. */
export interface TableJob {
  /** path relative to the data dir (for messages) and on disk */
  file: string;
  absolutePath: string;
  sourceId: string;
  table: TableDescriptor;
  /** the district code list, read again in the worker */
  codes: { text: string; file: string };
  dates: { min: string; max: string };
}

/** Measurements as columns: a few arrays cross to the main thread faster than 300,000 objects. */
interface TableColumns {
  indicators: string[];
  codes: string[];
  dates: string[];
  values: Float64Array;
  sourceIds: string[];
  crossChecks: CrossCheck[];
}

export function toColumns(table: IndicatorTable): TableColumns {
  const m = table.measurements;
  return {
    indicators: m.map((x) => x.indicator),
    codes: m.map((x) => x.code),
    dates: m.map((x) => x.ref_date),
    values: Float64Array.from(m, (x) => x.value),
    sourceIds: m.map((x) => x.source_id),
    crossChecks: table.crossChecks,
  };
}

function fromColumns(c: TableColumns): IndicatorTable {
  return {
    measurements: c.values.length === 0 ? [] : Array.from(c.values, (value, i) => ({ indicator: c.indicators[i], code: c.codes[i], ref_date: c.dates[i], value, source_id: c.sourceIds[i] })),
    crossChecks: c.crossChecks,
  };
}

/** Table readers running in worker threads; `stop` ends any still running (after an error elsewhere). */
export function tableWorkers() {
  const running: (() => Promise<void>)[] = [];
  return {
    /** Starts reading; the promise settles with the table and the file's sha256, or the error. */
    read(job: TableJob): Promise<{ table: IndicatorTable; sha256: string }> {
      const { result, stop } = runInWorker(new URL('./table-worker.ts', import.meta.url), job, (reply: TableColumns & { sha256: string }) => ({ table: fromColumns(reply), sha256: reply.sha256 }));
      running.push(stop);
      return result;
    },
    async stop(): Promise<void> {
      await Promise.all(running.map((stop) => stop()));
    },
  };
}
