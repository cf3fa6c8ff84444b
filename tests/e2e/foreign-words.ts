// A word-list check for translated views: given the visible text of a panel and the locale, the
// English or Czech words in it that are not proper names. Ukrainian and Russian are written in
// Cyrillic, so any Latin word is foreign there; Vietnamese shares the Latin script, so there a word
// is foreign when it has a Czech-only letter or is on a list of English words the data texts use.

/**
 * Names that stay as they are in every language: institutions and their abbreviations, places,
 * registers and formats, and the Czech unit terms the catalogues put in brackets on purpose.
 * Phrases are removed before the text is split into words.
 */
export const PROPER_NAMES: readonly string[] = [
  'Katalog městských částí',
  'Integrační centrum Praha',
  'městská část',
  'městské části',
  'správní obvod',
  'správní obvody',
  'městský obvod',
  'městské obvody',
  'aroundprague.cz',
  'OpenStreetMap',
  'Praha',
  'ČSÚ',
  'IPR',
  'MV ČR',
  'RÚIAN',
  'OSM',
  'HUMPO',
  'CIS',
  'Arcdata',
  'MŠMT',
  'ROPID',
  'PID',
  'Geofabrik',
  'Overpass',
  'GTFS',
  'WGS',
  'S-JTSK',
  'ZUŠ',
  'LISA',
  'Moran',
  'Theil',
  'CC BY-SA',
  'CC BY',
  'ODbL',
  'MIT',
];

/** English words of the data texts and the UI, lower case (for Vietnamese, where the script is shared). */
const ENGLISH_WORDS = new Set(
  `a about above after all also an and announcement are area areas as at balance based be below between by catalogue census centre citation
city compiled contributors count counselling current data date dates directory district districts each end entrances every file flag flags
for forecast foreigners from group has high historical holders in integration interior is it level licence listed metro ministry near no
none not number numbers of office on only open or page people per permits planning points population prague protection public quoted
register registered residents reuse school schools service services share small source sources statistical stops temporary the
their to total tour ukraine ukrainian undated unknown verify watch water ways with within year`.split(/\s+/),
);

const CZECH_ONLY_LETTERS = /[ěščřžůďťňĚŠČŘŽŮĎŤŇ]/;
const LATIN_LETTER = /[A-Za-zÀ-ɏ]/;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words of `text` that are English or Czech in a `locale` view, apart from proper names; unique, in order. */
export function foreignWords(text: string, locale: string, allowed: readonly string[] = PROPER_NAMES): string[] {
  let rest = text;
  // longest names first, so "MV ČR" goes before "ČR" could be left over
  for (const name of [...allowed].sort((a, b) => b.length - a.length)) {
    rest = rest.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'giu'), ' ');
  }
  const words = rest.match(/\p{L}[\p{L}\p{M}]*/gu) ?? [];
  const isForeign = (word: string): boolean => {
    if (locale === 'uk' || locale === 'ru') return LATIN_LETTER.test(word);
    if (locale === 'vi') return CZECH_ONLY_LETTERS.test(word) || ENGLISH_WORDS.has(word.toLowerCase());
    if (locale === 'cs') return ENGLISH_WORDS.has(word.toLowerCase()) && !CZECH_ONLY_LETTERS.test(word);
    return CZECH_ONLY_LETTERS.test(word);
  };
  // single letters are symbols here (Moran's I, p, zone P)
  return [...new Set(words.filter((w) => w.length > 1 && isForeign(w)))];
}
