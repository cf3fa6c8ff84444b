import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filePieces } from '../../scripts/file-pieces.ts';

describe('filePieces', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'pieces-')), 'f.csv');
  const text = 'a,b\n1,2\n333333,4\nlast';
  writeFileSync(file, text);
  it('yields pieces of whole lines that join to the file, the last one up to the end', () => {
    for (const size of [1, 3, 5, 8, 100]) {
      const pieces = [...filePieces(file, size)].map((p) => Buffer.from(p).toString('utf8'));
      expect(pieces.join('')).toBe(text);
      expect(pieces.slice(0, -1).every((p) => p.endsWith('\n'))).toBe(true);
    }
    expect([...filePieces(file, 5)].length).toBeGreaterThan(2);
  });
});
