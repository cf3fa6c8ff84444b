// The build's outputs go to a temp dir next to the output dir, which is swapped in only when the
// whole build succeeded (rename is atomic). Files are written chunk by chunk and hashed as they go,
// so a table of hundreds of MB never has to exist as one string.
import { createHash } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';

const WRITE_BYTES = 1 << 20;

export interface WrittenFile {
  file: string;
  bytes: number;
  sha256: string;
}

export interface StagedOutputDir {
  /** Writes a file (a string or its pieces, in order) into the temp dir. */
  write(file: string, content: string | Iterable<string>): Promise<WrittenFile>;
  /** Where `file` goes in the temp dir (for a file another thread writes with writeChunks). */
  pathOf(file: string): string;
  /** Replaces the output dir with the temp dir. */
  commit(): Promise<void>;
  /** Removes the temp dir if it is still there (after commit, or on failure). */
  discard(): Promise<void>;
}

export async function stageOutputDir(outDir: string): Promise<StagedOutputDir> {
  const parent = path.dirname(outDir);
  await fs.mkdir(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const tmp = path.join(parent, `.${path.basename(outDir)}.tmp-${stamp}`);
  const old = path.join(parent, `.${path.basename(outDir)}.old-${stamp}`);
  await fs.mkdir(tmp);
  return {
    async write(file, content) {
      return { file, ...(await writeChunks(path.join(tmp, file), content)) };
    },
    pathOf: (file) => path.join(tmp, file),
    async commit() {
      const hadPrevious = existsSync(outDir);
      if (hadPrevious) await fs.rename(outDir, old);
      try {
        await fs.rename(tmp, outDir);
      } catch (e) {
        if (hadPrevious) await fs.rename(old, outDir);
        throw e;
      }
      if (hadPrevious) await fs.rm(old, { recursive: true, force: true });
    },
    discard: () => fs.rm(tmp, { recursive: true, force: true }),
  };
}

/** Writes a string or its pieces (in order) to `filePath`, hashing as it goes. */
export async function writeChunks(filePath: string, content: string | Iterable<string>): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  const handle = await fs.open(filePath, 'w');
  // Small chunks are gathered into writes of about a megabyte.
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    await handle.writeFile(Buffer.concat(pending, pendingBytes));
    pending = [];
    pendingBytes = 0;
  };
  try {
    for (const chunk of typeof content === 'string' ? [content] : content) {
      const buffer = Buffer.from(chunk, 'utf8');
      hash.update(buffer);
      bytes += buffer.length;
      pending.push(buffer);
      pendingBytes += buffer.length;
      if (pendingBytes >= WRITE_BYTES) await flush();
    }
    if (pendingBytes > 0) await flush();
  } finally {
    await handle.close();
  }
  return { bytes, sha256: hash.digest('hex') };
}
