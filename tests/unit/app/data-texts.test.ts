import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import cs from '../../../src/i18n/data-texts/cs.json';
import en from '../../../src/i18n/data-texts/en.json';
import uk from '../../../src/i18n/data-texts/uk.json';
import ru from '../../../src/i18n/data-texts/ru.json';
import vi from '../../../src/i18n/data-texts/vi.json';
import { LOCALES } from '../../../src/i18n/index.ts';
import { requiredDataTextKeys, sourceCaveats, sourceLine, sourceText } from '../../../src/i18n/data-texts.ts';
import { readSources } from '../../../src/lib/pipeline/read-sources.ts';
import { INDICATOR_DEFINITIONS } from '../../../src/lib/pipeline/indicator-definitions.ts';
import type { ManifestInput } from '../../../src/lib/contract.ts';
import type { MessageFormatter } from '../../../src/i18n/labels.ts';

type Catalogue = Record<string, string>;
const CATALOGUES: Record<string, Catalogue> = { cs, en, uk, ru, vi };

// Read at test time through the pipeline's own reader, so a source or indicator added on another
// branch (catalogue_*, address points, …) demands its texts here after the merge.
const sources = readSources(readFileSync(new URL('../../../geodata/sources.json', import.meta.url), 'utf8'), 'geodata/sources.json');
const required = requiredDataTextKeys(
  sources,
  INDICATOR_DEFINITIONS.map((d) => d.id),
).sort();

/** Texts that are the same in every language: licence names. */
const SAME_IN_EVERY_LANGUAGE = /^(CC BY(-SA)? \d\.\d|ODbL \d\.\d|MIT)$/;

describe('data-text catalogues', () => {
  it('has a catalogue for every locale of the app', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...LOCALES].sort());
  });

  for (const [locale, texts] of Object.entries(CATALOGUES)) {
    describe(locale, () => {
      it('has a text for every source field, caveat and indicator definition, and nothing else', () => {
        const keys = Object.keys(texts).sort();
        expect(required.filter((k) => !(k in texts)), 'missing').toEqual([]);
        expect(keys.filter((k) => !required.includes(k)), 'not belonging to any source or indicator').toEqual([]);
      });
      it('has no empty text and no ICU placeholder (data texts take no arguments)', () => {
        expect(Object.entries(texts).filter(([, v]) => v.trim() === '' || /[{}]/.test(v)).map(([k]) => k)).toEqual([]);
      });
      if (locale !== 'en') {
        it('translates every text except licence names', () => {
          const same = Object.entries(texts).filter(([k, v]) => (en as Catalogue)[k] === v && !SAME_IN_EVERY_LANGUAGE.test(v));
          expect(same.map(([k]) => k)).toEqual([]);
        });
      }
    });
  }

  it('the five catalogues have the same keys', () => {
    const keySets = Object.values(CATALOGUES).map((c) => Object.keys(c).sort().join('\n'));
    expect(new Set(keySets).size).toBe(1);
  });
});

describe('data-text lookups', () => {
  const input = { id: 'toy', title: 'Toy title', publisher: 'Toy publisher', licence: 'CC BY 4.0', caveats: ['first', 'second'] } as ManifestInput;
  const messages: Record<string, string> = { 'data.source.toy.title': 'Titul', 'data.source.toy.caveat.1': 'druhá' };
  const t = ((key: string, options?: { default?: string }) => messages[key] ?? options?.default ?? key) as MessageFormatter;

  it('uses the catalogue text and falls back to the manifest text where there is none', () => {
    expect(sourceText(t, input, 'title')).toBe('Titul');
    expect(sourceText(t, input, 'publisher')).toBe('Toy publisher');
    expect(sourceCaveats(t, input)).toEqual(['first', 'druhá']);
  });
  it('cites sources as "publisher: title", joined by semicolons', () => {
    expect(sourceLine(t, [input, { ...input, id: 'other' }])).toBe('Toy publisher: Titul; Toy publisher: Toy title');
  });
});
