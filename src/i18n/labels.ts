import type { Readable } from 'svelte/store';
import type { _ } from 'svelte-i18n';

/** The function behind svelte-i18n's `$_` store. */
export type MessageFormatter = typeof _ extends Readable<infer F> ? F : never;
import type { Unit } from '../lib/contract.ts';

/** Labels for ids that come from the data (indicator ids, units, categories), with a readable fallback. */
export function indicatorLabel(t: MessageFormatter, id: string): string {
  return t(`indicator.${id}`, { default: t('indicator.unknown', { values: { id } }) });
}

export function unitLabel(t: MessageFormatter, unit: Unit): string {
  return t(`unit.${unit}`, { default: unit });
}

/** Service categories and facility classes share one lookup: category.* first, then fclass.* */
export function categoryLabel(t: MessageFormatter, id: string): string {
  return t(`category.${id}`, { default: t(`fclass.${id}`, { default: id.replace(/_/g, ' ') }) });
}
