import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/lib/pipeline/decode-text.ts';

describe('decodeText', () => {
  it('decodes UTF-8 with Czech letters', () => expect(decodeText(new TextEncoder().encode('Řeporyje'), 'f')).toBe('Řeporyje'));
  it('strips a leading BOM', () => expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'f')).toBe('a'));
  it('refuses CP1250 bytes, naming the line', () => {
    const bytes = new Uint8Array([0x61, 0x0a, 0x62, 0x0a, 0x8a, 0x65]); // "Še" in CP1250 on line 3
    expect(() => decodeText(bytes, 'f.csv')).toThrow(/f\.csv: row 3, field -: not valid UTF-8/);
  });
});
