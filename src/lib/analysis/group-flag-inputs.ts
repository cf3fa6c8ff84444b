// Everything the grading needs for one group at one date on one level, read from indicators.csv
// rows. Shared by the pipeline (analysis.csv) and the app's live views, so both grade alike.
// Dates and reference series are discovered from the data: a series dropped in later (another
// date of foreigners, Czech citizens per district) takes part without a code change.
import type { Level } from '../contract.ts';
import type { UnitCount } from './unit-counts.ts';
import type { AnalysisGroup } from './analysis-groups.ts';
import type { FlagsConfig } from './flags-config.ts';
import { groupSharePercent } from './group-share.ts';
import { groupUnitCounts } from './group-unit-counts.ts';
import type { IndicatorLookup } from './indicator-lookup.ts';
import type { FlagInput, SupplyValue } from './isolation-flags.ts';
import { locationQuotients } from './location-quotient.ts';
import { majorityLeavingSignal } from './majority-leaving-signal.ts';

export interface GroupFlagInputsArgs {
  lookup: IndicatorLookup;
  level: Level;
  group: AnalysisGroup;
  date: string;
  /** units with a centroid (see groupUnitCounts) */
  located: ReadonlyMap<string, unknown>;
  config: FlagsConfig;
  /** unit code → km to the nearest located integration service; null when no service is located */
  integrationServiceKm: ReadonlyMap<string, number> | null;
  /** groupUnitCounts of the group at a date, when the caller has them already (the pipeline does, for 10,000 units) */
  unitsAt?: (date: string) => UnitCount[];
}

/** One FlagInput per unit with a group count and reference population at the date, in code order. */
export function groupFlagInputs(args: GroupFlagInputsArgs): FlagInput[] {
  const { lookup, level, group, date, located, config } = args;
  const dates = lookup.datesOf(level, group.countIndicator);
  const previousDate = dates[dates.indexOf(date) - 1];
  const unitsAt = args.unitsAt ?? ((d: string) => groupUnitCounts(lookup, level, group, d, located));
  const units = unitsAt(date);
  const quotients = locationQuotients(units);
  const previousUnits = previousDate === undefined ? [] : unitsAt(previousDate);
  const previousQuotients = locationQuotients(previousUnits);
  const previousByCode = new Map(previousUnits.map((u) => [u.code, u]));
  const populationChange = populationChanges(lookup, level, group.populationIndicator, group.populationDate === 'same' ? date : group.populationDate, config.dynamics.population_decline_years);
  const reference = config.dynamics.majority_reference_indicators.find((id) => lookup.datesOf(level, id).length >= 2) ?? group.populationIndicator;
  const upTo = <T extends { ref_date: string }>(series: readonly T[]) => series.filter((d) => d.ref_date <= date);
  const supply = supplyValues(lookup, level, config, date);

  return units.map((unit) => {
    const before = previousByCode.get(unit.code);
    return {
      code: unit.code,
      group: group.id,
      ref_date: date,
      groupCount: unit.group,
      population: unit.population,
      sharePct: groupSharePercent(unit),
      locationQuotient: quotients.get(unit.code)!,
      previous: before === undefined ? null : { ref_date: previousDate!, sharePct: groupSharePercent(before), locationQuotient: previousQuotients.get(unit.code)! },
      populationChange: populationChange.get(unit.code) ?? null,
      majorityLeaving: majorityLeavingSignal(upTo(lookup.seriesOf(level, group.countIndicator, unit.code)), upTo(lookup.seriesOf(level, reference, unit.code)), reference),
      supply: supply.map(({ indicator, ref_date, values, median }) => ({ indicator, ref_date, median, value: values.get(unit.code) ?? null })),
      integrationServiceKm: args.integrationServiceKm === null ? null : (args.integrationServiceKm.get(unit.code) ?? null),
    };
  });
}

/**
 * Percent change of the reference population from the same day `years` earlier to `to`. Only two
 * dates of one kind are compared (ČSÚ's 31 December balances); the Census 2021 date has no
 * counterpart `years` earlier, so temporary-protection groups get no population trend at all.
 */
function populationChanges(lookup: IndicatorLookup, level: Level, indicator: string, to: string, years: number): Map<string, { from: string; to: string; changePct: number }> {
  const from = `${String(Number(to.slice(0, 4)) - years).padStart(4, '0')}${to.slice(4)}`;
  const now = lookup.valuesAt(level, indicator, to);
  const then = lookup.valuesAt(level, indicator, from);
  const out = new Map<string, { from: string; to: string; changePct: number }>();
  for (const [code, value] of now) {
    const earlier = then.get(code);
    if (earlier !== undefined && earlier > 0) out.set(code, { from, to, changePct: (100 * (value - earlier)) / earlier });
  }
  return out;
}

/**
 * Values of each configured supply indicator at its date closest to the group's date (the latest
 * on or before it, else the earliest), with the median of the level's units. Supply indicators
 * without data at the level are left out, so the criterion says "not available".
 */
function supplyValues(lookup: IndicatorLookup, level: Level, config: FlagsConfig, date: string): (Omit<SupplyValue, 'value'> & { values: Map<string, number> })[] {
  const out: (Omit<SupplyValue, 'value'> & { values: Map<string, number> })[] = [];
  for (const { indicator } of config.supply.per_capita) {
    const dates = lookup.datesOf(level, indicator);
    if (dates.length === 0) continue;
    const onOrBefore = dates.filter((d) => d <= date);
    const ref_date = onOrBefore.length > 0 ? onOrBefore[onOrBefore.length - 1] : dates[0];
    const values = lookup.valuesAt(level, indicator, ref_date);
    out.push({ indicator, ref_date, values, median: median([...values.values()]) });
  }
  return out;
}

/** Median of finite values; NaN when there are none. */
export function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
