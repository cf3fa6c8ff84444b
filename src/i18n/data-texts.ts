// Texts that come with the data (geodata/sources.json via manifest.json, and the indicator
// definitions) in the reader's language. The manifest keeps the English original; the per-language
// catalogues in ./data-texts/ are keyed by source id and indicator id, so a new source or indicator
// without texts fails tests/unit/app/data-texts.test.ts instead of showing English to a reader.
// Institutions keep their Czech name (or its Czech abbreviation) with a gloss in the language.
import type { ManifestIndicator, ManifestInput } from '../lib/contract.ts';
import type { MessageFormatter } from './labels.ts';

/** The fields of a source that are shown to readers and translated. */
export const SOURCE_TEXT_FIELDS = ['title', 'publisher', 'licence'] as const;
export type SourceTextField = (typeof SOURCE_TEXT_FIELDS)[number];

type SourceTexts = Pick<ManifestInput, 'id' | 'caveats'>;
/** A manifest input or the part of it a view carries (profile items keep id, title and publisher). */
type SourceRef = Pick<ManifestInput, 'id'> & Partial<Pick<ManifestInput, SourceTextField>>;

export const sourceTextKey = (id: string, field: SourceTextField) => `data.source.${id}.${field}`;
export const caveatKey = (id: string, index: number) => `data.source.${id}.caveat.${index}`;
export const definitionKey = (indicatorId: string) => `data.indicator.${indicatorId}.definition`;

/** Every key the catalogues must hold for these sources and indicators (one per caveat, by position). */
export function requiredDataTextKeys(sources: readonly SourceTexts[], indicatorIds: readonly string[]): string[] {
  return [
    ...sources.flatMap((s) => [...SOURCE_TEXT_FIELDS.map((f) => sourceTextKey(s.id, f)), ...s.caveats.map((_, i) => caveatKey(s.id, i))]),
    ...indicatorIds.map(definitionKey),
  ];
}

/** A source's title, publisher or licence in the current language; the manifest's text if none exists. */
export function sourceText(t: MessageFormatter, input: SourceRef, field: SourceTextField): string {
  return t(sourceTextKey(input.id, field), { default: input[field] || input.id });
}

export function sourceCaveats(t: MessageFormatter, input: ManifestInput): string[] {
  return input.caveats.map((text, i) => t(caveatKey(input.id, i), { default: text }));
}

export function indicatorDefinition(t: MessageFormatter, indicator: ManifestIndicator): string {
  return t(definitionKey(indicator.id), { default: indicator.definition });
}

/** "Publisher: title" of each source, joined, as the legend, profile and exports cite them. */
export function sourceLine(t: MessageFormatter, inputs: readonly SourceRef[]): string {
  return inputs.map((s) => `${sourceText(t, s, 'publisher')}: ${sourceText(t, s, 'title')}`).join('; ');
}
