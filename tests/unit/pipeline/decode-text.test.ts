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
  const bytes = new TextEncoder().encode('\ufeffkod_mc,název\n500054,Řeporyje\n500089,Žižkov\n');
  it('yields pieces of whole lines that join to decodeText, without the BOM', () => {
    const pieces = [...decodeTextPieces(bytes, 'f.csv', 5)];
    expect(pieces.length).toBe(3);
    expect(pieces.every((p) => p.endsWith('\n'))).toBe(true);
    expect(pieces.join('')).toBe(decodeText(bytes, 'f.csv'));
  });
  it('refuses invalid UTF-8 with the row decodeText names', () => {
    const bad = new Uint8Array([...new TextEncoder().encode('a\nb\n'), 0xc3, 0x28, 0x0a]);
    expect(() => [...decodeTextPieces(bad, 'f.csv', 1)]).toThrow(/row 3/);
  });
});
