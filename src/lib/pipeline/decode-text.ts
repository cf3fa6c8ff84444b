import { InputError } from './input-error.ts';

/**
 * Decodes bytes as strict UTF-8 and strips one leading BOM (Excel writes one; it is harmless).
 * Any other encoding (CP1250 from older Czech exports, Latin-1) is refused: a silent wrong
 * decoding would turn "Řeporyje" into a name that no longer matches its code.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const { row, offset } = firstInvalidUtf8(bytes);
    throw new InputError(file, row, null, `not valid UTF-8 (byte 0x${bytes[offset]?.toString(16)} at offset ${offset}); re-save the file as UTF-8 (CP1250/Windows encodings are not accepted)`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Bytes per piece of decodeTextPieces (the piece then runs to the end of its line). */
const PIECE_BYTES = 16 * 1024 * 1024;

/**
 * decodeText in pieces of whole lines, for inputs of hundreds of MB read row by row: decoded whole,
 * such a file is a string of up to twice its size (two bytes per character as soon as one character
 * is outside Latin-1, e.g. "Ř"), held while it is parsed. Same checks and errors as decodeText.
 */
export function* decodeTextPieces(bytes: Uint8Array, file: string, pieceBytes = PIECE_BYTES): Generator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (start < bytes.length) {
    // A line feed byte is never part of a multi-byte character, so pieces cut after one decode alone.
    const newline = bytes.indexOf(0x0a, Math.min(bytes.length, start + pieceBytes) - 1);
    const end = newline < 0 ? bytes.length : newline + 1;
    let piece: string;
    try {
      piece = decoder.decode(bytes.subarray(start, end));
    } catch {
      decodeText(bytes, file); // throws the error naming row and byte
      throw new Error(`${file}: not valid UTF-8`);
    }
    yield piece;
    start = end;
  }
}

function firstInvalidUtf8(bytes: Uint8Array): { row: number; offset: number } {
  let row = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      row++;
      lineStart = i + 1;
    }
    if (bytes[i] >= 0x80) {
      // find the line and test it alone
      let end = bytes.indexOf(0x0a, i);
      if (end < 0) end = bytes.length;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(lineStart, end));
        i = end - 1;
      } catch {
        return { row, offset: i };
      }
    }
  }
  return { row, offset: 0 };
}

/** Decodes windows-1250 (RÚIAN's CSV export), for the inputs whose descriptor declares it. */
export function decodeWindows1250(bytes: Uint8Array): string {
  return new TextDecoder('windows-1250').decode(bytes);
}
