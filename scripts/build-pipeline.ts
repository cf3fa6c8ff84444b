// I/O orchestration of `npm run build:data`: read inputs, call the pure steps in src/lib/pipeline,
// write every output into a temp dir next to the output dir, then swap it in. Nothing in the
// output dir changes unless the whole build succeeded.
import { createHash } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Point } from 'geojson';
import { CITY_CODE, OUTPUT_FILES, type FacilityProperties, type IndicatorRow } from '../src/lib/contract.ts';
import { buildAnalysisTables } from '../src/lib/analysis/build-analysis-tables.ts';
import { InputError } from '../src/lib/pipeline/input-error.ts';
import { decodeText } from '../src/lib/pipeline/decode-text.ts';
import { readSources, describeExpectedFiles, type SourceDescription } from '../src/lib/pipeline/read-sources.ts';
import { resolveDataDir } from '../src/lib/pipeline/resolve-data-dir.ts';
import { readDistrictCodes } from '../src/lib/pipeline/read-district-codes.ts';
import { parseGeoJson } from '../src/lib/pipeline/parse-geojson.ts';
import { validateDistricts } from '../src/lib/pipeline/validate-districts.ts';
import { toTopology, DISTRICT_TOPOLOGY_OPTIONS } from '../src/lib/pipeline/to-topology.ts';
import { deriveLevels } from '../src/lib/pipeline/derive-levels.ts';
import { readPopulation, type DateRange } from '../src/lib/pipeline/read-population.ts';
import { readAgeStructure } from '../src/lib/pipeline/read-age-structure.ts';
import { readForeigners2019 } from '../src/lib/pipeline/read-foreigners-2019.ts';
import { readUaHumpo } from '../src/lib/pipeline/read-ua-humpo.ts';
import { readUa2022 } from '../src/lib/pipeline/read-ua-2022.ts';
import { readQuotedForeigners2020 } from '../src/lib/pipeline/read-quoted-foreigners-2020.ts';
import { keyOf, type Measurement } from '../src/lib/pipeline/measurement.ts';
import { aggregateCounts, membershipFromDistricts } from '../src/lib/pipeline/aggregate-levels.ts';
import { computeIndicators } from '../src/lib/pipeline/compute-indicators.ts';
import { INDICATOR_DEFINITIONS } from '../src/lib/pipeline/indicator-definitions.ts';
import { formatCsv, sortRows } from '../src/lib/pipeline/format-csv.ts';
import { buildManifest } from '../src/lib/pipeline/build-manifest.ts';
import { readServices } from '../src/lib/pipeline/read-services.ts';
import { readFacilities } from '../src/lib/pipeline/read-facilities.ts';
import { readSchools2019 } from '../src/lib/pipeline/read-schools-2019.ts';
import { countSchoolRegister } from '../src/lib/pipeline/count-school-register.ts';
import { trimPointLayer } from '../src/lib/pipeline/trim-point-layer.ts';
import { buildBasemap } from '../src/lib/pipeline/build-basemap.ts';
import { checkCityTotals } from '../src/lib/pipeline/check-city-totals.ts';
import { checkPointsInDistricts } from '../src/lib/pipeline/check-points-in-districts.ts';
import { parseCsv } from '../src/lib/pipeline/parse-csv.ts';
import { compactIndicators } from '../src/lib/pipeline/compact-indicators.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES_FILE = path.join(REPO_ROOT, 'geodata/sources.json');
const FLAGS_CONFIG_FILE = path.join(REPO_ROOT, 'geodata/flags.config.json');
/** Basemap layers extend beyond the city (OSM features intersecting the bbox are not clipped). */
const BASEMAP_BBOX = { minX: 14.1, minY: 49.85, maxX: 14.9, maxY: 50.35 };

export interface BuildOptions {
  dataDir?: string;
  outDir?: string;
  now?: Date;
}

export interface BuildResult {
  outDir: string;
  files: { file: string; bytes: number }[];
  millis: number;
}

export class DataDirNotFound extends Error {}

export async function buildData(opts: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const sources = readSources(await fs.readFile(SOURCES_FILE, 'utf8'), 'geodata/sources.json');
  const dataDir = opts.dataDir ?? resolveDataDir([], process.env, existsSync, REPO_ROOT)?.dir;
  if (!dataDir || !existsSync(dataDir)) {
    throw new DataDirNotFound(
      `No data directory found${dataDir ? ` at ${dataDir}` : ''}. Pass --data DIR, set GEODATA_DIR, or place the files in geodata/raw/ or ../shared/data/.\nExpected files:\n${describeExpectedFiles(sources)}`,
    );
  }
  const outDir = path.resolve(opts.outDir ?? path.join(REPO_ROOT, 'public/data'));
  const builtAt = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : (opts.now ?? new Date());
  const today = (opts.now ?? new Date()).toISOString().slice(0, 10);
  const dates: DateRange = { min: '2000-01-01', max: today };

  // Read every present input once (bytes for sha256, strict UTF-8 text for parsing).
  const inputs = new Map<string, { source: SourceDescription; text: string; sha256: string; bytes: number }>();
  for (const source of sources) {
    const file = path.join(dataDir, source.path);
    if (!existsSync(file)) {
      if (source.required) throw new InputError(source.path, null, null, `required input is missing in ${dataDir} (${source.title}; ${source.publisher})`);
      continue;
    }
    const bytes = new Uint8Array(await fs.readFile(file));
    inputs.set(source.id, { source, text: decodeText(bytes, source.path), sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });
  }
  const text = (id: string) => inputs.get(id)?.text;
  const pathOf = (id: string) => sources.find((s) => s.id === id)!.path;

  // Geometry
  const registry = readDistrictCodes(text('district_codes')!, pathOf('district_codes'));
  const districts = validateDistricts(parseGeoJson(text('ipr_districts')!, pathOf('ipr_districts')), registry, pathOf('ipr_districts'));
  const topology = deriveLevels(toTopology({ districts }, DISTRICT_TOPOLOGY_OPTIONS), pathOf('ipr_districts'));

  // District counts
  const counts: Measurement[] = [];
  const add = (id: string, read: (t: string, file: string) => Measurement[]) => {
    const t = text(id);
    // Loops, not push(...spread): spreading a million rows overflows the call stack.
    if (t !== undefined) for (const m of read(t, pathOf(id))) counts.push(m);
  };
  add('czso_population', (t, f) => readPopulation(t, f, 'czso_population', registry, dates));
  add('ipr_population_2023', (t, f) => readPopulation(t, f, 'ipr_population_2023', registry, dates));
  add('czso_population_age_sex', (t, f) => readAgeStructure(t, f, 'czso_population_age_sex', registry, dates));
  add('ipr_katalog_foreigners_2019', (t, f) => readForeigners2019(t, f, 'ipr_katalog_foreigners_2019', registry, dates));
  add('humpo_ua_2026', (t, f) => readUaHumpo(t, f, 'humpo_ua_2026', registry, dates));
  add('mv_ua_2022_daily', (t, f) => readUa2022(t, f, 'mv_ua_2022_daily', registry, dates));
  const seen = new Map<string, Measurement>();
  for (const m of counts) {
    const prior = seen.get(keyOf(m));
    if (prior) throw new InputError(pathOf(m.source_id), null, m.indicator, `second value for ${m.code} at ${m.ref_date} (also in ${pathOf(prior.source_id)})`);
    seen.set(keyOf(m), m);
  }

  // Indicators at every level
  const districtProps = districts.features.map((f) => f.properties);
  const rows: IndicatorRow[] = computeIndicators('districts', counts, INDICATOR_DEFINITIONS);
  for (const membership of membershipFromDistricts(districtProps)) {
    for (const row of computeIndicators(membership.level, aggregateCounts(counts, membership), INDICATOR_DEFINITIONS)) rows.push(row);
  }
  const quoted = text('quoted_foreigners_2020');
  if (quoted !== undefined) for (const row of readQuotedForeigners2020(quoted, pathOf('quoted_foreigners_2020'), 'quoted_foreigners_2020', registry, dates)) rows.push(row);
  const sortedRows = sortRows(rows, ['code', 'indicator', 'ref_date']);
  const totals = text('prague_city_totals');
  if (totals !== undefined) checkCityTotals(totals, pathOf('prague_city_totals'), sortedRows, dates);

  // Point and context layers
  const services = text('integration_services') !== undefined ? readServices(text('integration_services')!, pathOf('integration_services'), registry) : [];
  const facilities: FeatureCollection<Point, FacilityProperties> =
    text('osm_pois') !== undefined ? readFacilities(text('osm_pois')!, pathOf('osm_pois'), registry) : { type: 'FeatureCollection', features: [] };
  if (text('osm_pois') !== undefined) {
    const lines = new Map(parseCsv(text('osm_pois')!, pathOf('osm_pois')).rows.map((r) => [`osm:${r.values.osm_node_id}`, r.line]));
    checkPointsInDistricts(facilities, districts, pathOf('osm_pois'), (id) => lines.get(id) ?? 0);
  }
  const schools2019 = text('schools_2019') !== undefined ? readSchools2019(text('schools_2019')!, pathOf('schools_2019')).collection : { type: 'FeatureCollection', features: [] };
  const register = text('msmt_register') !== undefined ? countSchoolRegister(text('msmt_register')!, pathOf('msmt_register')) : [];
  const points = (id: string, keep: string[], key: string) =>
    text(id) !== undefined ? trimPointLayer(parseGeoJson(text(id)!, pathOf(id)), pathOf(id), keep, key) : { type: 'FeatureCollection', features: [] };
  const metroEntrances = points('ipr_metro_entrances', ['objectid', 'uzel_nazev', 'vest_nazev', 'vst_nazev', 'vst_oznac', 'vst_linka', 'vst_schod', 'vst_eskal', 'vst_vytah'], 'objectid');
  const pidStops = points('pid_stops', ['stop_id', 'stop_name', 'location_type', 'parent_station', 'wheelchair_boarding'], 'stop_id');
  const basemapIds = ['osm_water', 'osm_metro_ways', 'osm_tram_ways', 'osm_metro_stations'];
  const geo = (id: string) => ({ parsed: parseGeoJson(text(id)!, pathOf(id), BASEMAP_BBOX), file: pathOf(id) });
  const basemap = basemapIds.every((id) => inputs.has(id))
    ? buildBasemap({ water: geo('osm_water'), metroWays: geo('osm_metro_ways'), tramWays: geo('osm_tram_ways'), metroStations: geo('osm_metro_stations') })
    : { type: 'Topology', objects: {}, arcs: [] };

  // Analysis (issue 4)
  const config = existsSync(FLAGS_CONFIG_FILE) ? JSON.parse(await fs.readFile(FLAGS_CONFIG_FILE, 'utf8')) : {};
  const analysis = buildAnalysisTables({ indicators: sortedRows, topology, facilities, config, services });

  const files = new Map<string, string>([
    [OUTPUT_FILES.topology, JSON.stringify(topology)],
    [OUTPUT_FILES.indicators, formatCsv(['level', 'code', 'indicator', 'ref_date', 'value', 'unit', 'source_id'], sortedRows)],
    [OUTPUT_FILES.indicatorsCompact, JSON.stringify(compactIndicators(sortedRows))],
    [OUTPUT_FILES.analysis, formatCsv(['level', 'code', 'ref_date', 'group', 'measure', 'value'], sortRows(analysis.analysis, ['code', 'ref_date', 'group', 'measure']))],
    [OUTPUT_FILES.segregation, formatCsv(['level', 'ref_date', 'group', 'index', 'value'], sortRows(analysis.segregation, ['ref_date', 'group', 'index']))],
    [OUTPUT_FILES.basemap, JSON.stringify(basemap)],
    [OUTPUT_FILES.services, JSON.stringify(services, null, 1)],
    [OUTPUT_FILES.facilities, JSON.stringify(facilities)],
    [OUTPUT_FILES.schools2019, JSON.stringify(schools2019)],
    [OUTPUT_FILES.schoolRegisterCounts, formatCsv(['postal_district_raw', 'type_code', 'category', 'is_school', 'count'], register)],
    [OUTPUT_FILES.metroEntrances, JSON.stringify(metroEntrances)],
    [OUTPUT_FILES.pidStops, JSON.stringify(pidStops)],
  ]);
  const outputs = [...files].map(([file, content]) => ({ file, bytes: Buffer.byteLength(content), sha256: sha256(content) }));
  const manifest = buildManifest({
    builtAt,
    inputs: [...inputs.values()].map(({ source, sha256, bytes }) => ({ source, sha256, bytes })),
    definitions: INDICATOR_DEFINITIONS,
    rows: sortedRows,
    measures: analysis.measures,
    outputs,
    topology: {
      quantization: DISTRICT_TOPOLOGY_OPTIONS.quantization,
      simplification: `Visvalingam, minimum effective area ${DISTRICT_TOPOLOGY_OPTIONS.minAreaSquareMetres} m² (topojson-simplify, equirectangular m² at 50.08° N); coarser levels merged from district arcs`,
    },
  });
  files.set(OUTPUT_FILES.manifest, JSON.stringify(manifest, null, 2) + '\n');
  if (!sortedRows.some((r) => r.level === 'city' && r.code === CITY_CODE)) throw new Error('no city rows produced');

  await writeAtomically(outDir, files);
  return {
    outDir,
    files: [...files].map(([file, content]) => ({ file, bytes: Buffer.byteLength(content) })).sort((a, b) => a.file.localeCompare(b.file)),
    millis: Math.round(performance.now() - started),
  };
}

function sha256(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Writes all files to a sibling temp dir, then swaps it with the output dir (rename is atomic). */
async function writeAtomically(outDir: string, files: Map<string, string>): Promise<void> {
  const parent = path.dirname(outDir);
  await fs.mkdir(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const tmp = path.join(parent, `.${path.basename(outDir)}.tmp-${stamp}`);
  const old = path.join(parent, `.${path.basename(outDir)}.old-${stamp}`);
  try {
    await fs.mkdir(tmp);
    for (const [file, content] of files) await fs.writeFile(path.join(tmp, file), content);
    const hadPrevious = existsSync(outDir);
    if (hadPrevious) await fs.rename(outDir, old);
    try {
      await fs.rename(tmp, outDir);
    } catch (e) {
      if (hadPrevious) await fs.rename(old, outDir);
      throw e;
    }
    if (hadPrevious) await fs.rm(old, { recursive: true, force: true });
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}
