// Worker threads that run a TypeScript module of the pipeline: the thread registers tsx first, so
// it works whatever runs the build (tsx, vitest).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** tsx's ES-module API (its CommonJS build cannot be imported by URL). */
function tsxEsmApi(): string {
  const packageJson = createRequire(import.meta.url).resolve('tsx/package.json');
  const entry = JSON.parse(readFileSync(packageJson, 'utf8')).exports['./esm/api'].import.default as string;
  return pathToFileURL(path.join(path.dirname(packageJson), entry)).href;
}

const TSX_API = tsxEsmApi();

/**
 * Runs `module` in a worker thread with `workerData`; `send` posts it a message. The promise settles
 * with the one message it posts (`reply` turns it into the result or throws its error), or fails
 * when the thread dies first.
 */
export function runInWorker<T>(module: URL, workerData: unknown, reply: (message: any) => T): { result: Promise<T>; send: (message: unknown, transfer?: Transferable[]) => void; stop: () => Promise<void> } {
  const boot = `import(${JSON.stringify(TSX_API)}).then((api) => { api.register(); return import(${JSON.stringify(module.href)}); });`;
  const worker = new Worker(boot, { eval: true, workerData });
  const result = new Promise<T>((resolve, reject) => {
    worker.once('message', (message) => {
      try {
        resolve(reply(message));
      } catch (e) {
        reject(e);
      }
    });
    worker.once('error', (e) => reject(new Error(`${path.basename(module.pathname)}: worker failed: ${e.message}`)));
    worker.once('exit', (code) => reject(new Error(`${path.basename(module.pathname)}: worker exited with code ${code} before replying`)));
  });
  // Often awaited later; an error before that must not go unhandled.
  result.catch(() => {});
  return { result, send: (message, transfer) => worker.postMessage(message, transfer as never), stop: async () => void (await worker.terminate()) };
}
