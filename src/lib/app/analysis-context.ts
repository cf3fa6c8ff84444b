// What the live analysis needs about one level and does not change when a threshold moves:
// neighbours, centroids, distances to facilities and the indicator look-up. Built once per level
// (≈ the pipeline's own level context in src/lib/analysis/build-analysis-tables.ts).
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { FacilityProperties, IndicatorRow, Level, ServiceRecord } from '../contract.ts';
import {
  facilitiesByCategory,
  indicatorLookup,
  integrationServiceDistances,
  nearestFacilityDistance,
  queenContiguity,
  unitCentroids,
  type FacilityPoint,
  type FlagsConfig,
  type IndicatorLookup,
  type SpatialWeights,
  type UnitCentroid,
} from '../analysis/index.ts';

export interface AnalysisContext {
  level: Level;
  lookup: IndicatorLookup;
  weights: SpatialWeights;
  centroids: UnitCentroid[];
  /** facilities per service category of the config */
  facilities: Map<string, FacilityPoint[]>;
  /** unit code → category → straight-line km to the nearest facility (NaN: none) */
  nearestKm: Map<string, Record<string, number>>;
  /** unit code → km to the nearest located integration service; null when none is located */
  integrationServiceKm: Map<string, number> | null;
}

export interface AnalysisSources {
  topology: Topology;
  indicators: readonly IndicatorRow[];
  facilities: FeatureCollection<Point, FacilityProperties>;
  /** services.json; only current services located at an address or street are used */
  services?: readonly ServiceRecord[];
}

const lookups = new WeakMap<readonly IndicatorRow[], IndicatorLookup>();
const contexts = new WeakMap<Topology, Map<string, AnalysisContext>>();

/**
 * The level context, cached per topology, level, contiguity and category definition: moving a
 * threshold never rebuilds it (only catchment-dependent results are recomputed from the distances).
 */
export function analysisContext(sources: AnalysisSources, level: Level, config: FlagsConfig): AnalysisContext {
  const key = `${level}|${config.spatial_autocorrelation.contiguity}|${JSON.stringify(config.accessibility.categories)}|${sources.services?.length ?? 0}`;
  let byKey = contexts.get(sources.topology);
  if (!byKey) contexts.set(sources.topology, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached;

  let lookup = lookups.get(sources.indicators);
  if (!lookup) lookups.set(sources.indicators, (lookup = indicatorLookup(sources.indicators)));
  const polygons = feature(sources.topology, sources.topology.objects[level]) as unknown as FeatureCollection<Polygon | MultiPolygon, { code: string }>;
  const centroids = unitCentroids(polygons);
  const facilities = facilitiesByCategory(sources.facilities, config.accessibility.categories);
  const nearestKm = new Map<string, Record<string, number>>(centroids.map((c) => [c.code, {}]));
  for (const [category, points] of facilities) {
    for (const nearest of nearestFacilityDistance(centroids, points)) nearestKm.get(nearest.code)![category] = nearest.distanceKm;
  }
  const context: AnalysisContext = {
    level,
    lookup,
    weights: queenContiguity(sources.topology, level, config.spatial_autocorrelation.contiguity),
    centroids,
    facilities,
    nearestKm,
    integrationServiceKm: integrationServiceDistances(sources.topology, level, centroids, sources.services ?? []),
  };
  byKey.set(key, context);
  return context;
}
