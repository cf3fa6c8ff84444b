// Helpers for unit tests: the toy city's files as strings.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readDistrictCodes } from '../../../src/lib/pipeline/read-district-codes.ts';

export const TOY_DIR = path.resolve(__dirname, '../../fixtures/toy-city');
export const toyFile = (p: string) => readFileSync(path.join(TOY_DIR, p), 'utf8');
export const toyRegistry = () => readDistrictCodes(toyFile('stats/mc_codes.csv'), 'stats/mc_codes.csv');
export const DATES = { min: '2000-01-01', max: '2026-11-01' };

import { parseGeoJson } from '../../../src/lib/pipeline/parse-geojson.ts';
import { validateDistricts } from '../../../src/lib/pipeline/validate-districts.ts';
import { TOY, TOY_BOUNDS } from './city.ts';
const BOUNDARIES = 'boundaries/mestske_casti.geojson';
export const toyDistricts = () => validateDistricts(parseGeoJson(toyFile(BOUNDARIES), BOUNDARIES, TOY_BOUNDS), toyRegistry(), BOUNDARIES, TOY);

import { readSources } from '../../../src/lib/pipeline/read-sources.ts';
import { readIndicatorTable } from '../../../src/lib/pipeline/read-indicator-table.ts';
import type { DistrictRegistry } from '../../../src/lib/pipeline/read-district-codes.ts';
export const SOURCES = readSources(readFileSync(path.resolve(__dirname, '../../../geodata/sources.json'), 'utf8'), 'geodata/sources.json');
/** The generic reader applied with the committed `table` descriptor of one source (what replaced the per-file readers). */
export const readDescribed =
  (sourceId: string) =>
  (text: string, file: string, id: string, registry: DistrictRegistry, dates: { min: string; max: string }) =>
    readIndicatorTable(text, file, id, SOURCES.find((s) => s.id === sourceId)!.table!, registry, dates).measurements;
