/**
 * The first candidate that names a supported locale (URL, then stored choice, then browser), else 'en'.
 * Candidates may be region tags ("uk-UA", "vi_VN"); only the language part counts.
 */
export function pickLocale<L extends string>(supported: readonly L[], candidates: (string | null | undefined)[]): L {
  for (const c of candidates) {
    const lang = c?.slice(0, 2).toLowerCase();
    if (lang && (supported as readonly string[]).includes(lang)) return lang as L;
  }
  return (supported as readonly string[]).includes('en') ? ('en' as L) : supported[0];
}
