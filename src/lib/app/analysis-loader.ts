import type { FeatureCollection, Point } from 'geojson';
import { OUTPUT_FILES, type FacilityProperties } from '../contract.ts';
import { loadJson } from './load-outputs.ts';

export type AnalysisSession = typeof import('./analysis-session.ts');

export interface AnalysisKit {
  session: AnalysisSession;
  facilities: FeatureCollection<Point, FacilityProperties>;
}

let pending: Promise<AnalysisKit> | null = null;

/** Loads the analysis code and facilities.geojson once, when an analysis view first opens. */
export function loadAnalysisKit(): Promise<AnalysisKit> {
  pending ??= Promise.all([import('./analysis-session.ts'), loadJson<FeatureCollection<Point, FacilityProperties>>(OUTPUT_FILES.facilities)])
    .then(([session, facilities]) => ({ session, facilities }))
    .catch((error: unknown) => {
      pending = null;
      throw error;
    });
  return pending;
}
