// Worker threads that run a TypeScript module of the pipeline: the thread registers tsx first, so
// it works whatever runs the build (tsx, vitest).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';
import { InputError } from '../src/lib/pipeline/input-error.ts';

/** tsx's ES-module API (its CommonJS build cannot be imported by URL). */
function tsxEsmApi(): string {
  const packageJson = createRequire(import.meta.url).resolve('tsx/package.json');
  const entry = JSON.parse(readFileSync(packageJson, 'utf8')).exports['./esm/api'].import.default as string;
  return pathToFileURL(path.join(path.dirname(packageJson), entry)).href;
}

const TSX_API = tsxEsmApi();

/** What a worker posts back: its result, or its error (an InputError keeps file, row and field). */
type Outcome = { ok: true; value: unknown } | { ok: false; input: { file: string; row: number | null; field: string | null; reason: string } } | { ok: false; message: string };

/**
 * Runs `module` in a worker thread with `workerData`; `send` posts it a message. The promise settles
 * with the value the worker gives `answer` (through `decode` when given) or its error, an
 * InputError as the same InputError here, or fails when the thread dies first.
 */
export function runInWorker<T>(module: URL, workerData: unknown, decode: (value: any) => T = (value) => value): { result: Promise<T>; send: (message: unknown, transfer?: Transferable[]) => void; stop: () => Promise<void> } {
  const name = path.basename(module.pathname);
  const boot = `import(${JSON.stringify(TSX_API)}).then((api) => { api.register(); return import(${JSON.stringify(module.href)}); });`;
  const worker = new Worker(boot, { eval: true, workerData });
  const result = new Promise<T>((resolve, reject) => {
    worker.once('message', (outcome: Outcome) => {
      if (outcome.ok) resolve(decode(outcome.value));
      else if ('input' in outcome) reject(new InputError(outcome.input.file, outcome.input.row, outcome.input.field, outcome.input.reason));
      else reject(new Error(`${name}: ${outcome.message}`));
    });
    worker.once('error', (e) => reject(new Error(`${name}: worker failed: ${e.message}`)));
    worker.once('exit', (code) => reject(new Error(`${name}: worker exited with code ${code} before replying`)));
  });
  // Often awaited later; an error before that must not go unhandled.
  result.catch(() => {});
  return { result, send: (message, transfer) => worker.postMessage(message, transfer as never), stop: async () => void (await worker.terminate()) };
}

/** In the worker: posts what `work` gives (or its error) as the one reply runInWorker waits for. */
export async function answer(work: () => unknown, transfer?: Transferable[]): Promise<void> {
  let outcome: Outcome;
  try {
    outcome = { ok: true, value: await work() };
  } catch (e) {
    outcome =
      e instanceof InputError
        ? { ok: false, input: { file: e.file, row: e.row, field: e.field, reason: e.reason } }
        : { ok: false, message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  parentPort!.postMessage(outcome, transfer as never);
}
