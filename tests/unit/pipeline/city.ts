// Helpers for unit tests: the committed city configurations (Prague's and the toy city's).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readCityConfig, toBbox } from '../../../src/lib/pipeline/city-config.ts';

const read = (file: string) => readCityConfig(readFileSync(path.resolve(__dirname, '../../..', file), 'utf8'), file);
export const PRAGUE = read('geodata/city.json');
export const PRAGUE_BOUNDS = toBbox(PRAGUE.bounds);
export const TOY = read('tests/fixtures/toy-city/city.json');
export const TOY_BOUNDS = toBbox(TOY.bounds);
