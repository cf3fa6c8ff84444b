import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cityInfo, readCityConfig } from '../../../src/lib/pipeline/city-config.ts';

const PRAGUE_TEXT = readFileSync(path.resolve(__dirname, '../../../geodata/city.json'), 'utf8');
const changed = (f: (city: Record<string, unknown>) => void) => {
  const city = JSON.parse(PRAGUE_TEXT);
  f(city);
  return JSON.stringify(city);
};
const refused = (text: string, field: string | null, reason: RegExp) => {
  expect(() => readCityConfig(text, 'city.json')).toThrow(new RegExp(`^city\\.json: row -, field ${field ?? '-'}: .*${reason.source}`));
};

describe('readCityConfig', () => {
  it('reads geodata/city.json (Prague)', () => {
    const city = readCityConfig(PRAGUE_TEXT, 'geodata/city.json');
    expect(city.code).toBe('554782');
    expect(city.units.code_field).toBe('KOD_MC');
    expect(city.levels.map((l) => [l.id, l.parent_field])).toEqual([['spravni_obvody', 'KOD_SO'], ['obvody', 'KOD_MO']]);
    expect(city.languages[0]).toBe('cs');
  });
  it('cityInfo keeps what the app needs and leaves out the pipeline fields', () => {
    const info = cityInfo(readCityConfig(PRAGUE_TEXT, 'geodata/city.json'));
    expect(Object.keys(info).sort()).toEqual(['attribution', 'code', 'default_view', 'file_prefix', 'languages', 'map_bounds', 'name'].sort());
  });
  it('refuses invalid JSON', () => refused('{"name":', null, /not valid JSON/));
  it('refuses a missing field, naming it', () => refused(changed((c) => delete c.code), 'code', /expected string/));
  it('refuses an unknown field (a typo would otherwise be ignored)', () => refused(changed((c) => (c.langauges = ['en'])), null, /langauges/));
  it('refuses a language without a name', () => refused(changed((c) => ((c.name as Record<string, string>).vi = undefined as never)), 'name.vi', /no name in vi/));
  it('refuses a language the app has no messages for', () => refused(changed((c) => (c.languages = ['de'])), 'languages.0', /Invalid option/));
  it('refuses bounds in the wrong order', () => refused(changed((c) => (c.bounds = [50.2, 14.2, 49.9, 14.75])), 'bounds', /west < east/));
  it('refuses map bounds that do not contain the bounds', () => refused(changed((c) => (c.map_bounds = [14.3, 49.9, 14.75, 50.2])), 'map_bounds', /contain bounds/));
  it('refuses a latitude outside the bounds', () => refused(changed((c) => (c.latitude = 48.2)), 'latitude', /not between/));
  it('refuses an unknown level and a level given twice', () => {
    refused(changed((c) => ((c.levels as { id: string }[])[0].id = 'wards')), 'levels.0.id', /Invalid option/);
    refused(changed((c) => ((c.levels as { id: string }[])[1].id = 'spravni_obvody')), 'levels', /each level once/);
  });
  it('refuses a naming rule that is no regular expression or whose seat field is no parent field', () => {
    refused(changed((c) => ((c.levels as { named_after: { pattern: string } }[])[0].named_after.pattern = '(')), 'levels.0.named_after.pattern', /not a regular expression/);
    refused(changed((c) => ((c.levels as { named_after: { seat_field: string } }[])[1].named_after.seat_field = 'KOD_X')), 'levels.1.named_after.seat_field', /not the parent_field/);
  });
  it('does not mutate the parsed text', () => {
    const text = changed(() => undefined);
    readCityConfig(text, 'city.json');
    expect(text).toBe(changed(() => undefined));
  });
});
