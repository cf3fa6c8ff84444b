// Places, services and "find help" (issue 9): the chosen address or point, the service filters, the
// services and schools (loaded on demand, never before the first choropleth paint) and the search
// index (loaded on the first use of the search box). Owned by AppState as `app.places`.
import type { FeatureCollection, Point } from 'geojson';
import { OUTPUT_FILES, type SchoolProperties, type SearchIndex, type ServiceRecord } from '../contract.ts';
import { loadJson } from './load-outputs.ts';
import { loadServices } from './point-layers-data.ts';
import { prepareSearch, type PreparedSearch } from './search-match.ts';
import { NO_FILTER, type ServiceFilter } from './service-filter.ts';

export interface ChosenPlace {
  /** data text (an address label from the index) or null for a clicked point */
  label: string | null;
  lon: number;
  lat: number;
  /** district (MČ) code when known */
  district: string | null;
}

export type SchoolCollection = FeatureCollection<Point, SchoolProperties>;
export type StopCollection = FeatureCollection<Point, Record<string, unknown>>;

let searchPromise: Promise<PreparedSearch> | null = null;
/** the prepared search index, fetched and folded once, on first use */
export function loadSearch(): Promise<PreparedSearch> {
  searchPromise ??= loadJson<SearchIndex>(OUTPUT_FILES.searchIndex).then(prepareSearch);
  searchPromise.catch(() => (searchPromise = null));
  return searchPromise;
}

export class PlacesController {
  services = $state.raw<ServiceRecord[] | null>(null);
  schools = $state.raw<SchoolCollection | null>(null);
  metro = $state.raw<StopCollection | null>(null);
  stops = $state.raw<StopCollection | null>(null);
  filter = $state<ServiceFilter>({ ...NO_FILTER, categories: [] });
  place = $state.raw<ChosenPlace | null>(null);
  /** the service whose card is open */
  openService = $state<string | null>(null);
  /** a row or marker under the pointer or focus: both the list and the map mark it */
  hoveredId = $state<string | null>(null);
  loadError = $state<string | null>(null);

  #nearbyLoad: Promise<void> | null = null;
  /** services, schools, metro entrances and stops for the nearby lists (one fetch each, cached) */
  ensureNearbyData(): Promise<void> {
    this.#nearbyLoad ??= Promise.all([
      loadServices().then((s) => (this.services = s)),
      loadJson<SchoolCollection>(OUTPUT_FILES.schools)
        .then((s) => (this.schools = s))
        .catch(() => (this.schools = null)),
      loadJson<StopCollection>(OUTPUT_FILES.metroEntrances)
        .then((s) => (this.metro = s))
        .catch(() => null),
      loadJson<StopCollection>(OUTPUT_FILES.pidStops)
        .then((s) => (this.stops = s))
        .catch(() => null),
    ])
      .then(() => undefined)
      .catch((e: Error) => {
        this.loadError = e.message;
        this.#nearbyLoad = null;
      });
    return this.#nearbyLoad;
  }

  setFilter(patch: Partial<ServiceFilter>) {
    this.filter = { ...this.filter, ...patch };
  }
}
