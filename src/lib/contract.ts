// The contract between the data pipeline (scripts/, src/lib/pipeline/) and the app (src/).
// The pipeline writes these files into the output folder (default public/data/, git-ignored);
// the app reads only these files. Change a type here and both sides must follow.

/** Geographic levels, named like the objects of districts.topo.json. */
export const LEVELS = ['districts', 'spravni_obvody', 'obvody'] as const;
export type Level = (typeof LEVELS)[number];
/** Rows for the whole city use level 'city' and the city's code (manifest.city.code, from city.json). */
export const CITY_LEVEL = 'city' as const;
export type RowLevel = Level | typeof CITY_LEVEL;

/** Where the app finds the output folder: next to index.html (works from any static host and sub-path). */
export const DATA_BASE = './data/';

/** File names inside the output folder. */
export const OUTPUT_FILES = {
  topology: 'districts.topo.json',
  indicators: 'indicators.csv',
  /** the rows of indicators.csv, columnar for the app (src/lib/pipeline/compact-indicators.ts) */
  indicatorsCompact: 'indicators.json',
  manifest: 'manifest.json',
  analysis: 'analysis.csv',
  segregation: 'segregation.csv',
  basemap: 'basemap.topo.json',
  services: 'services.json',
  facilities: 'facilities.geojson',
  schools2019: 'schools_2019.geojson',
  schoolRegisterCounts: 'school_register_counts.csv',
  metroEntrances: 'metro_entrances.geojson',
  pidStops: 'pid_stops.geojson',
  /** what this build changed against the previous output (src/lib/pipeline/change-report.ts); not listed in the manifest */
  changes: 'changes.json',
  /** schools.geojson: named primary schools, geocoded register facilities, 2019 fallback points */
  schools: 'schools.geojson',
  /** search-index.json: addresses, units, services and schools for the offline search (loaded on first use) */
  searchIndex: 'search-index.json',
} as const;

/**
 * Properties of every geometry in districts.topo.json.
 * districts: code = KOD_MC (6 digits, string), so = KOD_SO, mo = KOD_MO (both strings).
 * spravni_obvody: code = KOD_SO; obvody: code = KOD_MO. Správní obvody do not nest in obvody
 * (e.g. SO 116 spans obvody 43 and 108), so only districts carry parent codes.
 */
export interface UnitProperties {
  code: string;
  name: string;
  so?: string;
  mo?: string;
}

/** The district property holding the parent code of each coarser level. */
export const PARENT_PROPERTY = { spravni_obvody: 'so', obvody: 'mo' } as const;

/** One row of indicators.csv: `level,code,indicator,ref_date,value,unit,source_id`. */
export interface IndicatorRow {
  level: RowLevel;
  code: string;
  indicator: string;
  /** ISO date YYYY-MM-DD of the state the value describes. */
  ref_date: string;
  value: number;
  unit: Unit;
  /** id of an input in manifest.inputs (and geodata/sources.json). */
  source_id: string;
}

export type Unit = 'persons' | 'percent' | 'per_1000' | 'count' | 'flag' | 'ha' | 'persons_per_ha' | 'index' | 'm2_per_inhabitant';

/** One row of analysis.csv: `level,code,ref_date,group,measure,value`. */
export interface AnalysisRow {
  level: Level;
  code: string;
  ref_date: string;
  group: string;
  measure: string;
  value: number;
}

/** One row of segregation.csv: `level,ref_date,group,index,value`. */
export interface SegregationRow {
  level: Level;
  ref_date: string;
  group: string;
  index: string;
  value: number;
}

export interface ManifestInput {
  id: string;
  /** path relative to the data directory, with forward slashes */
  path: string;
  sha256: string;
  bytes: number;
  title: string;
  publisher: string;
  licence: string;
  attribution: string;
  as_of: string;
  url?: string;
  caveats: string[];
}

export interface ManifestIndicator {
  id: string;
  unit: Unit;
  /** 'count' values are summed to coarser levels; 'rate' values are recomputed from summed counts. */
  kind: 'count' | 'rate' | 'quoted';
  source_ids: string[];
  /** English definition: what is counted, denominator, how it was published. The UI translates via i18n keys. */
  definition: string;
  levels: RowLevel[];
  dates: string[];
  /** rates whose denominator may come from an earlier date: ref_date → denominator dates used (issue 11) */
  denominator_dates?: Record<string, string[]>;
  /** a declared segregation group (tidy drop-in) */
  group?: boolean;
  /** labels by language for ids the message catalogues do not know (tidy drop-in) */
  label?: Record<string, string>;
}

export interface ManifestMeasure {
  id: string;
  file: 'analysis.csv' | 'segregation.csv';
  definition: string;
}

export interface ManifestOutput {
  file: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  schema_version: 1;
  /** ISO timestamp; from SOURCE_DATE_EPOCH when set, so two builds can be byte-identical. */
  built_at: string;
  inputs: ManifestInput[];
  indicators: ManifestIndicator[];
  measures: ManifestMeasure[];
  outputs: ManifestOutput[];
  topology: { quantization: number; simplification: string };
  /** offline geocoding of services and schools (absent when no address-point file was found) */
  geocoding?: GeocodingSummary;
  /** the city the data describes (from its city.json, geodata/README.md) */
  city: CityInfo;
}

/** What the app needs of the city configuration (src/lib/pipeline/city-config.ts). */
export interface CityInfo {
  /** the name by language, standing alone */
  name: Partial<Record<string, string>>;
  /** code of the level 'city' rows */
  code: string;
  /** export file names start with it */
  file_prefix: string;
  /** the first visit's indicator */
  default_view: { indicator: string };
  /** [west, south, east, north]: how far the map may be panned */
  map_bounds: [number, number, number, number];
  /** the app's languages, the first the default */
  languages: string[];
  /** credit of the boundary data */
  attribution: string;
}

/**
 * How precisely a record is placed by the offline geocoder (src/lib/geocode/). Never more precise
 * than its source allows:
 * - `address`: its own RÚIAN address point (street + č.p. and/or č.o. matched);
 * - `street`: the street is known in that district but not the number: lat/lon is the centre of the
 *   street's known points there (shown as an approximate location, never as an address);
 * - `district`: only the district is known: lat/lon are null, shown as "somewhere in district X";
 * - `none`: not even the district: lat/lon null.
 */
export type LocationPrecision = 'address' | 'street' | 'district' | 'none';

/**
 * Why a record is not at `address` precision (null when it is):
 * - `no_address`: the source gives no street address;
 * - `outside_coverage`: the address lies in a district the address-point file does not cover;
 * - `number_not_found`: street known there, number not;
 * - `street_not_found`: street unknown in that district (within coverage).
 */
export type LocationReason = 'no_address' | 'outside_coverage' | 'number_not_found' | 'street_not_found';

export interface GeocodedLocation {
  precision: LocationPrecision;
  reason: LocationReason | null;
  /** WGS 84, rounded to 1e-6; null for `district` and `none` */
  lat: number | null;
  lon: number | null;
  /** the matched address point as printed ("Žitná 1574/51"), null unless precision is `address` */
  matched: string | null;
}

/** services.json: integration services, geocoded offline from RÚIAN address points. */
export interface ServiceRecord {
  id: string;
  name: string;
  organisation: string;
  /** UI categories derived from the source `type` tags. */
  categories: ServiceCategory[];
  types: string[];
  services: string;
  address: string | null;
  district_code: string | null;
  languages: string[];
  contact: string | null;
  opening_hours: string | null;
  status: string;
  /** status says historical, closed, (un)verified or only "as of <year>" (read-services.ts isHistorical): marked in the UI and left out of distances by default */
  historical: boolean;
  as_of: string;
  source_url: string;
  source_url_2: string | null;
  /** = location.lat / location.lon when precision is `address` or `street`, else null */
  lat: number | null;
  lon: number | null;
  location: GeocodedLocation;
}

export type ServiceCategory = 'integration_centre' | 'counselling' | 'czech_course' | 'interpreting' | 'authority' | 'community';

/**
 * schools.geojson feature properties. Point features only (records located at `address` or `street`
 * precision); the manifest's `geocoding` block counts every precision.
 */
export interface SchoolProperties {
  id: string; // "named:<ruian_adm_code>", "izo:<facility_izo>", "2019:<orig_index>"
  /** named primary schools (catchment ordinance) | MŠMT register facilities | unnamed 2019 fallback points */
  origin: 'named_primary' | 'register' | 'unnamed_2019';
  name: string | null;
  /** MŠMT type code: A00 MŠ, A15, B00 ZŠ, C00 SŠ, D00, E00; null for 2019 points */
  type_code: string | null;
  /** school | kindergarten | secondary | … (register category), 'school' for 2019 points */
  category: string;
  izo: string | null;
  capacity: number | null;
  address: string | null;
  district_code: string | null;
  precision: LocationPrecision;
  /** listed in omj_czech_support_schools_prague.csv (Czech for pupils with another mother tongue) */
  omj_support: boolean;
  source_id: string;
}

/**
 * search-index.json: compact, loaded on the first use of the search box. Labels are data text.
 * addresses: [label, lon, lat, district_code] with label "Žitná 1574/51, Praha 1" (street, numbers, district name).
 */
export interface SearchIndex {
  /** the district codes the address points cover, so the UI can say what lies outside */
  coverage: string[];
  addresses: [string, number, number, string][];
  /** units at every level: [label, level, code] */
  units: [string, Level, string][];
  /** services and schools: [label, kind, id, lon | null, lat | null] */
  places: [string, 'service' | 'school', string, number | null, number | null][];
}

/** manifest.geocoding: how many records were located at each precision, per input. */
export interface GeocodingSummary {
  address_source_id: string;
  coverage: string[];
  counts: Record<string, Record<LocationPrecision, number>>;
}

/** facilities.geojson feature properties (OSM points, ODbL). */
export interface FacilityProperties {
  id: string; // "osm:<node id>"
  fclass: string; // town_hall, library, community_centre, police, post_office, embassy, kindergarten, school, college, university
  group: 'education' | 'public_service';
  name: string | null;
  district_code: string;
}
