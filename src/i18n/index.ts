import { addMessages, init, locale, getLocaleFromNavigator } from 'svelte-i18n';
import en from './locales/en.json';
import cs from './locales/cs.json';

/** Locales with a message file. Others (uk, ru, vi) plug in here with the same keys. */
export const LOCALES = ['en', 'cs'] as const;
export type AppLocale = (typeof LOCALES)[number];

export const LOCALE_NAMES: Record<AppLocale, string> = { en: 'English', cs: 'Čeština' };

const STORAGE_KEY = 'locale';

export function setupI18n(): void {
  addMessages('en', en);
  addMessages('cs', cs);
  const stored = safeStorageGet(STORAGE_KEY);
  const nav = (getLocaleFromNavigator() ?? 'en').slice(0, 2);
  const initial = [stored, nav].find((l): l is AppLocale => (LOCALES as readonly string[]).includes(l ?? '')) ?? 'en';
  init({ fallbackLocale: 'en', initialLocale: initial });
  locale.subscribe((l) => {
    if (!l) return;
    document.documentElement.lang = l;
    safeStorageSet(STORAGE_KEY, l);
  });
}

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
