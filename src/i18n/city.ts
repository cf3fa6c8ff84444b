import { derived, get, writable } from 'svelte/store';
import { locale } from 'svelte-i18n';
import type { CityInfo } from '../lib/contract.ts';
import { pickLocale } from './pick-locale.ts';
import { setLocale } from './load-locale.ts';

/** The city the data describes (manifest.json's `city`, from city.json); null until the manifest is read. */
export const city = writable<CityInfo | null>(null);

/** The city's name in the current language (else in its first language), for messages' {cityName}. */
export const cityName = derived([city, locale], ([c, l]) => (c ? (c.name[l ?? ''] ?? c.name[c.languages[0]] ?? '') : ''));

/**
 * Sets the city once the manifest is read. A language the city does not offer gives way to one it
 * does, chosen as at start (`candidates`: URL, stored choice, browser; else English, else its first).
 */
export function setCity(info: CityInfo, candidates: (string | null | undefined)[]): void {
  city.set(info);
  const current = get(locale);
  if (!current || !info.languages.includes(current)) void setLocale(pickLocale(info.languages, candidates));
}
