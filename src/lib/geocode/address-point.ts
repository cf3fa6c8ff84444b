/** One RÚIAN address point as the geocoder uses it, whatever file it came from. */
export interface AddressPoint {
  /** street name as printed by the source ("Senovážné náměstí") */
  street: string;
  /** normaliseStreet(street) */
  key: string;
  /** číslo popisné / evidenční, no leading zeros */
  cp: string | null;
  /** číslo orientační with its letter, lower case */
  co: string | null;
  lon: number;
  lat: number;
  /** KOD_MC of the městská část the point lies in (null until assigned) */
  district: string | null;
}

/** "Žitná 1574/51" as RÚIAN prints an address (č.o. letter in its usual lower case). */
export function printAddress(p: Pick<AddressPoint, 'street' | 'cp' | 'co'>): string {
  const numbers = p.cp && p.co ? `${p.cp}/${p.co}` : (p.cp ?? p.co ?? '');
  return `${p.street} ${numbers}`.trim();
}
