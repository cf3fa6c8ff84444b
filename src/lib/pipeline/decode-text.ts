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

/**
 * decodeText for a file given as pieces of whole lines (bytes), for inputs of hundreds of MB read
 * row by row: decoded whole, such a file is a string of up to twice its size (two bytes per
 * character as soon as one character is outside Latin-1, e.g. "Ř"), held while it is parsed. Same
 * checks as decodeText; on invalid UTF-8, `whole()` gives the file's bytes for decodeText's error
 * naming the row. A line feed byte is never part of a multi-byte character, so each piece decodes
 * alone.
 */
export function* decodeTextPieces(pieces: Iterable<Uint8Array>, file: string, whole: () => Uint8Array): Generator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  for (const bytes of pieces) {
    let piece: string;
    try {
      piece = decoder.decode(bytes);
    } catch {
      decodeText(whole(), file); // throws the error naming row and byte
      throw new Error(`${file}: not valid UTF-8`);
    }
    if (first && piece.charCodeAt(0) === 0xfeff) piece = piece.slice(1);
    first = false;
    yield piece;
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
