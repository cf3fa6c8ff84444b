import { InputError } from '../pipeline/input-error.ts';
import { streamCsv, type CsvTable } from '../pipeline/parse-csv.ts';
import { readDecimal, readText, requireColumns } from '../pipeline/csv-fields.ts';
import { SJTSK_AREA, type Bbox } from '../pipeline/detect-crs.ts';
import { sjtskToWgs84 } from '../pipeline/reproject-sjtsk.ts';
import type { AddressPoint } from './address-point.ts';
import { normaliseStreet, orientation } from './normalise-address.ts';

/** The first line of RÚIAN's "Adresní místa" CSV per municipality (YYYYMMDD_OB_<municipality code>_ADR.csv). */
export const RUIAN_COLUMNS = ['Kód ADM', 'Kód MOMC', 'Název části obce', 'Název ulice', 'Číslo domovní', 'Číslo orientační', 'Znak čísla orientačního', 'Souřadnice Y', 'Souřadnice X'];

/** Tells the two accepted formats apart by their header line. */
export function isRuianFormat(text: string): boolean {
  const header = text.slice(0, text.indexOf('\n') >>> 0);
  return header.includes(';') && header.includes('Kód ADM');
}

/** The district of a position (district-locator.ts); without it, districts stay null. */
export type DistrictAt = (lon: number, lat: number) => string | null;

/**
 * Reads either accepted format; see readPartialAddressPoints and readRuianAddressPoints. Points
 * without a district in the file get `districtAt` of their position, while they are read (a
 * second pass copying 78,000 points was a tenth of the step, mostly garbage collection). Every
 * point must lie inside `bounds` (the city's, from city.json).
 */
export function readAddressPoints(text: string, file: string, bounds: Readonly<Bbox>, districtAt: DistrictAt = () => null): AddressPoint[] {
  return isRuianFormat(text) ? readRuianAddressPoints(text, file, bounds) : readPartialAddressPoints(text, file, bounds, districtAt);
}

/**
 * The partial catchment-ordinance extract (UTF-8, `,`, WGS 84 lat/lon). Its `catchment_mc` is the
 * district whose schools list the address, not always the one it lies in, so the district is that
 * of the position (`districtAt`, point in polygon). Rows without coordinates are skipped (the
 * source lists 23 such).
 */
export function readPartialAddressPoints(text: string, file: string, bounds: Readonly<Bbox>, districtAt: DistrictAt = () => null): AddressPoint[] {
  const columns = ['address', 'street', 'house_number_cp', 'orientation_number_co', 'lat', 'lon'];
  const table = streamCsv(text, file, columns);
  requireColumns(table, columns);
  const seen = new Set<string>();
  const points: AddressPoint[] = [];
  for (const row of table.rows) {
    const address = readText(table, row, 'address');
    if (seen.has(address)) throw new InputError(file, row.line, 'address', `duplicate address point "${address}"`);
    seen.add(address);
    const lat = readDecimal(table, row, 'lat');
    const lon = readDecimal(table, row, 'lon');
    if (lat === null || lon === null) continue;
    checkInCity(table.file, row.line, lon, lat, bounds);
    points.push(pointOf(readText(table, row, 'street'), row.values.house_number_cp, row.values.orientation_number_co, lon, lat, districtAt(lon, lat)));
  }
  return points;
}

/**
 * RÚIAN's official per-municipality CSV: windows-1250 (decoded by the caller), `;`-separated, no
 * quoting, S-JTSK coordinates written positive (Souřadnice Y = −x, Souřadnice X = −y of EPSG:5514).
 * Addresses without a street are keyed by their část obce, as RÚIAN prints them ("Lipany 12").
 */
export function readRuianAddressPoints(text: string, file: string, bounds: Readonly<Bbox>): AddressPoint[] {
  const lines = text.split(/\r?\n/);
  const columns = lines[0].split(';').map((c) => c.trim());
  const table: CsvTable = { file, columns, rows: [] };
  requireColumns(table, RUIAN_COLUMNS);
  const at = (name: string) => columns.indexOf(name);
  const seen = new Set<string>();
  const points: AddressPoint[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const line = i + 1;
    const fields = lines[i].split(';');
    if (fields.length !== columns.length) throw new InputError(file, line, null, `has ${fields.length} fields, header has ${columns.length}`);
    const v = (name: string) => fields[at(name)].trim();
    const code = v('Kód ADM');
    if (!/^\d+$/.test(code)) throw new InputError(file, line, 'Kód ADM', `"${code}" is not an address point code`);
    if (seen.has(code)) throw new InputError(file, line, 'Kód ADM', `duplicate address point code ${code}`);
    seen.add(code);
    const district = v('Kód MOMC');
    if (district !== '' && !/^\d{6}$/.test(district)) throw new InputError(file, line, 'Kód MOMC', `"${district}" is not a 6-digit district code`);
    const y = coordinate(v('Souřadnice Y'), file, line, 'Souřadnice Y');
    const x = coordinate(v('Souřadnice X'), file, line, 'Souřadnice X');
    if (y === null || x === null) continue;
    // Positive S-JTSK metres (Prague: Y ≈ 715–765 km, X ≈ 1030–1065 km); outside S-JTSK's area it is another CRS.
    if (-y < SJTSK_AREA.minX || -y > SJTSK_AREA.maxX || -x < SJTSK_AREA.minY || -x > SJTSK_AREA.maxY) {
      throw new InputError(file, line, 'Souřadnice Y', `${y}, ${x} is not an S-JTSK position (expected positive Y, X in metres)`);
    }
    const [lon, lat] = sjtskToWgs84(-y, -x);
    if (lon < bounds.minX || lon > bounds.maxX || lat < bounds.minY || lat > bounds.maxY) {
      throw new InputError(file, line, 'Souřadnice Y', `${y}, ${x} (${lat.toFixed(5)}, ${lon.toFixed(5)}) is outside the city`);
    }
    const street = v('Název ulice') || v('Název části obce');
    const co = v('Číslo orientační') ? `${v('Číslo orientační')}${v('Znak čísla orientačního')}` : '';
    points.push(pointOf(street, v('Číslo domovní'), co, lon, lat, district || null));
  }
  return points;
}

/** Streets repeat over thousands of rows: each is normalised once (a third of the reading time). */
const normalised = new Map<string, string>();

function keyOf(street: string): string {
  let key = normalised.get(street);
  if (key === undefined) {
    if (normalised.size > 100_000) normalised.clear();
    normalised.set(street, (key = normaliseStreet(street)));
  }
  return key;
}

function pointOf(street: string, cp: string, co: string, lon: number, lat: number, district: string | null): AddressPoint {
  return {
    street: street.trim(),
    key: keyOf(street),
    cp: cp.trim() === '' ? null : String(Number(cp.trim())),
    co: co.trim() === '' ? null : orientation(co),
    lon: Math.round(lon * 1e6) / 1e6,
    lat: Math.round(lat * 1e6) / 1e6,
    district,
  };
}

function coordinate(raw: string, file: string, line: number, field: string): number | null {
  if (raw === '') return null;
  // RÚIAN writes a decimal point; a decimal comma (a re-saved spreadsheet) is refused, not guessed
  const value = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isFinite(value)) throw new InputError(file, line, field, `"${raw}" is not a number with a decimal point`);
  return value;
}

function checkInCity(file: string, line: number, lon: number, lat: number, b: Readonly<Bbox>): void {
  if (lon >= b.minX && lon <= b.maxX && lat >= b.minY && lat <= b.maxY) return;
  const hint = lat >= b.minX && lat <= b.maxX && lon >= b.minY && lon <= b.maxY ? ' (lat and lon swapped?)' : ' (not WGS 84 degrees in the city)';
  throw new InputError(file, line, lon < b.minX || lon > b.maxX ? 'lon' : 'lat', `position ${lat}, ${lon} is outside the city${hint}`);
}
