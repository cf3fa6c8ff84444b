import type { Level, SearchIndex } from '../contract.ts';

/**
 * The offline type-ahead over search-index.json. Labels are folded once (lower case, no
 * diacritics), then every query word must begin a word of the label: "zitna 1574" finds
 * "Žitná 1574/51, Praha 1", "1574 zitna" too, "itna" does not (word starts only). The last word
 * is the one being typed, so it may be the start of a word; a number before it must be whole
 * ("1574 zitna" does not find "15741/2").
 */
export type SearchHit =
  | { kind: 'address'; label: string; lon: number; lat: number; district: string }
  | { kind: 'unit'; label: string; level: Level; code: string }
  | { kind: 'service' | 'school'; label: string; id: string; lon: number | null; lat: number | null };

export type SearchGroup = 'address' | 'unit' | 'service' | 'school';
export const SEARCH_GROUPS: readonly SearchGroup[] = ['address', 'unit', 'service', 'school'];

export interface PreparedSearch {
  coverage: ReadonlySet<string>;
  /** district (MČ) code → name, from the index's units */
  districtNames: ReadonlyMap<string, string>;
  entries: { words: string[]; folded: string; hit: SearchHit }[];
}

/** Lower case without diacritics ("Žitná" → "zitna"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Words of folded text: letters and digits; "1574/51," → ["1574", "51"]. */
export function wordsOf(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export function prepareSearch(index: SearchIndex): PreparedSearch {
  const entries: PreparedSearch['entries'] = [];
  const add = (label: string, hit: SearchHit) => {
    const folded = fold(label);
    entries.push({ words: wordsOf(folded), folded, hit });
  };
  for (const [label, lon, lat, district] of index.addresses) add(label, { kind: 'address', label, lon, lat, district });
  for (const [label, level, code] of index.units) add(label, { kind: 'unit', label, level, code });
  for (const [label, kind, id, lon, lat] of index.places) add(label, { kind, label, id, lon, lat });
  const districtNames = new Map(index.units.filter(([, level]) => level === 'districts').map(([label, , code]) => [code, label]));
  return { coverage: new Set(index.coverage), districtNames, entries };
}

const groupOf = (hit: SearchHit): SearchGroup => hit.kind;

/**
 * The best hits per group, at most `perGroup` each, groups in SEARCH_GROUPS order. Within a group:
 * labels where every query word is a whole word first, then shorter labels, then the index order.
 */
export function searchPlaces(prepared: PreparedSearch, query: string, perGroup = 5): SearchHit[] {
  const terms = wordsOf(fold(query));
  if (terms.length === 0) return [];
  const scored = new Map<SearchGroup, { hit: SearchHit; score: number; order: number }[]>();
  prepared.entries.forEach((e, order) => {
    // cheap rejection before the per-word test: every term must occur somewhere in the label
    for (const t of terms) if (!e.folded.includes(t)) return;
    let whole = 0;
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i];
      const prefixOk = i === terms.length - 1 || !/^\d/.test(t);
      let found = false;
      for (const w of e.words) {
        if (w === t) {
          whole++;
          found = true;
          break;
        }
        if (prefixOk && w.startsWith(t)) found = true;
      }
      if (!found) return;
    }
    const g = groupOf(e.hit);
    let list = scored.get(g);
    if (!list) scored.set(g, (list = []));
    list.push({ hit: e.hit, score: whole * 1000 - e.folded.length, order });
  });
  const out: SearchHit[] = [];
  for (const g of SEARCH_GROUPS) {
    const list = scored.get(g) ?? [];
    list.sort((a, b) => b.score - a.score || a.order - b.order);
    out.push(...list.slice(0, perGroup).map((x) => x.hit));
  }
  return out;
}

/**
 * A query that reads like a street address ("Lužiny 1234", "Brdičkova 1878/3"): letters and a house
 * number. When such a query finds no address, the street lies outside the address points' coverage
 * (or is misspelt), and the UI says which part of Prague the index covers.
 */
export function looksLikeAddress(query: string): boolean {
  const terms = wordsOf(fold(query));
  // "Praha 13" is a district name, not a street
  return terms.some((t) => /^\p{L}{3,}/u.test(t) && t !== 'praha') && terms.some((t) => /^\d+[a-z]?$/.test(t));
}

/** Names of the covered districts and the districts outside the coverage (for "offer its district instead"). */
export function coverageParts(prepared: PreparedSearch): { covered: string[]; outside: { code: string; name: string }[] } {
  const covered: string[] = [];
  const outside: { code: string; name: string }[] = [];
  for (const [code, name] of prepared.districtNames) {
    if (prepared.coverage.has(code)) covered.push(name);
    else outside.push({ code, name });
  }
  const byName = (a: string, b: string) => a.localeCompare(b, 'cs', { numeric: true });
  return { covered: covered.sort(byName), outside: outside.sort((a, b) => byName(a.name, b.name)) };
}
