// I/O orchestration of `npm run build:data`: read inputs, call the pure steps in src/lib/pipeline,
// write every output into a temp dir next to the output dir, then swap it in (staged-output-dir.ts).
// Nothing in the output dir changes unless the whole build succeeded.
import { createHash } from 'node:crypto';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Point } from 'geojson';
import { CITY_LEVEL, LEVELS, OUTPUT_FILES, type FacilityProperties, type IndicatorRow } from '../src/lib/contract.ts';
import { addSpatialTests, analysisTables, planAnalysis } from '../src/lib/analysis/build-analysis-tables.ts';
import { runSpatialTest, type SpatialTestResult } from '../src/lib/analysis/spatial-tests.ts';
import { forgetPermutationDraws } from '../src/lib/analysis/permutation-draws.ts';
import type { LocalMoran } from '../src/lib/analysis/local-morans-lisa.ts';
import type { MoransIResult } from '../src/lib/analysis/morans-i.ts';
import { AnalysisColumns, analysisCsvChunks } from '../src/lib/analysis/analysis-columns.ts';
import { parseFlagsConfig } from '../src/lib/analysis/flags-config.ts';
import { InputError } from '../src/lib/pipeline/input-error.ts';
import { decodeText, decodeTextPieces, decodeWindows1250 } from '../src/lib/pipeline/decode-text.ts';
import { buildServiceLayers } from '../src/lib/geocode/build-service-layers.ts';
import { readSources, describeExpectedFiles, type SourceDescription } from '../src/lib/pipeline/read-sources.ts';
import { resolveDataDir } from '../src/lib/pipeline/resolve-data-dir.ts';
import { cityInfo, readCityConfig, toBbox } from '../src/lib/pipeline/city-config.ts';
import { readDistrictCodes } from '../src/lib/pipeline/read-district-codes.ts';
import { parseGeoJson } from '../src/lib/pipeline/parse-geojson.ts';
import { validateDistricts } from '../src/lib/pipeline/validate-districts.ts';
import { toTopology, DISTRICT_TOPOLOGY_OPTIONS } from '../src/lib/pipeline/to-topology.ts';
import { deriveLevels } from '../src/lib/pipeline/derive-levels.ts';
import type { DateRange } from '../src/lib/pipeline/read-table.ts';
import { readIndicatorTable, type CrossCheck, type IndicatorTable } from '../src/lib/pipeline/read-indicator-table.ts';
import { compareOutputs, type ChangeReport } from '../src/lib/pipeline/change-report.ts';
import { definitionsWithTidy, readTidy, TIDY_DIR, type TidyInput } from '../src/lib/pipeline/read-tidy.ts';
import { checkTidyShares } from '../src/lib/pipeline/check-tidy-shares.ts';
import { readQuotedForeigners2020 } from '../src/lib/pipeline/read-quoted-foreigners-2020.ts';
import { MeasurementIndex, type Measurement } from '../src/lib/pipeline/measurement.ts';
import { aggregateCounts, membershipFromDistricts } from '../src/lib/pipeline/aggregate-levels.ts';
import { computeIndicators } from '../src/lib/pipeline/compute-indicators.ts';
import { INDICATOR_DEFINITIONS } from '../src/lib/pipeline/indicator-definitions.ts';
import { formatCsv, formatCsvChunks, sortRows } from '../src/lib/pipeline/format-csv.ts';
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
import { stageOutputDir, type WrittenFile } from './staged-output-dir.ts';
import { filePieces } from './file-pieces.ts';
import { tableWorkers } from './table-workers.ts';
import { runInWorker } from './ts-worker.ts';
import { phaseClock, type Phase } from './phase-clock.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES_FILE = path.join(REPO_ROOT, 'geodata/sources.json');
const FLAGS_CONFIG_FILE = path.join(REPO_ROOT, 'geodata/flags.config.json');
/** The city's configuration: `<dataDir>/city.json` when the data brings one, else this (Prague). */
const CITY_FILE = 'city.json';
const DEFAULT_CITY_FILE = path.join(REPO_ROOT, 'geodata', CITY_FILE);
/**
 * Inputs larger than this are decoded when read, not kept as text for the whole build: a
 * 10,000-unit city has ~70 MB of such inputs besides its two large tables, and as strings (two
 * bytes a character once one "ř" is in) they stayed in memory through the analysis.
 */
const KEPT_TEXT_BYTES = 1024 * 1024;
/** Streamed tables at least this large are read in worker threads. */
const WORKER_TABLE_BYTES = 32 * 1024 * 1024;

export interface BuildOptions {
  dataDir?: string;
  outDir?: string;
  now?: Date;
  /** streamed tables of at least this many bytes are read in worker threads (default 32 MB) */
  workerTableBytes?: number;
  /** the permutation tests run in a worker thread when the finest level has at least this many units (default WORKER_TEST_UNITS) */
  workerTestUnits?: number;
}

/** Units of the finest level from which the permutation tests run in a worker (Prague has 57). */
const WORKER_TEST_UNITS = 1000;

export interface BuildResult {
  outDir: string;
  files: { file: string; bytes: number }[];
  millis: number;
  changes: ChangeReport;
  /** wall and CPU time per phase, in order */
  phases: Phase[];
}

export class DataDirNotFound extends Error {}

export async function buildData(opts: BuildOptions = {}): Promise<BuildResult> {
  // Worker threads still running when the build ends, also by an error, are stopped here.
  const cleanup: (() => Promise<void>)[] = [];
  try {
    return await build(opts, cleanup);
  } finally {
    await Promise.all(cleanup.map((stop) => stop()));
  }
}

async function build(opts: BuildOptions, cleanup: (() => Promise<void>)[]): Promise<BuildResult> {
  const started = performance.now();
  const clock = phaseClock();
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
  const ownCity = path.join(dataDir, CITY_FILE);
  const cityFile = existsSync(ownCity) ? ownCity : DEFAULT_CITY_FILE;
  const city = readCityConfig(await fs.readFile(cityFile, 'utf8'), existsSync(ownCity) ? CITY_FILE : path.relative(REPO_ROOT, cityFile));
  const bounds = toBbox(city.bounds);

  // Read every present input (bytes for sha256, strict UTF-8 text for parsing). Texts of large inputs
  // are not kept: a 10,000-unit city has two of ~300 MB, read once by their table reader, and
  // holding them for the whole build doubled its peak memory; they are decoded again when asked for.
  const inputs = new Map<string, { source: SourceDescription; text: string | (() => string); sha256: string; bytes: number }>();
  // Large streamed tables are read in worker threads (table-workers.ts), started first, which hash
  // them as they read; this thread builds the geometry and reads the small tables meanwhile, and
  // awaits each in the order of the sources.
  const workers = tableWorkers();
  cleanup.push(workers.stop);
  const inWorkers = new Map<string, Promise<{ table: IndicatorTable; sha256: string }>>();
  const codes = sources.find((s) => s.id === 'district_codes')!;
  const codesFile = path.join(dataDir, codes.path);
  if (!existsSync(codesFile)) throw missingInput(codes, dataDir);
  const codesText = decodeText(new Uint8Array(await fs.readFile(codesFile)), codes.path);
  for (const source of sources) {
    const file = path.join(dataDir, source.path);
    if (!existsSync(file)) {
      if (source.required) throw missingInput(source, dataDir);
      continue;
    }
    const decode = (b: Uint8Array) => (source.encoding === 'windows-1250' ? decodeWindows1250(b) : decodeText(b, source.path));
    const size = (await fs.stat(file)).size;
    if (source.table?.stream && source.encoding !== 'windows-1250' && size >= (opts.workerTableBytes ?? WORKER_TABLE_BYTES)) {
      const job = { file: source.path, absolutePath: file, sourceId: source.id, table: source.table, codes: { text: codesText, file: codes.path }, dates };
      inWorkers.set(source.id, workers.read(job));
      inputs.set(source.id, { source, text: () => decode(new Uint8Array(readFileSync(file))), sha256: '', bytes: size });
      continue;
    }
    if (size > KEPT_TEXT_BYTES) {
      // Hashed piece by piece: a 10,000-unit city has two inputs of ~300 MB.
      const hash = createHash('sha256');
      let size = 0;
      for (const piece of filePieces(file)) {
        hash.update(piece);
        size += piece.length;
      }
      inputs.set(source.id, { source, text: () => decode(new Uint8Array(readFileSync(file))), sha256: hash.digest('hex'), bytes: size });
      continue;
    }
    const bytes = new Uint8Array(await fs.readFile(file));
    inputs.set(source.id, { source, text: decode(bytes), sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });
  }
  const text = (id: string) => {
    const t = inputs.get(id)?.text;
    return typeof t === 'function' ? t() : t;
  };
  // A large table read row by row comes as pieces of lines: decoded whole it was the build's peak memory.
  const tableText = (id: string): string | Iterable<string> => {
    const { source, text: t } = inputs.get(id)!;
    if (typeof t === 'string' || !source.table?.stream || source.encoding === 'windows-1250') return text(id)!;
    const file = path.join(dataDir, source.path);
    return decodeTextPieces(filePieces(file), source.path, () => new Uint8Array(readFileSync(file)));
  };
  const pathOf = (id: string) => inputs.get(id)?.source.path ?? sources.find((s) => s.id === id)!.path;

  clock.lap('read and hash inputs');

  const registry = readDistrictCodes(text('district_codes')!, pathOf('district_codes'));
  const counts: Measurement[] = [];
  const crossChecks: CrossCheck[] = [];

  // Geometry
  const districts = validateDistricts(parseGeoJson(text('ipr_districts')!, pathOf('ipr_districts'), bounds), registry, pathOf('ipr_districts'), city);
  const topology = deriveLevels(toTopology({ districts }, DISTRICT_TOPOLOGY_OPTIONS, city.latitude), pathOf('ipr_districts'), city);
  clock.lap('geometry and topology');

  // District counts. Every statistical input is described by its `table` block in geodata/sources.json.
  for (const source of sources) {
    if (!source.table || !inputs.has(source.id)) continue;
    const fromWorker = await inWorkers.get(source.id);
    if (fromWorker) inputs.get(source.id)!.sha256 = fromWorker.sha256;
    const read = fromWorker?.table ?? readIndicatorTable(tableText(source.id), source.path, source.id, source.table, registry, dates);
    // Loops, not push(...spread): spreading a million rows overflows the call stack.
    for (const m of read.measurements) counts.push(m);
    for (const c of read.crossChecks) crossChecks.push(c);
  }
  clock.lap('statistical tables');
  // The permutation tests (most of the analysis at 10,000 units) run in two worker threads while
  // this one makes the other analysis rows: LISA's, which starts now and draws its permutations
  // from the topology, and Moran's I's. For a city of a few dozen units a thread costs more than it
  // saves.
  const flagsConfig = existsSync(FLAGS_CONFIG_FILE) ? JSON.parse(await fs.readFile(FLAGS_CONFIG_FILE, 'utf8')) : {};
  const finest = LEVELS.find((level) => topology.objects[level] !== undefined);
  const finestUnits = finest ? (topology.objects[finest] as { geometries: unknown[] }).geometries.length : 0;
  const testsOptions = parseFlagsConfig(flagsConfig).spatial_autocorrelation;
  const large = finest !== undefined && finestUnits >= (opts.workerTestUnits ?? WORKER_TEST_UNITS);
  const testsWorker = <T>(part: 'local' | 'global', data: object) => {
    const worker = runInWorker<T[]>(new URL('./spatial-test-worker.ts', import.meta.url), { part, options: testsOptions, ...data });
    cleanup.push(worker.stop);
    return worker;
  };
  const localTests = large ? testsWorker<LocalMoran[]>('local', { topology, level: finest }) : undefined;
  // Tidy drop-ins: tidy/<name>.csv + tidy/<name>.json, no code and no sources.json entry needed.
  const tidyInputs: TidyInput[] = [];
  for (const file of await listTidyFiles(dataDir)) {
    const bytes = new Uint8Array(await fs.readFile(path.join(dataDir, file.csvPath)));
    const csvText = decodeText(bytes, file.csvPath);
    const sidecarFile = path.join(dataDir, file.sidecarPath);
    const sidecarText = existsSync(sidecarFile) ? decodeText(new Uint8Array(await fs.readFile(sidecarFile)), file.sidecarPath) : undefined;
    const tidy = readTidy({ ...file, csvText, sidecarText }, registry, dates, INDICATOR_DEFINITIONS);
    if (inputs.has(tidy.source.id)) throw new InputError(file.csvPath, null, null, `source id ${tidy.source.id} is taken; rename the file`);
    inputs.set(tidy.source.id, { source: tidy.source, text: csvText, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });
    for (const m of tidy.measurements) counts.push(m);
    tidyInputs.push(tidy);
  }
  const definitions = definitionsWithTidy(INDICATOR_DEFINITIONS, tidyInputs);
  checkTidyShares(tidyInputs, counts);
  checkCountsAgree(counts, crossChecks, pathOf);

  clock.lap('tidy drop-ins and duplicate checks');

  // Indicators at every level
  const districtProps = districts.features.map((f) => f.properties);
  const denominatorDates = new Map<string, Map<string, Set<string>>>();
  const recordDenominator = (indicator: string, refDate: string, denDate: string) => {
    const byDate = denominatorDates.get(indicator) ?? new Map<string, Set<string>>();
    byDate.set(refDate, (byDate.get(refDate) ?? new Set<string>()).add(denDate));
    denominatorDates.set(indicator, byDate);
  };
  const notSummed = new Set(definitions.filter((d) => d.districtsOnly).map((d) => d.id));
  const rows: IndicatorRow[] = computeIndicators('districts', counts, definitions, recordDenominator);
  for (const membership of membershipFromDistricts(districtProps, city.code)) {
    for (const row of computeIndicators(membership.level, aggregateCounts(counts, membership, notSummed), definitions, recordDenominator)) rows.push(row);
  }
  // The counts are in the rows now. Every object still referenced is traced by each later garbage
  // collection (the async function keeps its locals to the end): at 10,000 units that was a
  // million measurements traced through the whole analysis.
  counts.length = 0;
  crossChecks.length = 0;
  const quoted = text('quoted_foreigners_2020');
  if (quoted !== undefined) for (const row of readQuotedForeigners2020(quoted, pathOf('quoted_foreigners_2020'), 'quoted_foreigners_2020', registry, dates)) rows.push(row);
  const sortedRows = sortRows(rows, ['code', 'indicator', 'ref_date']);
  const totals = text('prague_city_totals');
  if (totals !== undefined) checkCityTotals(totals, pathOf('prague_city_totals'), sortedRows, dates);

  clock.lap('indicators at every level');

  // Point and context layers
  const schools2019 = text('schools_2019') !== undefined ? readSchools2019(text('schools_2019')!, pathOf('schools_2019'), bounds).collection : { type: 'FeatureCollection' as const, features: [] };
  // Offline geocoding (issue 9): the complete RÚIAN file when present, else the partial extract.
  const given = (id: string) => (inputs.has(id) ? { text: text(id)!, file: pathOf(id), id } : undefined);
  const addressPoints = given('ruian_address_points') ?? given('address_points_partial');
  const located = addressPoints
    ? buildServiceLayers({ addressPoints, services: given('integration_services'), namedSchools: given('primary_schools_named'), register: given('msmt_register'), omj: given('omj_schools'), schools2019, registry, districts, topology, city: { bounds, localName: city.local_name } })
    : undefined;
  const services = located?.services ?? (text('integration_services') !== undefined ? readServices(text('integration_services')!, pathOf('integration_services'), registry) : []);
  const facilities: FeatureCollection<Point, FacilityProperties> =
    text('osm_pois') !== undefined ? readFacilities(text('osm_pois')!, pathOf('osm_pois'), registry, bounds) : { type: 'FeatureCollection', features: [] };
  if (text('osm_pois') !== undefined) {
    const lines = new Map(parseCsv(text('osm_pois')!, pathOf('osm_pois')).rows.map((r) => [`osm:${r.values.osm_node_id}`, r.line]));
    checkPointsInDistricts(facilities, districts, pathOf('osm_pois'), (id) => lines.get(id) ?? 0);
  }
  const register = text('msmt_register') !== undefined ? countSchoolRegister(text('msmt_register')!, pathOf('msmt_register'), city.local_name) : [];
  const points = (id: string, keep: string[], key: string) =>
    text(id) !== undefined ? trimPointLayer(parseGeoJson(text(id)!, pathOf(id), bounds), pathOf(id), keep, key) : { type: 'FeatureCollection', features: [] };
  const metroEntrances = points('ipr_metro_entrances', ['objectid', 'uzel_nazev', 'vest_nazev', 'vst_nazev', 'vst_oznac', 'vst_linka', 'vst_schod', 'vst_eskal', 'vst_vytah'], 'objectid');
  const pidStops = points('pid_stops', ['stop_id', 'stop_name', 'location_type', 'parent_station', 'wheelchair_boarding'], 'stop_id');
  const basemapIds = ['osm_water', 'osm_metro_ways', 'osm_tram_ways', 'osm_metro_stations'];
  // basemap layers extend beyond the city (OSM features intersecting it are not clipped): the map's bounds
  const geo = (id: string) => ({ parsed: parseGeoJson(text(id)!, pathOf(id), toBbox(city.map_bounds)), file: pathOf(id) });
  const basemap = basemapIds.every((id) => inputs.has(id))
    ? buildBasemap({ water: geo('osm_water'), metroWays: geo('osm_metro_ways'), tramWays: geo('osm_tram_ways'), metroStations: geo('osm_metro_stations'), latitude: city.latitude })
    : { type: 'Topology', objects: {}, arcs: [] };

  clock.lap('points, services, geocoding, basemap');

  // Analysis (issue 4)
  const plan = planAnalysis({ indicators: sortedRows, topology, facilities, facilitiesAsOf: inputs.get('osm_pois')?.source.as_of ?? null, config: flagsConfig, services, declaredGroups: definitions.filter((d) => d.group).map((d) => d.id) });
  const globalTests = large ? testsWorker<MoransIResult>('global', {}) : undefined;
  localTests?.send(plan.jobs);
  globalTests?.send(plan.jobs);
  // A large city's analysis.csv (~250 MB at 10,000 units) is written by another worker while this
  // thread writes the other outputs; it boots now.
  const analysisWriter = large
    ? runInWorker<{ bytes: number; sha256: string }>(new URL('./analysis-csv-worker.ts', import.meta.url), null)
    : undefined;
  if (analysisWriter) cleanup.push(analysisWriter.stop);
  const analysis = analysisTables(plan, new AnalysisColumns());
  let spatialResults: SpatialTestResult[];
  if (localTests && globalTests) {
    const [local, global] = await Promise.all([localTests.result, globalTests.result]);
    spatialResults = plan.jobs.map((_, i) => ({ global: global[i], local: local[i] }));
  } else spatialResults = plan.jobs.map((job) => runSpatialTest(job, plan.config.spatial_autocorrelation));
  addSpatialTests(analysis, plan.jobs, spatialResults);

  await Promise.all([localTests?.stop(), globalTests?.stop()]);
  forgetPermutationDraws();

  clock.lap('analysis');
  if (!sortedRows.some((r) => r.level === CITY_LEVEL && r.code === city.code)) throw new Error('no city rows produced');
  // The two large tables are written in pieces (at 10,000 units analysis.csv is ~250 MB).
  const analysisRows = analysis.analysis.encoded();
  // null: written by analysisWriter
  const contents = new Map<string, string | Iterable<string> | null>([
    [OUTPUT_FILES.topology, JSON.stringify(topology)],
    [OUTPUT_FILES.indicators, formatCsvChunks(['level', 'code', 'indicator', 'ref_date', 'value', 'unit', 'source_id'], sortedRows)],
    [OUTPUT_FILES.indicatorsCompact, JSON.stringify(compactIndicators(sortedRows))],
    [OUTPUT_FILES.analysis, analysisWriter ? null : analysisCsvChunks(analysisRows)],
    [OUTPUT_FILES.segregation, formatCsv(['level', 'ref_date', 'group', 'index', 'value'], sortRows(analysis.segregation, ['ref_date', 'group', 'index']))],
    [OUTPUT_FILES.basemap, JSON.stringify(basemap)],
    [OUTPUT_FILES.services, JSON.stringify(services, null, 1)],
    [OUTPUT_FILES.facilities, JSON.stringify(facilities)],
    [OUTPUT_FILES.schools2019, JSON.stringify(schools2019)],
    [OUTPUT_FILES.schoolRegisterCounts, formatCsv(['postal_district_raw', 'type_code', 'category', 'is_school', 'count'], register)],
    [OUTPUT_FILES.metroEntrances, JSON.stringify(metroEntrances)],
    [OUTPUT_FILES.pidStops, JSON.stringify(pidStops)],
    ...(located ? ([[OUTPUT_FILES.schools, JSON.stringify(located.schools)], [OUTPUT_FILES.searchIndex, JSON.stringify(located.searchIndex)]] as const) : []),
  ]);
  clock.lap('sort and serialise (eager part)');
  const staged = await stageOutputDir(outDir);
  try {
    const { ids, values } = analysisRows;
    analysisWriter?.send({ encoded: analysisRows, filePath: staged.pathOf(OUTPUT_FILES.analysis) }, [...Object.values(ids).map((a) => a.buffer), values.buffer]);
    const byFile = new Map<string, WrittenFile>();
    for (const [file, content] of contents) if (content !== null) byFile.set(file, await staged.write(file, content));
    if (analysisWriter) byFile.set(OUTPUT_FILES.analysis, { file: OUTPUT_FILES.analysis, ...(await analysisWriter.result) });
    const outputs = [...contents.keys()].map((file) => byFile.get(file)!);
    clock.lap('format and write tables');
    const manifest = buildManifest({
      builtAt,
      inputs: [...inputs.values()].map(({ source, sha256, bytes }) => ({ source, sha256, bytes })),
      definitions,
      denominatorDates,
      rows: sortedRows,
      measures: analysis.measures,
      outputs,
      topology: {
        quantization: DISTRICT_TOPOLOGY_OPTIONS.quantization,
        simplification: `Visvalingam, minimum effective area ${DISTRICT_TOPOLOGY_OPTIONS.minAreaSquareMetres} m² (topojson-simplify, equirectangular m² at ${city.latitude}° N); coarser levels merged from district arcs`,
      },
      city: cityInfo(city),
    });
    if (located) manifest.geocoding = located.summary;
    const written = [...outputs, await staged.write(OUTPUT_FILES.manifest, JSON.stringify(manifest, null, 2) + '\n')];

    // Change report against the output being replaced (issue 11 §3).
    const previousFile = (f: string) => path.join(outDir, f);
    // Both builds' tables are read in pieces of lines: at 10,000 units, read whole, the four
    // strings (~660 MB) took the build over 2.7 GB.
    const pieces = (file: string) => decodeTextPieces(filePieces(file), path.basename(file), () => new Uint8Array(readFileSync(file)));
    const previous =
      existsSync(previousFile(OUTPUT_FILES.indicators)) && existsSync(previousFile(OUTPUT_FILES.analysis))
        ? {
            indicators: pieces(previousFile(OUTPUT_FILES.indicators)),
            analysis: pieces(previousFile(OUTPUT_FILES.analysis)),
            builtAt: existsSync(previousFile(OUTPUT_FILES.manifest)) ? (JSON.parse(await fs.readFile(previousFile(OUTPUT_FILES.manifest), 'utf8')).built_at ?? null) : null,
          }
        : null;
    // The new tables are read back only when there is a previous build to compare them with.
    const current = previous
      ? { indicators: pieces(staged.pathOf(OUTPUT_FILES.indicators)), analysis: pieces(staged.pathOf(OUTPUT_FILES.analysis)), builtAt: manifest.built_at }
      : { indicators: '', analysis: '', builtAt: manifest.built_at };
    const changes = compareOutputs(previous, current);
    written.push(await staged.write(OUTPUT_FILES.changes, JSON.stringify(changes, null, 2) + '\n'));

    await staged.commit();
    clock.lap('manifest, change report, commit');
    return {
      outDir,
      files: written.map(({ file, bytes }) => ({ file, bytes })).sort((a, b) => a.file.localeCompare(b.file)),
      millis: Math.round(performance.now() - started),
      changes,
      phases: clock.phases,
    };
  } finally {
    await staged.discard();
  }
}

function missingInput(source: SourceDescription, dataDir: string): InputError {
  return new InputError(source.path, null, null, `required input is missing in ${dataDir} (${source.title}; ${source.publisher})`);
}

/**
 * Refuses a second count for one indicator, unit and date, and a repeated value (catalogue
 * population and foreigners, not added) that differs from the count it repeats.
 */
function checkCountsAgree(counts: readonly Measurement[], crossChecks: readonly CrossCheck[], pathOf: (id: string) => string): void {
  const seen = new MeasurementIndex();
  for (const m of counts) {
    const prior = seen.addNew(m);
    if (prior) throw new InputError(pathOf(m.source_id), null, m.indicator, `second value for ${m.code} at ${m.ref_date} (also in ${pathOf(prior.source_id)})`);
  }
  for (const c of crossChecks) {
    const other = seen.get(c.indicator, c.code, c.ref_date);
    if (other && other.value !== c.value) {
      throw new InputError(c.file, c.line, c.field, `${c.value} differs from ${c.indicator} ${other.value} of ${c.code} at ${c.ref_date} in ${pathOf(other.source_id)}`);
    }
  }
}

/** tidy/*.csv of the data dir, sorted; a sidecar without its CSV is refused. */
async function listTidyFiles(dataDir: string): Promise<{ csvPath: string; sidecarPath: string }[]> {
  const dir = path.join(dataDir, TIDY_DIR);
  if (!existsSync(dir)) return [];
  const names = (await fs.readdir(dir)).sort();
  for (const n of names) {
    if (n.toLowerCase().endsWith('.json') && !names.includes(n.replace(/\.json$/i, '.csv'))) {
      throw new InputError(`${TIDY_DIR}/${n}`, null, null, `sidecar without its table ${TIDY_DIR}/${n.replace(/\.json$/i, '.csv')}`);
    }
  }
  return names.filter((n) => n.toLowerCase().endsWith('.csv')).map((n) => ({ csvPath: `${TIDY_DIR}/${n}`, sidecarPath: `${TIDY_DIR}/${n.replace(/\.csv$/i, '.json')}` }));
}
