import { describe, expect, it } from 'vitest';
import { groupLabel } from '../../../src/i18n/labels.ts';

/** A formatter that knows two keys and otherwise returns the default (svelte-i18n's behaviour with `default`). */
const messages: Record<string, string> = {
  'analysis.group.foreigners': 'Foreign residents',
  'indicator.unknown': 'Indicator {id}',
  'indicator.foreigners_citizenship': 'Foreigners – citizenship: {country}',
};
const t = ((key: string, options?: { default?: string; values?: Record<string, unknown> }) => {
  const text = messages[key] ?? options?.default ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(options?.values?.[name] ?? `{${name}}`));
}) as Parameters<typeof groupLabel>[0];

describe('groupLabel', () => {
  it('names a built-in group from the catalogue', () => {
    expect(groupLabel(t, 'foreigners', 'en')).toBe('Foreign residents');
  });
  it('names a citizenship group found in the data by its country, in the reader language', () => {
    expect(groupLabel(t, 'foreigners_citizenship_vn', 'en')).toBe('Foreigners – citizenship: Vietnam');
  });
});
