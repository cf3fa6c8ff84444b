import type { AnalysisRow } from '../contract.ts';
import { compareLevels, compareStrings, csvField, formatNumber } from '../pipeline/format-csv.ts';

/** The text columns of analysis.csv, in file order (then `value`). */
const TEXT_COLUMNS = ['level', 'code', 'ref_date', 'group', 'measure'] as const;
type TextColumn = (typeof TEXT_COLUMNS)[number];

/**
 * analysis.csv rows as plain data: each text column as numbers into its list of distinct values,
 * the values in a Float64Array. Typed arrays cross to a worker thread without copying.
 */
export interface EncodedAnalysis {
  length: number;
  distinct: Record<TextColumn, string[]>;
  ids: Record<TextColumn, Int32Array>;
  values: Float64Array;
}

/**
 * analysis.csv rows kept as columns, for the pipeline: at 10,000 units the analysis has three
 * million rows, and as objects each was copied by the young-generation collections it survived
 * and held ~100 bytes until written. Rows are added with `push` like to an array.
 */
export class AnalysisColumns {
  private length = 0;
  private readonly distinct = Object.fromEntries(TEXT_COLUMNS.map((c) => [c, [] as string[]])) as Record<TextColumn, string[]>;
  private readonly numbers = Object.fromEntries(TEXT_COLUMNS.map((c) => [c, new Map<string, number>()])) as Record<TextColumn, Map<string, number>>;
  private ids = Object.fromEntries(TEXT_COLUMNS.map((c) => [c, new Int32Array(1024)])) as Record<TextColumn, Int32Array>;
  private values = new Float64Array(1024);

  /** per column, the last text pushed and its number: rows come unit by unit, ~30 alike */
  private readonly lastText = Object.fromEntries(TEXT_COLUMNS.map((c) => [c, undefined])) as Record<TextColumn, string | undefined>;
  private readonly lastId = Object.fromEntries(TEXT_COLUMNS.map((c) => [c, -1])) as Record<TextColumn, number>;

  push(row: AnalysisRow): void {
    if (this.length === this.values.length) this.grow();
    for (const c of TEXT_COLUMNS) {
      const text = row[c];
      let id = this.lastId[c];
      if (text !== this.lastText[c]) {
        const known = this.numbers[c].get(text);
        if (known === undefined) {
          id = this.distinct[c].length;
          this.numbers[c].set(text, id);
          this.distinct[c].push(text);
        } else id = known;
        this.lastText[c] = text;
        this.lastId[c] = id;
      }
      this.ids[c][this.length] = id;
    }
    this.values[this.length++] = row.value;
  }

  private grow(): void {
    const size = this.values.length * 2;
    for (const c of TEXT_COLUMNS) {
      const ids = new Int32Array(size);
      ids.set(this.ids[c]);
      this.ids[c] = ids;
    }
    const values = new Float64Array(size);
    values.set(this.values);
    this.values = values;
  }

  /** The rows so far, as views of the columns (not copies; transferring them ends this object's use). */
  encoded(): EncodedAnalysis {
    const n = this.length;
    return {
      length: n,
      distinct: this.distinct,
      ids: Object.fromEntries(TEXT_COLUMNS.map((c) => [c, this.ids[c].subarray(0, n)])) as Record<TextColumn, Int32Array>,
      values: this.values.subarray(0, n),
    };
  }
}

/**
 * analysis.csv from encoded rows, in pieces of whole lines: the order and the text of
 * sortRows(rows, ['code', 'ref_date', 'group', 'measure']) and formatCsvChunks, byte for byte. Each
 * distinct value is ranked and quoted once; a row's rank in every column makes one number with
 * its index, so the rows are sorted as numbers by the typed array's own sort.
 */
export function* analysisCsvChunks(a: EncodedAnalysis): Generator<string> {
  yield 'level,code,ref_date,group,measure,value\n';
  const rank = Object.fromEntries(
    TEXT_COLUMNS.map((c) => {
      const order = a.distinct[c].map((_, id) => id);
      const compare = c === 'level' ? compareLevels : compareStrings;
      order.sort((x, y) => compare(a.distinct[c][x], a.distinct[c][y]));
      const ranks = new Int32Array(order.length);
      order.forEach((id, r) => (ranks[id] = r));
      return [c, ranks];
    }),
  ) as Record<TextColumn, Int32Array>;
  const order = sortedIndices(a, rank);
  const fields = Object.fromEntries(TEXT_COLUMNS.map((c) => [c, a.distinct[c].map((v) => csvField(v))])) as Record<TextColumn, string[]>;
  const { level, code, ref_date, group, measure } = a.ids;
  let lastValue = Number.NaN;
  let lastField = '';
  for (let start = 0; start < order.length; start += CHUNK_ROWS) {
    let chunk = '';
    for (let r = start; r < Math.min(order.length, start + CHUNK_ROWS); r++) {
      const i = order[r];
      const value = a.values[i];
      if (value !== lastValue) {
        lastField = formatNumber(value);
        lastValue = value;
      }
      chunk += `${fields.level[level[i]]},${fields.code[code[i]]},${fields.ref_date[ref_date[i]]},${fields.group[group[i]]},${fields.measure[measure[i]]},${lastField}\n`;
    }
    yield chunk;
  }
}

/** Rows per piece (~40 KB), as formatCsvChunks. */
const CHUNK_ROWS = 500;

/** Row indices by (level, code, ref_date, group, measure) rank, then index. */
function sortedIndices(a: EncodedAnalysis, rank: Record<TextColumn, Int32Array>): ArrayLike<number> {
  const n = a.length;
  const sizes = TEXT_COLUMNS.map((c) => Math.max(1, a.distinct[c].length));
  const keys = sizes.reduce((product, size) => product * size, 1);
  const key = (i: number) => TEXT_COLUMNS.reduce((k, c, j) => k * sizes[j] + rank[c][a.ids[c][i]], 0);
  if (keys * n <= Number.MAX_SAFE_INTEGER) {
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = key(i) * n + i;
    packed.sort();
    const order = new Int32Array(n);
    for (let r = 0; r < n; r++) order[r] = packed[r] % n;
    return order;
  }
  const compare = (x: number, y: number) => {
    for (const c of TEXT_COLUMNS) {
      const order = rank[c][a.ids[c][x]] - rank[c][a.ids[c][y]];
      if (order !== 0) return order;
    }
    return x - y;
  };
  return Int32Array.from({ length: n }, (_, i) => i).sort(compare);
}
