// A large input file read in pieces, so that hashing or parsing it never holds the whole file.
import { closeSync, openSync, readSync } from 'node:fs';

/** Bytes per piece (a piece then runs to the end of its line). */
const PIECE_BYTES = 16 * 1024 * 1024;

/**
 * The bytes of a file in pieces of whole lines: each ends after a line feed, except the last,
 * which ends at the end of the file. A line longer than a piece makes that piece longer.
 */
export function* filePieces(file: string, pieceBytes = PIECE_BYTES): Generator<Uint8Array> {
  const fd = openSync(file, 'r');
  try {
    let carry = new Uint8Array(0);
    for (;;) {
      const buffer = new Uint8Array(carry.length + pieceBytes);
      buffer.set(carry);
      const read = readSync(fd, buffer, carry.length, pieceBytes, null);
      const filled = buffer.subarray(0, carry.length + read);
      if (read === 0) {
        if (filled.length > 0) yield filled;
        return;
      }
      const cut = filled.lastIndexOf(0x0a) + 1;
      if (cut === 0) {
        carry = filled;
        continue;
      }
      yield filled.subarray(0, cut);
      carry = filled.slice(cut);
    }
  } finally {
    closeSync(fd);
  }
}
