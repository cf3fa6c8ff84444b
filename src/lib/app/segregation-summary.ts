// Prague-level segregation indices per group and date on one level, computed live with the
// library (the same numbers as segregation.csv for the committed permutation settings).
import {
  ANALYSIS_GROUPS,
  dissimilarityIndex,
  isolationExposure,
  moransI,
  perThousand,
  restrictWeights,
  theilEntropyIndex,
  toTwoGroupCounts,
  type FlagsConfig,
} from '../analysis/index.ts';
import type { AnalysisContext } from './analysis-context.ts';
import { groupDates, unitCountsAt } from './risk-view.ts';

export interface SegregationSummaryRow {
  group: string;
  date: string;
  units: number;
  groupTotal: number;
  dissimilarity: number;
  isolation: number;
  exposure: number;
  theilH: number;
  /** NaN when fewer than 3 units with neighbours */
  moransI: number;
  moransPseudoP: number;
}

/** One row per group and date, groups in ANALYSIS_GROUPS order, dates ascending. */
export function segregationSummary(context: AnalysisContext, config: FlagsConfig): SegregationSummaryRow[] {
  const rows: SegregationSummaryRow[] = [];
  const { permutations, seed, max_draws_per_test: maxDraws } = config.spatial_autocorrelation;
  for (const group of ANALYSIS_GROUPS) {
    for (const date of groupDates(context, group.id)) {
      const units = unitCountsAt(context, group, date);
      if (units.length < 2) continue;
      const twoGroups = toTwoGroupCounts(units, group.nesting);
      const { isolation, exposure } = isolationExposure(twoGroups);
      const rates = new Map(units.map((u) => [u.code, perThousand(u)]));
      const weights = restrictWeights(context.weights, units.filter((u) => Number.isFinite(rates.get(u.code))).map((u) => u.code));
      const global = weights.codes.length >= 3 ? moransI(weights.codes.map((c) => rates.get(c)!), weights, { permutations, seed, maxDraws }) : null;
      rows.push({
        group: group.id,
        date,
        units: units.length,
        groupTotal: units.reduce((sum, u) => sum + u.group, 0),
        dissimilarity: dissimilarityIndex(twoGroups),
        isolation,
        exposure,
        theilH: theilEntropyIndex(twoGroups),
        moransI: global?.moransI ?? Number.NaN,
        moransPseudoP: global?.pseudoP ?? Number.NaN,
      });
    }
  }
  return rows;
}
