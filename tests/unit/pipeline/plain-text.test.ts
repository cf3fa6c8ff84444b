import { describe, expect, it } from 'vitest';
import { assertPlainText } from '../../../src/lib/pipeline/plain-text.ts';

describe('assertPlainText', () => {
  it('returns ordinary names unchanged, including quotes and ampersands', () => expect(assertPlainText('Praha-Řeporyje "&" Co.', 'f', 1, 'n')).toBe('Praha-Řeporyje "&" Co.'));
  it('refuses tags', () => expect(() => assertPlainText('<img src=x onerror=alert(1)>', 'f', 2, 'name')).toThrow(/f: row 2, field name: contains markup/));
  it('refuses javascript: URLs', () => expect(() => assertPlainText('javascript:alert(1)', 'f', 2, 'name')).toThrow(/markup/));
});
