// Body of a worker thread that reads one large statistical table (see table-workers.ts): the same
// reader as the main thread, on the file read in pieces, posting the measurements back as columns.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { decodeTextPieces } from '../src/lib/pipeline/decode-text.ts';
import { readDistrictCodes } from '../src/lib/pipeline/read-district-codes.ts';
import { readIndicatorTable } from '../src/lib/pipeline/read-indicator-table.ts';
import { filePieces } from './file-pieces.ts';
import { toColumns, type TableJob } from './table-workers.ts';
import { answer } from './ts-worker.ts';

const job = workerData as TableJob;
await answer(() => {
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
  return { sha256: hash.digest('hex'), ...toColumns(table) };
});
