import type { FeatureCollection, Point } from 'geojson';
import type { ServiceRecord } from '../contract.ts';
import type { LocatedPoint } from './nearest.ts';

/** A point ready for the map and the nearest search; `label` is data text, never HTML. */
export interface MapPoint extends LocatedPoint {
  label: string | null;
  layer: 'services' | 'facilities' | 'schools' | 'metro' | 'stops';
  properties: Record<string, unknown>;
}

/** Property names that carry a human-readable name in the point files, in order of preference. */
const NAME_KEYS = ['name', 'stop_name', 'vst_nazev', 'uzel_nazev', 'vest_nazev', 'display_label'];

export function labelOf(props: Record<string, unknown>): string | null {
  for (const k of NAME_KEYS) {
    const v = props[k];
    if (typeof v === 'string' && v.trim()) return v;
  }
  return null;
}

/** GeoJSON points → MapPoints; features without a finite Point geometry are skipped, never guessed. */
export function pointsFromGeoJson(fc: FeatureCollection, layer: MapPoint['layer'], categoryKey?: string): MapPoint[] {
  const out: MapPoint[] = [];
  fc.features.forEach((f, i) => {
    if (!f.geometry || f.geometry.type !== 'Point') return;
    const [lon, lat] = (f.geometry as Point).coordinates;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return;
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const category = categoryKey && typeof props[categoryKey] === 'string' ? (props[categoryKey] as string) : layer;
    out.push({ id: String(props.id ?? f.id ?? `${layer}:${i}`), lon, lat, category, label: labelOf(props), layer, properties: props });
  });
  return out;
}

/** Services split into those with coordinates (map points, one per category) and the rest. */
export function splitServices(services: readonly ServiceRecord[]): { located: MapPoint[]; unlocated: ServiceRecord[] } {
  const located: MapPoint[] = [];
  const unlocated: ServiceRecord[] = [];
  for (const s of services) {
    if (s.lat === null || s.lon === null || !Number.isFinite(s.lat) || !Number.isFinite(s.lon)) {
      unlocated.push(s);
      continue;
    }
    for (const category of s.categories.length ? s.categories : ['community']) {
      located.push({ id: s.id, lon: s.lon, lat: s.lat, category, label: s.name, layer: 'services', properties: { ...s } });
    }
  }
  return { located, unlocated };
}

/** Services of one district (by MČ code), for the profile panel. */
export function servicesInDistrict(services: readonly ServiceRecord[], districtCodes: ReadonlySet<string>): ServiceRecord[] {
  return services.filter((s) => s.district_code !== null && districtCodes.has(s.district_code));
}
