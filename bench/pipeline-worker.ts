// Child process for the pipeline bench: imports buildData from scripts/build-pipeline.ts and times it.
// Usage: tsx bench/pipeline-worker.ts --data DIR --out DIR [--runs N]
// Prints one line: BENCH_RESULT {"times":[ms...],"cpuTimes":[ms...],"error":null,"maxRssKB":...}
// CPU time (user + system, process.cpuUsage) is reported beside wall time: on a shared machine the
// wall time mostly measures the other processes.
import path from 'node:path';
import { rm } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

function arg(name: string, def?: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : def;
}

async function main() {
  const dataDir = path.resolve(arg('--data')!);
  const outBase = path.resolve(arg('--out')!);
  const runs = Number(arg('--runs', '1'));
  const result: { times: number[]; cpuTimes: number[]; phases: { name: string; wallMs: number; cpuMs: number; peakRssMB: number }[][]; importMs: number | null; error: string | null; maxRssKB: number | null; outDir: string | null; failedAfterMs?: number; stack?: string[] } = {
    times: [],
    cpuTimes: [],
    phases: [],
    importMs: null,
    error: null,
    maxRssKB: null,
    outDir: null,
  };
  try {
    const t0 = performance.now();
    const mod = await import(pathToFileURL(path.resolve('scripts/build-pipeline.ts')).href);
    result.importMs = performance.now() - t0;
    const buildData = mod.buildData ?? mod.default?.buildData;
    if (typeof buildData !== 'function') throw new Error('scripts/build-pipeline.ts does not export buildData');
    for (let i = 0; i < runs; i++) {
      const outDir = `${outBase}-${i}`;
      await rm(outDir, { recursive: true, force: true });
      const t = performance.now();
      const cpu = process.cpuUsage();
      try {
        const built = await buildData({ dataDir, outDir });
        result.phases.push(built.phases ?? []);
      } catch (e) {
        result.failedAfterMs = performance.now() - t;
        throw e;
      }
      result.times.push(performance.now() - t);
      const used = process.cpuUsage(cpu);
      result.cpuTimes.push((used.user + used.system) / 1000);
      result.outDir = outDir;
    }
  } catch (e) {
    const err = e as Error;
    result.error = `${err.name}: ${err.message}`.slice(0, 2000);
    result.stack = (err.stack ?? '')
      .split('\n')
      .filter((l) => l.includes('/work/') || l.includes('file://'))
      .slice(0, 6)
      .map((l) => l.trim().replace(/^at /, '').replace(/file:\/\/\/?[^ ]*?\/main\//, ''));
  }
  result.maxRssKB = process.resourceUsage().maxRSS;
  process.stdout.write(`\nBENCH_RESULT ${JSON.stringify(result)}\n`);
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stdout.write(`\nBENCH_RESULT ${JSON.stringify({ times: [], error: String(e) })}\n`);
    process.exit(1);
  },
);
