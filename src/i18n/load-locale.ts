import { addMessages, locale } from 'svelte-i18n';

/** Message files, one chunk per language and kind, so only the reader's language is fetched (issue 12). */
const UI_MESSAGES = import.meta.glob<Record<string, string>>('./locales/*.json', { import: 'default' });
const DATA_MESSAGES = import.meta.glob<Record<string, string>>('./data-texts/*.json', { import: 'default' });
const loaded = new Map<string, Promise<void>>();

/** Fetches a language's UI and data texts (sources, caveats, definitions: src/i18n/data-texts.ts) once. */
export function loadLocale(l: string): Promise<void> {
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
export async function setLocale(l: string): Promise<void> {
  await loadLocale(l);
  locale.set(l);
}
