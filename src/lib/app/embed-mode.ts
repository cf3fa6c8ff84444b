/**
 * `?embed=1`: a chrome-less map for an iframe on a district's website (no header, no panel), with a
 * link back to the full map. The other URL parameters (indicator, level, selection) apply as usual.
 */
export const EMBED_PARAM = 'embed';

export function isEmbedQuery(query: string): boolean {
  return new URLSearchParams(query.replace(/^[?#]/, '')).get(EMBED_PARAM) === '1';
}

/** The same address without the embed switch: "Open full map". */
export function fullMapUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(EMBED_PARAM);
  return url.toString();
}
