// The contract between the data pipeline (scripts/, src/lib/pipeline/) and the app (src/).
// The pipeline writes these files into the output folder (default public/data/, git-ignored);
// the app reads only these files. Change a type here and both sides must follow.

/** Geographic levels, named like the objects of districts.topo.json. */
export const LEVELS = ['districts', 'spravni_obvody', 'obvody'] as const;
export type Level = (typeof LEVELS)[number];
/** Rows for Prague as a whole use level 'city' and this code (RÚIAN code of the obec Praha). */
export const CITY_LEVEL = 'city' as const;
export const CITY_CODE = '554782';
export type RowLevel = Level | typeof CITY_LEVEL;

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

export type Unit = 'persons' | 'percent' | 'per_1000' | 'count' | 'flag';

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
}

/** services.json: integration services. None has coordinates in the source, so lat/lon stay null. */
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
  as_of: string;
  source_url: string;
  lat: number | null;
  lon: number | null;
}

export type ServiceCategory = 'integration_centre' | 'counselling' | 'czech_course' | 'authority' | 'community';

/** facilities.geojson feature properties (OSM points, ODbL). */
export interface FacilityProperties {
  id: string; // "osm:<node id>"
  fclass: string; // town_hall, library, community_centre, police, post_office, embassy, kindergarten, school, college, university
  group: 'education' | 'public_service';
  name: string | null;
  district_code: string;
}
