// Body of the worker thread that runs the analysis' permutation tests (see build-pipeline.ts). It
// starts on the topology alone and draws the finest level's permutations while the main thread
// computes the indicators; the tests themselves come as one message.
import { parentPort, workerData } from 'node:worker_threads';
import type { Topology } from 'topojson-specification';
import { drawSpatialTests, runSpatialTest, type SpatialTestJob } from '../src/lib/analysis/build-analysis-tables.ts';
import type { FlagsConfig } from '../src/lib/analysis/flags-config.ts';
import type { Level } from '../src/lib/contract.ts';

const { topology, level, options } = workerData as { topology: Topology; level: Level; options: FlagsConfig['spatial_autocorrelation'] };
drawSpatialTests(topology, level, options);
parentPort!.once('message', (jobs: SpatialTestJob[]) => {
  try {
    parentPort!.postMessage({ ok: true, results: jobs.map((job) => runSpatialTest(job, options)) });
  } catch (e) {
    parentPort!.postMessage({ ok: false, message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
