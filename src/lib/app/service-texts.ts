// The directory's free-text fields of a service (status, as_of, languages) are English notes by the
// compiler ("current (page undated)", "undated (tour announcement)", "bg (by weekday)"). A reader
// gets their gist in the reader's language; the note itself stays available, marked as English.
import type { ServiceRecord } from '../contract.ts';

export type ServiceCurrency = 'current' | 'historical' | 'unconfirmed';

/**
 * Whether the directory lists the service as current. `historical` (the pipeline's reading of
 * "historical" / "verify") wins; a status starting with "current" or "organisation current" is
 * current; anything else ("as of 2014", "page undated") is not confirmed.
 */
export function serviceCurrency(service: Pick<ServiceRecord, 'status' | 'historical'>): ServiceCurrency {
  if (service.historical) return 'historical';
  return /^(organisation\s+)?current\b/i.test(service.status.trim()) ? 'current' : 'unconfirmed';
}

/** The as_of when it is a plain ISO date or month ("2024-02", "2014-11-30", "2021"), else null. */
export function serviceDate(asOf: string): string | null {
  const text = asOf.trim();
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(text) ? text : null;
}

/**
 * Language codes of the directory named in the reader's language ("uk" → "ukrajinština");
 * a qualifier after the code ("bg (by weekday)") is left to the source note.
 */
export function languageNames(codes: readonly string[], locale: string): string[] {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale], { type: 'language' });
  } catch {
    names = null;
  }
  return codes.map((raw) => {
    const code = /^([a-z]{2,3})\b/i.exec(raw.trim())?.[1]?.toLowerCase();
    return (code && names?.of(code)) || raw;
  });
}

/** The English note behind the summary: status and as_of as the directory writes them. */
export function serviceSourceNote(service: Pick<ServiceRecord, 'status' | 'as_of' | 'languages'>): string {
  const qualified = service.languages.filter((l) => !/^[a-z]{2,3}$/i.test(l.trim()));
  return [service.as_of, service.status, ...qualified].filter((s) => s.trim() !== '').join(' · ');
}
