import { _, addMessages, init, locale, getLocaleFromNavigator } from 'svelte-i18n';
import { decodeUrlState } from '../lib/app/url-state.ts';
import { pickLocale } from './pick-locale.ts';

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

/** Message files, one chunk per language and kind, so only the reader's language is fetched (issue 12). */
const UI_MESSAGES = import.meta.glob<Record<string, string>>('./locales/*.json', { import: 'default' });
const DATA_MESSAGES = import.meta.glob<Record<string, string>>('./data-texts/*.json', { import: 'default' });
const loaded = new Map<AppLocale, Promise<void>>();

/** Fetches a language's UI and data texts (sources, caveats, definitions: src/i18n/data-texts.ts) once. */
export function loadLocale(l: AppLocale): Promise<void> {
  let p = loaded.get(l);
  if (!p) {
    p = Promise.all([UI_MESSAGES[`./locales/${l}.json`](), DATA_MESSAGES[`./data-texts/${l}.json`]()]).then(([ui, data]) => {
      addMessages(l, ui);
      addMessages(l, data);
    });
    loaded.set(l, p);
  }
  return p;
}

/** Switches the language once its texts are in, so no key shows meanwhile. */
export async function setLocale(l: AppLocale): Promise<void> {
  await loadLocale(l);
  locale.set(l);
}

/** Resolves when the first language's texts are loaded; the app mounts after it. */
export async function setupI18n(): Promise<void> {
  const initial = pickLocale(LOCALES, [decodeUrlState(location.search).lang, safeStorageGet(STORAGE_KEY), getLocaleFromNavigator()]);
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
  _.subscribe((t) => {
    document.title = t('app.title_short');
  });
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
