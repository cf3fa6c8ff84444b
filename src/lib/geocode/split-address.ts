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
