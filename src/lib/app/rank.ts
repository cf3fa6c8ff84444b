import type { IndicatorRow } from '../contract.ts';

export interface Rank {
  /** 1 = highest value */
  rank: number;
  /** units with a value */
  of: number;
}

/** Rank of a unit among peers by value, descending; ties share the better rank. null when no value. */
export function rankAmong(values: ReadonlyMap<string, IndicatorRow>, code: string): Rank | null {
  const own = values.get(code);
  if (!own) return null;
  let higher = 0;
  for (const row of values.values()) if (row.value > own.value) higher++;
  return { rank: higher + 1, of: values.size };
}

/**
 * Comparison with Prague as a whole: the ratio for rates (e.g. 1.4 × the city's share) and the
 * unit's part of the city total for counts. null when either side is missing or the city is 0.
 */
export function compareWithCity(value: number, cityValue: number | undefined, kind: 'count' | 'rate' | 'quoted'): { kind: 'share_of_city' | 'ratio_to_city'; value: number } | null {
  if (cityValue === undefined || cityValue === 0) return null;
  return kind === 'count' ? { kind: 'share_of_city', value: value / cityValue } : { kind: 'ratio_to_city', value: value / cityValue };
}
