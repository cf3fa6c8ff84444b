// The analysis' permutation tests (global Moran's I and LISA per group and date), apart from the
// rest of the analysis: the pipeline runs them in worker threads, which load this module and its
// few imports only.
import type { Topology } from 'topojson-specification';
import type { Level } from '../contract.ts';
import type { FlagsConfig } from './flags-config.ts';
import { localMoransLisa, type LocalMoran } from './local-morans-lisa.ts';
import { moransI, neighbourVisits, type MoransIResult } from './morans-i.ts';
import { forEachConditionalDraw, permutationsWithinBudget } from './permutation-draws.ts';
import { queenContiguity, type SpatialWeights } from './queen-contiguity.ts';

/** Options of the tests (flags.config.json `spatial_autocorrelation`). */
export type SpatialTestOptions = FlagsConfig['spatial_autocorrelation'];

/**
 * One permutation test: global Moran's I and LISA of a group's per-1000 rates at a date, over the
 * units of the level that have one. The tests are most of the analysis at 10,000 units and depend
 * on nothing else in it, so the pipeline runs them in a worker thread meanwhile (analysisTables
 * and addSpatialTests of build-analysis-tables.ts make the same tables as buildAnalysisTables).
 */
export interface SpatialTestJob {
  level: Level;
  group: string;
  date: string;
  weights: SpatialWeights;
  /** per-1000 rate of weights.codes[i] */
  values: number[];
  /** the city's per-1000 rate from summed counts */
  cityValue: number;
}

export interface SpatialTestResult {
  global: MoransIResult;
  local: LocalMoran[];
}

/** Runs one permutation test (in the pipeline's workers, or here). */
export function runSpatialTest(job: SpatialTestJob, options: SpatialTestOptions): SpatialTestResult {
  return { global: runGlobalTest(job, options), local: runLocalTest(job, options) };
}

/** The global half of a test: Moran's I. */
export function runGlobalTest(job: SpatialTestJob, { permutations, seed, max_draws_per_test: maxDraws }: SpatialTestOptions): MoransIResult {
  return moransI(job.values, job.weights, { permutations, seed, maxDraws });
}

/** The local half of a test: LISA. */
export function runLocalTest(job: SpatialTestJob, options: SpatialTestOptions): LocalMoran[] {
  const { permutations, seed, significance, false_discovery_rate, max_draws_per_test: maxDraws } = options;
  return localMoransLisa(job.values, job.weights, { permutations, seed, maxDraws, significance, falseDiscoveryRate: false_discovery_rate, cityValue: job.cityValue });
}

/**
 * Makes the conditional draws the LISA tests of `level` will replay (permutation-draws.ts keeps
 * them; they are most of a test's cost, the global test's shuffles are cheap), from the topology
 * alone: they depend on the units' neighbour counts, not on the values, so a worker can draw them
 * before the indicators exist. Tests of that level whose units all have a value find them made.
 */
export function drawLocalTests(topology: Topology, level: Level, options: SpatialTestOptions): void {
  if (topology.objects[level] === undefined) return;
  const weights = queenContiguity(topology, level, options.contiguity);
  const permutations = permutationsWithinBudget(options.permutations, neighbourVisits(weights.neighbours), options.max_draws_per_test);
  forEachConditionalDraw(weights.neighbours.map((list) => list.length), permutations, options.seed, () => {});
}
