import type { Readable } from 'svelte/store';
import type { _ } from 'svelte-i18n';

/** The function behind svelte-i18n's `$_` store. */
export type MessageFormatter = typeof _ extends Readable<infer F> ? F : never;
import type { Unit } from '../lib/contract.ts';

/** Labels given with the data (tidy sidecars via manifest.indicators[].label), by id then language. */
const dataLabels = new Map<string, Record<string, string>>();

/** Called when the manifest is loaded: indicators declared in tidy sidecars bring their own labels. */
export function registerDataLabels(indicators: readonly { id: string; label?: Record<string, string> }[]): void {
  for (const ind of indicators) if (ind.label) dataLabels.set(ind.id, ind.label);
}

const CITIZENSHIP = /^foreigners_citizenship_([a-z]{2})(_share)?$/;

/**
 * Labels for ids that come from the data (indicator ids, units, categories), with a readable fallback.
 * Citizenship ids (`foreigners_citizenship_<xx>`, issue 11) are named with the country in the
 * current language (Intl.DisplayNames); sidecar labels are used for declared ids.
 */
export function indicatorLabel(t: MessageFormatter, id: string, lang?: string | null): string {
  const fallback = t('indicator.unknown', { values: { id } });
  const known = t(`indicator.${id}`, { default: '' });
  if (known) return known;
  const given = dataLabels.get(id);
  if (given) return (lang && given[lang.slice(0, 2)]) || given.en || Object.values(given)[0];
  const m = CITIZENSHIP.exec(id);
  if (m) {
    let country = m[1].toUpperCase();
    try {
      country = new Intl.DisplayNames([lang ?? 'en', 'en'], { type: 'region' }).of(country) ?? country;
    } catch {
      /* keep the code */
    }
    return t(m[2] ? 'indicator.foreigners_citizenship_share' : 'indicator.foreigners_citizenship', { values: { country } });
  }
  return fallback;
}

export function unitLabel(t: MessageFormatter, unit: Unit): string {
  return t(`unit.${unit}`, { default: unit });
}

/** Service categories and facility classes share one lookup: category.* first, then fclass.* */
export function categoryLabel(t: MessageFormatter, id: string): string {
  return t(`category.${id}`, { default: t(`fclass.${id}`, { default: id.replace(/_/g, ' ') }) });
}

/** An analysis group's name: the catalogue's for the built-in groups, else its count indicator's (citizenships, declared groups). */
export function groupLabel(t: MessageFormatter, group: string, lang?: string | null): string {
  return t(`analysis.group.${group}`, { default: '' }) || indicatorLabel(t, group, lang);
}
