const cache = new Map<string, Intl.DisplayNames | null>();

/**
 * An ISO 639 language code named in the UI language ("uk" → "ukrajinština" in Czech, "українська"
 * in Ukrainian), from the browser's own data (Intl.DisplayNames); the code itself when the runtime
 * cannot name it, never an invented name.
 */
export function languageName(code: string, uiLocale: string): string {
  let names = cache.get(uiLocale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([uiLocale], { type: 'language', fallback: 'none' });
    } catch {
      names = null;
    }
    cache.set(uiLocale, names);
  }
  const name = names?.of(code);
  return name ?? code;
}

/** Codes named and sorted in the UI language's collation. */
export function languageNames(codes: readonly string[], uiLocale: string): { code: string; name: string }[] {
  const collator = new Intl.Collator(uiLocale);
  return codes.map((code) => ({ code, name: languageName(code, uiLocale) })).sort((a, b) => collator.compare(a.name, b.name));
}
