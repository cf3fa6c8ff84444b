import type { ServiceCategory, ServiceRecord } from '../contract.ts';
import { distanceMetres } from './nearest.ts';
import { languageNames } from './service-texts.ts';

/** The service types a reader can filter by (issue 9): the UI categories of services.json. */
export const SERVICE_CATEGORIES: readonly ServiceCategory[] = ['integration_centre', 'counselling', 'czech_course', 'interpreting', 'authority', 'community'];

/**
 * What the reader asked for: types (empty = every type), one language served (null = any) and
 * whether historical or "verify" entries count. A service whose source lists no languages is kept
 * only when no language is asked for: "not stated" is not "yes".
 */
export interface ServiceFilter {
  categories: readonly ServiceCategory[];
  language: string | null;
  includeHistorical: boolean;
}

export const NO_FILTER: ServiceFilter = { categories: [], language: null, includeHistorical: false };

export function matchesFilter(s: ServiceRecord, f: ServiceFilter): boolean {
  if (s.historical && !f.includeHistorical) return false;
  if (f.categories.length && !s.categories.some((c) => f.categories.includes(c))) return false;
  if (f.language && !s.languages.includes(f.language)) return false;
  return true;
}

export interface ServiceDistance {
  service: ServiceRecord;
  /** straight-line (great-circle) metres */
  metres: number;
}

/**
 * Services that match, nearest first, with straight-line distances. Only services with a position
 * (`address` or `street` precision) can have a distance; the others are in `unplaced` (in their
 * district or with no address at all), never given a distance from a district centre.
 */
export function nearestServices(services: readonly ServiceRecord[], from: { lon: number; lat: number }, f: ServiceFilter, limit = 10): { nearest: ServiceDistance[]; unplaced: ServiceRecord[] } {
  const nearest: ServiceDistance[] = [];
  const unplaced: ServiceRecord[] = [];
  for (const s of services) {
    if (!matchesFilter(s, f)) continue;
    if (s.lat === null || s.lon === null) unplaced.push(s);
    else nearest.push({ service: s, metres: distanceMetres(from.lon, from.lat, s.lon, s.lat) });
  }
  nearest.sort((a, b) => a.metres - b.metres || a.service.id.localeCompare(b.service.id));
  return { nearest: nearest.slice(0, limit), unplaced };
}

/** Every language some service serves, by how many services serve it (then by code). */
export function servedLanguages(services: readonly ServiceRecord[]): string[] {
  const counts = new Map<string, number>();
  for (const s of services) for (const l of s.languages) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([l]) => l);
}

/** Language codes for a picker: named in the UI language, sorted in its collation. */
export function namedLanguages(codes: readonly string[], uiLocale: string): { code: string; name: string }[] {
  const names = languageNames(codes, uiLocale);
  const collator = new Intl.Collator(uiLocale);
  return codes.map((code, i) => ({ code, name: names[i] })).sort((a, b) => collator.compare(a.name, b.name));
}
