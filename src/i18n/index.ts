import { _, init, locale, getLocaleFromNavigator } from 'svelte-i18n';
import { loadLocale } from './load-locale.ts';

export { setLocale } from './load-locale.ts';
import { decodeUrlState } from '../lib/app/url-state.ts';
import { pickLocale } from './pick-locale.ts';
import { derived } from 'svelte/store';
import { cityName } from './city.ts';

/** Locales with a message file; every file has the keys of en.json (tests/unit/app/i18n-keys.test.ts). */
export const LOCALES = ['cs', 'en', 'uk', 'ru', 'vi'] as const;
export type AppLocale = (typeof LOCALES)[number];

/** Each language named in its own script, so a reader finds it without knowing the current one. */
export const LOCALE_NAMES: Record<AppLocale, string> = {
  cs: 'Čeština',
  en: 'English',
  uk: 'Українська',
  ru: 'Русский',
  vi: 'Tiếng Việt',
};

const STORAGE_KEY = 'locale';

/** Resolves when the first language's texts are loaded; the app mounts after it. */
export async function setupI18n(): Promise<void> {
  const initial = pickLocale(LOCALES, localeCandidates());
  await loadLocale(initial);
  // every catalogue has every key of en.json (tests/unit/app/i18n-keys.test.ts), so the fallback is
  // never consulted and is not fetched
  init({ fallbackLocale: 'en', initialLocale: initial });
  locale.subscribe((l) => {
    if (!l) return;
    document.documentElement.lang = l;
    // all five languages are written left to right; set anyway so a later RTL locale only needs a list entry
    document.documentElement.dir = RTL.has(l.slice(0, 2)) ? 'rtl' : 'ltr';
    safeStorageSet(STORAGE_KEY, l);
  });
  derived([_, cityName], (pair) => pair).subscribe(([t, name]) => {
    document.title = t('app.title_short', { values: { cityName: name } });
  });
}

/** Where the reader's language may be named: the URL, the stored choice, the browser. */
export function localeCandidates(): (string | null | undefined)[] {
  return [decodeUrlState(location.search).lang, safeStorageGet(STORAGE_KEY), getLocaleFromNavigator()];
}

const RTL = new Set(['ar', 'fa', 'he', 'ur']);

function safeStorageGet(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function safeStorageSet(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}
