// Body of the worker thread that writes analysis.csv of a large city (see build-pipeline.ts) while
// the main thread writes the other outputs: the rows come as encoded columns, the file goes into
// the staged output dir, and the reply gives its size and sha256.
import { parentPort } from 'node:worker_threads';
import { analysisCsvChunks, type EncodedAnalysis } from '../src/lib/analysis/analysis-columns.ts';
import { writeChunks } from './staged-output-dir.ts';
import { answer } from './ts-worker.ts';

parentPort!.once('message', ({ encoded, filePath }: { encoded: EncodedAnalysis; filePath: string }) => answer(() => writeChunks(filePath, analysisCsvChunks(encoded))));
