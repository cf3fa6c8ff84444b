import type { DatedValue } from './change-over-period.ts';

/**
 * Why a signal could not be computed. The data decide, never a guess:
 * - 'no_group_series': the group exists at fewer than two dates (foreigners: 2019 only);
 * - 'no_reference_series': the population exists at fewer than two dates in the group's period
 *   (temporary protection: Census 2021 only);
 * - 'no_common_dates': both series exist but never at the same two dates.
 */
export type MajorityLeavingUnavailableReason = 'no_group_series' | 'no_reference_series' | 'no_common_dates';

export type MajorityLeavingSignal =
  | {
      status: 'signal' | 'no_signal';
      /** Indicator id of the reference series: Czech citizens when a series exists, else total population. */
      reference: string;
      from: string;
      to: string;
      groupChange: number;
      referenceChange: number;
    }
  | { status: 'not_available'; reason: MajorityLeavingUnavailableReason };

/**
 * "Majority leaving" signal for one unit: the group grew while the reference population shrank
 * between the earliest and the latest date at which both exist. Czech citizens are the intended
 * reference; no per-district series of them exists, so callers pass the total population and
 * `reference` says so.
 *
 * @example majorityLeavingSignal([{ref_date:'2011-12-31',value:100},{ref_date:'2019-12-31',value:150}],
 *   [{ref_date:'2011-12-31',value:5000},{ref_date:'2019-12-31',value:4800}], 'population_total')
 *   // → { status: 'signal', groupChange: 50, referenceChange: -200, … }
 */
export function majorityLeavingSignal(
  group: readonly DatedValue[],
  reference: readonly DatedValue[],
  referenceKind: string,
): MajorityLeavingSignal {
  const groupByDate = new Map(group.filter((d) => Number.isFinite(d.value)).map((d) => [d.ref_date, d.value]));
  const referenceByDate = new Map(reference.filter((d) => Number.isFinite(d.value)).map((d) => [d.ref_date, d.value]));
  if (groupByDate.size < 2) return { status: 'not_available', reason: 'no_group_series' };
  if (referenceByDate.size < 2) return { status: 'not_available', reason: 'no_reference_series' };
  const common = [...groupByDate.keys()].filter((date) => referenceByDate.has(date)).sort();
  if (common.length < 2) return { status: 'not_available', reason: 'no_common_dates' };
  const from = common[0];
  const to = common[common.length - 1];
  const groupChange = groupByDate.get(to)! - groupByDate.get(from)!;
  const referenceChange = referenceByDate.get(to)! - referenceByDate.get(from)!;
  return {
    status: groupChange > 0 && referenceChange < 0 ? 'signal' : 'no_signal',
    reference: referenceKind,
    from,
    to,
    groupChange,
    referenceChange,
  };
}
