import { _, addMessages, init, locale, getLocaleFromNavigator } from 'svelte-i18n';
import en from './locales/en.json';
import cs from './locales/cs.json';
import uk from './locales/uk.json';
import ru from './locales/ru.json';
import vi from './locales/vi.json';
import dataCs from './data-texts/cs.json';
import dataEn from './data-texts/en.json';
import dataUk from './data-texts/uk.json';
import dataRu from './data-texts/ru.json';
import dataVi from './data-texts/vi.json';
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

export function setupI18n(): void {
  addMessages('en', en);
  addMessages('cs', cs);
  addMessages('uk', uk);
  addMessages('ru', ru);
  addMessages('vi', vi);
  // texts that come with the data (sources, caveats, definitions): src/i18n/data-texts.ts
  addMessages('en', dataEn);
  addMessages('cs', dataCs);
  addMessages('uk', dataUk);
  addMessages('ru', dataRu);
  addMessages('vi', dataVi);
  const initial = pickLocale(LOCALES, localeCandidates());
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
