import { benjaminiHochberg } from './false-discovery-rate.ts';
import { forEachConditionalDraw, permutationsWithinBudget } from './permutation-draws.ts';
import { neighbourVisits, spatialLag, type PermutationOptions } from './morans-i.ts';
import type { SpatialWeights } from './queen-contiguity.ts';

/**
 * LISA cluster types (Anselin 1995). "high"/"low" mean above/below the mean of all units, for the
 * unit itself and for the mean of its neighbours; outliers are high_low and low_high.
 */
export const LISA_CLUSTERS = ['not_significant', 'high_high', 'low_low', 'high_low', 'low_high', 'no_neighbours'] as const;
export type LisaCluster = (typeof LISA_CLUSTERS)[number];

/** Numeric code of each cluster type as written to analysis.csv (`lisa_cluster`). */
export const LISA_CLUSTER_CODES: Record<LisaCluster, number> = {
  not_significant: 0,
  high_high: 1,
  low_low: 2,
  high_low: 3,
  low_high: 4,
  no_neighbours: 5,
};

export interface LocalMoran {
  code: string;
  /** Local Moran's Iᵢ = (zᵢ / m₂) · Σⱼ wᵢⱼ zⱼ, row-standardised weights, m₂ = Σ z² / n. */
  localI: number;
  /** Folded pseudo p-value from conditional permutations, (M+1)/(R+1). NaN without neighbours. */
  pseudoP: number;
  /** Benjamini–Hochberg q-value across the units when the correction is on, else = pseudoP. */
  adjustedP: number;
  cluster: LisaCluster;
  /** Deviation of the unit's value from the mean (sign gives high/low). */
  deviation: number;
  /** Mean deviation of its neighbours (sign gives high/low surroundings). */
  lagDeviation: number;
}

export interface LisaOptions extends PermutationOptions {
  /** A unit is assigned a cluster type when its (adjusted) p ≤ significance. */
  significance: number;
  /** Benjamini–Hochberg false-discovery-rate correction across the units (default on). */
  falseDiscoveryRate?: boolean;
  /**
   * The city-wide value (e.g. Prague's per-1000 rate from summed counts). When given, "high-high"
   * needs the unit above it and "low-low" below it: the mean of unit rates is unweighted, so a
   * unit can sit above that mean yet below the city (Praha 6: 14.5 % vs Prague's 15.9 %).
   */
  cityValue?: number;
}

/**
 * Local Moran's I for every unit with conditional permutation inference: the unit's own value stays,
 * and its |N(i)| neighbour values are drawn without replacement from the other n − 1 values.
 * One seeded generator is consumed in code order, so the output is identical on every run; the draws
 * do not depend on the values and are shared by calls with the same weights (permutation-draws.ts).
 * Testing 57 units at 0.05 finds about 3 "clusters" by chance, so the p-values are corrected with
 * Benjamini–Hochberg unless `falseDiscoveryRate` is false.
 */
export function localMoransLisa(values: readonly number[], weights: SpatialWeights, options: LisaOptions): LocalMoran[] {
  const raw = localMoransRaw(values, weights, options);
  const adjusted = options.falseDiscoveryRate === false ? raw.map((r) => r.pseudoP) : benjaminiHochberg(raw.map((r) => r.pseudoP));
  return raw.map((r, i) => {
    const value = values[i];
    let cluster = r.cluster === 'no_neighbours' ? r.cluster : clusterOf(r.deviation, r.lagDeviation, adjusted[i], options.significance);
    const city = options.cityValue;
    if (city !== undefined && Number.isFinite(city) && ((cluster === 'high_high' && !(value > city)) || (cluster === 'low_low' && !(value < city)))) cluster = 'not_significant';
    return { ...r, adjustedP: adjusted[i], cluster };
  });
}

function localMoransRaw(values: readonly number[], weights: SpatialWeights, options: LisaOptions): LocalMoran[] {
  const n = values.length;
  if (n !== weights.codes.length) throw new RangeError(`expected ${weights.codes.length} values, got ${n}`);
  if (values.some((v) => !Number.isFinite(v))) throw new RangeError('LISA needs a finite value for every unit');
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const z = values.map((v) => v - mean);
  const m2 = z.reduce((a, b) => a + b * b, 0) / n;
  const lag = spatialLag(z, weights.neighbours);
  const results: LocalMoran[] = weights.codes.map((code, i) => ({
    code,
    localI: Number.NaN,
    pseudoP: Number.NaN,
    adjustedP: Number.NaN,
    cluster: 'no_neighbours' as LisaCluster,
    deviation: z[i],
    lagDeviation: 0,
  }));
  if (m2 === 0) return results;
  const permutations = permutationsWithinBudget(options.permutations, neighbourVisits(weights.neighbours), options.maxDraws);
  const simulated = new Float64Array(permutations);
  forEachConditionalDraw(
    weights.neighbours.map((list) => list.length),
    permutations,
    options.seed,
    (i, draws) => {
      const k = weights.neighbours[i].length;
      const localI = (z[i] * lag[i]) / m2;
      let simulatedSum = 0;
      for (let r = 0, o = 0; r < permutations; r++) {
        let lagSum = 0;
        for (let d = 0; d < k; d++) lagSum += z[draws[o++]];
        const value = (z[i] * (lagSum / k)) / m2;
        simulated[r] = value;
        simulatedSum += value;
      }
      const simulatedMean = simulatedSum / permutations;
      let asExtreme = 0;
      for (const value of simulated) if (localI >= simulatedMean ? value >= localI : value <= localI) asExtreme++;
      const pseudoP = (asExtreme + 1) / (permutations + 1);
      results[i] = { code: weights.codes[i], localI, pseudoP, adjustedP: pseudoP, cluster: clusterOf(z[i], lag[i], pseudoP, options.significance), deviation: z[i], lagDeviation: lag[i] };
    },
  );
  return results;
}

function clusterOf(deviation: number, lagDeviation: number, pseudoP: number, significance: number): LisaCluster {
  if (!(pseudoP <= significance)) return 'not_significant';
  if (deviation > 0) return lagDeviation > 0 ? 'high_high' : 'high_low';
  return lagDeviation < 0 ? 'low_low' : 'low_high';
}
