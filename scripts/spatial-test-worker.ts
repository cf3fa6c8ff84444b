// Body of a worker thread that runs one half of the analysis' permutation tests (see
// build-pipeline.ts): `local` (LISA) starts on the topology alone and makes its draws while the
// main thread computes the indicators; `global` (Moran's I) draws its cheap shuffles itself. The
// tests come as one message.
import { parentPort, workerData } from 'node:worker_threads';
import type { Topology } from 'topojson-specification';
import { drawLocalTests, runGlobalTest, runLocalTest, type SpatialTestJob, type SpatialTestOptions } from '../src/lib/analysis/spatial-tests.ts';
import type { Level } from '../src/lib/contract.ts';
import { answer } from './ts-worker.ts';

const { part, topology, level, options } = workerData as { part: 'local' | 'global'; topology?: Topology; level?: Level; options: SpatialTestOptions };
if (part === 'local' && topology && level) drawLocalTests(topology, level, options);
parentPort!.once('message', (jobs: SpatialTestJob[]) => answer(() => jobs.map((job) => (part === 'local' ? runLocalTest(job, options) : runGlobalTest(job, options)))));
