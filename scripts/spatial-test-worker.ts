// Body of the worker thread that runs the analysis' permutation tests (see build-pipeline.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { runSpatialTest, type SpatialTestJob } from '../src/lib/analysis/build-analysis-tables.ts';
import type { FlagsConfig } from '../src/lib/analysis/flags-config.ts';

const { jobs, options } = workerData as { jobs: SpatialTestJob[]; options: FlagsConfig['spatial_autocorrelation'] };
try {
  parentPort!.postMessage({ ok: true, results: jobs.map((job) => runSpatialTest(job, options)) });
} catch (e) {
  parentPort!.postMessage({ ok: false, message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
}
