import type { FeatureCollection } from 'geojson';
import { OUTPUT_FILES, type ServiceRecord } from '../contract.ts';
import { loadJson, loadText } from './load-outputs.ts';
import { parseCsv } from './parse-indicators.ts';
import { pointsFromGeoJson, splitServices, type MapPoint } from './point-data.ts';
import type { PointLayerId } from './url-state.ts';

/** Files behind each point layer; loaded once, on first use, and cached. */
const cache = new Map<string, Promise<unknown>>();
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let p = cache.get(key) as Promise<T> | undefined;
  if (!p) {
    p = load();
    cache.set(key, p);
    p.catch(() => cache.delete(key));
  }
  return p;
}

export const loadServices = () => once('services', () => loadJson<ServiceRecord[]>(OUTPUT_FILES.services));

export const loadSchoolRegisterCounts = () =>
  once('school_counts', async () => parseCsv(await loadText(OUTPUT_FILES.schoolRegisterCounts)));

const GEOJSON_LAYERS: Record<Exclude<PointLayerId, 'services'>, { file: string; categoryKey?: string }> = {
  facilities: { file: OUTPUT_FILES.facilities, categoryKey: 'fclass' },
  // named primary schools, geocoded register facilities and the 2019 fallback points (issue 9)
  schools: { file: OUTPUT_FILES.schools, categoryKey: 'category' },
  metro: { file: OUTPUT_FILES.metroEntrances },
  stops: { file: OUTPUT_FILES.pidStops },
};

/** The located points of one layer. Services without coordinates are not points (see splitServices). */
export function loadPointLayer(id: PointLayerId): Promise<MapPoint[]> {
  return once(`layer:${id}`, async () => {
    if (id === 'services') return splitServices(await loadServices()).located;
    const { file, categoryKey } = GEOJSON_LAYERS[id];
    return pointsFromGeoJson(await loadJson<FeatureCollection>(file), id, categoryKey);
  });
}
