/**
 * Street names as the geocoder compares them: lower case, no diacritics, abbreviations written
 * out, dots and runs of spaces collapsed, spaces around hyphens removed. Sources write the same
 * street as "Senovážné nám.", "Senovážné náměstí" or "SENOVAZNE NAMESTI"; RÚIAN writes it in full.
 *
 * @example normaliseStreet('Senovážné nám.') === 'senovazne namesti'
 */
export function normaliseStreet(street: string): string {
  let s = foldText(street);
  // "ul. Žitná": the word "ulice" is not part of the street's name in RÚIAN
  s = s.replace(/^ul(ice|\.)\s*/, '');
  for (const [abbreviation, full] of ABBREVIATIONS) s = s.replace(abbreviation, full);
  return s.replace(/\./g, ' ').replace(/\s*-\s*/g, '-').replace(/\s+/g, ' ').trim();
}

/** Lower case without diacritics (the search box's comparison too: "zitna" finds "Žitná"). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Abbreviations of Czech street names (after folding), whole words only. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bnam\.\s*/g, 'namesti '],
  [/\bnabr\.\s*/g, 'nabrezi '],
  [/\btr\.\s*/g, 'trida '],
  [/\bsidl\.\s*/g, 'sidliste '],
  [/\bsv\.\s*/g, 'svateho '],
  [/\bul\.\s*/g, 'ulice '],
];

export interface HouseNumber {
  /** číslo popisné (or evidenční) */
  cp: string | null;
  /** číslo orientační with its letter, lower case ("38a") */
  co: string | null;
  /** one number written alone: cp and co are both candidates for it, the č.o. tried first */
  single: boolean;
}

/**
 * Parses the house number of a Czech address: "1574/51" is č.p. 1574 / č.o. 51; a single number
 * ("50") is unknown (sources mostly write the č.o. alone, but not always), so it is returned as
 * both candidates and the geocoder tries the č.o. first. Anything else returns null.
 *
 * @example parseHouseNumber('942/38a') → { cp: '942', co: '38a', single: false }
 */
export function parseHouseNumber(raw: string): HouseNumber | null {
  const s = raw.trim().toLowerCase().replace(/\s+/g, '');
  let m = /^(\d+)\/(\d+[a-z]?)$/.exec(s);
  if (m) return { cp: String(Number(m[1])), co: orientation(m[2]), single: false };
  m = /^(\d+[a-z]?)$/.exec(s);
  if (m) return { cp: /^\d+$/.test(m[1]) ? String(Number(m[1])) : null, co: orientation(m[1]), single: true };
  return null;
}

/** "038A" → "38a": leading zeros and letter case are not significant. */
export function orientation(co: string): string {
  const m = /^0*(\d+)\s*([a-zA-Z]?)$/.exec(co.trim());
  return m ? `${m[1]}${m[2].toLowerCase()}` : co.trim().toLowerCase();
}
