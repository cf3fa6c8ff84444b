import { normaliseStreet } from './normalise-address.ts';

/**
 * Street and house number of a one-line address as the sources print it:
 * "Horáčkova 1100, Praha 4" → { street: 'Horáčkova', number: '1100' }. Null when the first part
 * does not end in a number.
 */
export function splitAddress(address: string): { street: string; number: string } | null {
  const first = address.split(',')[0].trim();
  const m = /^(.*\S)\s+(\d+(?:\/\d+)?\s?[a-zA-Z]?)$/.exec(first);
  return m ? { street: m[1], number: m[2].replace(/\s/g, '') } : null;
}

/**
 * "horackova|1100": normalised street and č.p. of a printed address, the key on which two sources
 * name the same building (their positions may differ in the last decimals). Null without a č.p.
 */
export function buildingKey(address: string | null): string | null {
  const parts = address ? splitAddress(address) : null;
  const cp = parts && /^(\d+)\//.exec(parts.number);
  return parts && cp ? `${normaliseStreet(parts.street)}|${Number(cp[1])}` : null;
}
