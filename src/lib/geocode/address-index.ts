import type { AddressPoint } from './address-point.ts';

/**
 * A district counts as covered by an address-point file when it holds at least this many points,
 * or 1 % of the file's points for a file smaller than 10,000 (a test city). The partial 2023
 * extract holds 391–12,579 points in each of its 15 districts and none elsewhere; the threshold
 * keeps a district out where a file holds only stray points near its border.
 */
export const COVERAGE_MIN_POINTS = 100;

export interface AddressIndex {
  /** normalised street name → its address points in every district */
  streets: Map<string, AddressPoint[]>;
  /** KOD_MC of the covered districts, sorted */
  coverage: string[];
  points: readonly AddressPoint[];
}

/** Groups address points (with districts assigned) by normalised street; the input is not modified. */
export function buildAddressIndex(points: readonly AddressPoint[], minPoints = Math.min(COVERAGE_MIN_POINTS, points.length / 100)): AddressIndex {
  const streets = new Map<string, AddressPoint[]>();
  const perDistrict = new Map<string, number>();
  for (const p of points) {
    let list = streets.get(p.key);
    if (!list) streets.set(p.key, (list = []));
    list.push(p);
    if (p.district) perDistrict.set(p.district, (perDistrict.get(p.district) ?? 0) + 1);
  }
  const coverage = [...perDistrict].filter(([, n]) => n >= minPoints).map(([code]) => code).sort();
  return { streets, coverage, points };
}
