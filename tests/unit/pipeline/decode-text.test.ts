import { describe, expect, it } from 'vitest';
import { decodeText, decodeTextPieces } from '../../../src/lib/pipeline/decode-text.ts';

describe('decodeText', () => {
  it('decodes UTF-8 with Czech letters', () => expect(decodeText(new TextEncoder().encode('Řeporyje'), 'f')).toBe('Řeporyje'));
  it('strips a leading BOM', () => expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'f')).toBe('a'));
  it('refuses CP1250 bytes, naming the line', () => {
    const bytes = new Uint8Array([0x61, 0x0a, 0x62, 0x0a, 0x8a, 0x65]); // "Še" in CP1250 on line 3
    expect(() => decodeText(bytes, 'f.csv')).toThrow(/f\.csv: row 3, field -: not valid UTF-8/);
  });
});

describe('decodeTextPieces', () => {
  const text = '\ufeffkod_mc,název\n500054,Řeporyje\n500089,Žižkov\n';
  const bytes = new TextEncoder().encode(text);
  const linesOf = (b: Uint8Array) => {
    const out: Uint8Array[] = [];
    for (let start = 0; start < b.length; ) {
      const end = b.indexOf(0x0a, start) + 1 || b.length;
      out.push(b.subarray(start, end));
      start = end;
    }
    return out;
  };
  it('yields the pieces decoded, joining to decodeText of the whole (BOM dropped)', () => {
    const pieces = [...decodeTextPieces(linesOf(bytes), 'f.csv', () => bytes)];
    expect(pieces).toHaveLength(3);
    expect(pieces.join('')).toBe(decodeText(bytes, 'f.csv'));
  });
  it('refuses invalid UTF-8 with the row decodeText names', () => {
    const bad = new Uint8Array([...new TextEncoder().encode('a\nb\n'), 0xc3, 0x28, 0x0a]);
    expect(() => [...decodeTextPieces(linesOf(bad), 'f.csv', () => bad)]).toThrow(/row 3/);
  });
});
