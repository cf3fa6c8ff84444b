import type { Unit } from '../contract.ts';

const cache = new Map<string, Intl.NumberFormat>();
function nf(locale: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, opts)));
  return f;
}

/** Digits shown per unit: counts whole, rates with one decimal. */
export function formatValue(value: number, unit: Unit, locale: string): string {
  const digits = unit === 'persons' || unit === 'count' || unit === 'flag' ? 0 : 1;
  return nf(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

export function formatNumber(value: number, locale: string, digits = 0): string {
  return nf(locale, { maximumFractionDigits: digits }).format(value);
}

export function formatPercent(fraction: number, locale: string): string {
  return nf(locale, { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}

/** ISO date (YYYY-MM-DD or YYYY-MM) in the locale's medium style; unparseable text is returned as is. */
export function formatDate(iso: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, m[3] ? +m[3] : 1));
  const opts: Intl.DateTimeFormatOptions = m[3] ? { dateStyle: 'medium', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, opts).format(d);
}

/** Straight-line distance, rounded to 10 m below 1 km, with the locale's unit symbol. */
export function formatDistance(metres: number, locale: string): string {
  return metres < 1000
    ? nf(locale, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 }).format(Math.round(metres / 10) * 10)
    : nf(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 }).format(metres / 1000);
}
