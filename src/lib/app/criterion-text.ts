// A flag criterion (structured data from src/lib/analysis/isolation-flags.ts) → an i18n message key
// and its placeholder values, formatted for the locale. The sentences live in the catalogues.
import type { FlagCriterion } from '../analysis/isolation-flags.ts';
import { formatDate, formatDistance, formatNumber } from './format.ts';

export type CriterionStatus = 'applies' | 'does_not_apply' | 'unavailable';

export interface CriterionText {
  key: string;
  /** `indicator`: the translated indicator name of a supply criterion; `from`: start date of a trend (ISO) */
  values: { value: string; threshold: string; indicator: string; from: string };
  status: CriterionStatus;
  /** i18n key of the reason when the value cannot be computed */
  unavailableKey: string | null;
}

/** A number with the criterion's unit in the locale: 1 093 · 32,4 % · 2,04 · 2,5 km · 200 m. */
export function formatCriterionValue(value: number, unit: FlagCriterion['unit'], locale: string): string {
  switch (unit) {
    case 'persons':
      return formatNumber(value, locale, 0);
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
    case 'km':
      return formatDistance(value * 1000, locale);
    case 'points':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
    case 'rate':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
    default:
      return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
  }
}

/**
 * Message key and values of a criterion. `translate` turns the indicator id into words and the
 * unavailable reason into text (the caller's `$_`), so this stays testable without svelte-i18n.
 */
export function criterionText(criterion: FlagCriterion, locale: string, translate: (key: string) => string): CriterionText {
  const unavailableKey = criterion.unavailableKey ?? null;
  const value =
    criterion.value === null
      ? unavailableKey
        ? translate(unavailableKey)
        : '–'
      : formatCriterionValue(criterion.value, criterion.unit, locale);
  return {
    key: criterion.messageKey,
    values: {
      value,
      threshold: Number.isFinite(criterion.threshold) ? formatCriterionValue(criterion.threshold, criterion.unit, locale) : '–',
      indicator: criterion.indicator ? translate(`indicator.${criterion.indicator}`) : '',
      // a trend without data still reads as a sentence: "since an earlier date (not available: …)"
      from: criterion.from ? formatDate(criterion.from, locale) : criterion.dimension === 'dynamics' ? translate('flags.earlier_date') : '',
    },
    status: unavailableKey ? 'unavailable' : criterion.fired ? 'applies' : 'does_not_apply',
    unavailableKey,
  };
}
