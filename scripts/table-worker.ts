// Body of a worker thread that reads one large statistical table (see table-workers.ts): the same
// reader as the main thread, on the file read in pieces, posting the measurements back as columns.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { decodeTextPieces } from '../src/lib/pipeline/decode-text.ts';
import { InputError } from '../src/lib/pipeline/input-error.ts';
import { readDistrictCodes } from '../src/lib/pipeline/read-district-codes.ts';
import { readIndicatorTable } from '../src/lib/pipeline/read-indicator-table.ts';
import { filePieces } from './file-pieces.ts';
import { toColumns, type TableJob, type TableReply } from './table-workers.ts';

const job = workerData as TableJob;
let reply: TableReply;
try {
  const registry = readDistrictCodes(job.codes.text, job.codes.file);
  // The file is hashed for the manifest as it is read: it is read once.
  const hash = createHash('sha256');
  const hashed = function* () {
    for (const piece of filePieces(job.absolutePath)) {
      hash.update(piece);
      yield piece;
    }
  };
  const text = decodeTextPieces(hashed(), job.file, () => new Uint8Array(readFileSync(job.absolutePath)));
  const table = readIndicatorTable(text, job.file, job.sourceId, job.table, registry, job.dates);
  reply = { ok: true, sha256: hash.digest('hex'), ...toColumns(table) };
} catch (e) {
  reply =
    e instanceof InputError
      ? { ok: false, input: { file: e.file, row: e.row, field: e.field, reason: e.reason } }
      : { ok: false, message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
}
parentPort!.postMessage(reply);
