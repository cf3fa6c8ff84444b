import { z } from 'zod';
import { LEVELS, type CityInfo } from '../contract.ts';
import type { Bbox } from './detect-crs.ts';
import { InputError } from './input-error.ts';

const LANGUAGES = ['cs', 'en', 'uk', 'ru', 'vi'] as const;
const bbox = z
  .tuple([z.number(), z.number(), z.number(), z.number()])
  .refine(([w, s, e, n]) => w < e && s < n && w >= -180 && e <= 180 && s >= -90 && n <= 90, 'must be [west, south, east, north] in degrees, west < east, south < north');
const field = z.string().min(1);

const citySchema = z.strictObject({
  /** the city's name by language, as it stands alone (a title, "× Prague") */
  name: z.partialRecord(z.enum(LANGUAGES), z.string().min(1)),
  /** code of the rows for the whole city (level 'city') */
  code: z.string().regex(/^[0-9A-Za-z_-]+$/, 'letters, digits, _ or -'),
  /** slug starting every export file name */
  file_prefix: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits or -'),
  /** the municipality's name in its own addresses and unit names ("Praha 4", "Praha-Kunratice", postal "Praha 1") */
  local_name: z.string().min(1),
  /** the finest units (the polygons of the boundary file) */
  units: z.strictObject({ code_field: field, name_field: field }),
  /** the coarser levels, merged from the units by a parent code in the boundary file */
  levels: z
    .array(
      z.strictObject({
        id: z.enum(LEVELS.filter((l) => l !== 'districts') as ['spravni_obvody', 'obvody']),
        parent_field: field,
        /** a unit of the level takes the name of its member whose name matches `pattern` and whose `seat_field` equals the unit's code */
        named_after: z.strictObject({ pattern: field, seat_field: field }),
      }),
    )
    .length(2)
    .refine((l) => l[0].id !== l[1].id, 'each level once'),
  /** the first visit's indicator (else the first complete rate or share) */
  default_view: z.strictObject({ indicator: field }),
  /** the city with a margin: every input position must lie inside */
  bounds: bbox,
  /** the city's latitude: lon/lat areas become m² with its cosine (simplification of the borders) */
  latitude: z.number().min(-85).max(85),
  /** how far the map may be panned (and the basemap's extent) */
  map_bounds: bbox,
  /** the app's languages, the first the default */
  languages: z.array(z.enum(LANGUAGES)).min(1),
  /** the boundary data's credit, shown on the map after OpenStreetMap's */
  attribution: z.string().min(1),
});

export type CityConfig = z.infer<typeof citySchema>;

/** Reads city.json; every problem names the file and the field ("levels.1.parent_field"). */
export function readCityConfig(text: string, file: string): CityConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError(file, null, null, `is not valid JSON (${(e as Error).message})`);
  }
  const parsed = citySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(file, null, issue.path.join('.') || null, issue.message);
  }
  const city = parsed.data;
  for (const lang of city.languages) {
    if (!city.name[lang]) throw new InputError(file, null, `name.${lang}`, `no name in ${lang}, one of the languages`);
  }
  city.levels.forEach((level, i) => {
    try {
      new RegExp(level.named_after.pattern);
    } catch {
      throw new InputError(file, null, `levels.${i}.named_after.pattern`, `"${level.named_after.pattern}" is not a regular expression`);
    }
    if (!city.levels.some((l) => l.parent_field === level.named_after.seat_field)) {
      throw new InputError(file, null, `levels.${i}.named_after.seat_field`, `"${level.named_after.seat_field}" is not the parent_field of a level`);
    }
  });
  if (!contains(city.map_bounds, city.bounds)) throw new InputError(file, null, 'map_bounds', 'must contain bounds');
  if (city.latitude < city.bounds[1] || city.latitude > city.bounds[3]) throw new InputError(file, null, 'latitude', `${city.latitude} is not between the bounds' south and north`);
  return city;
}

function contains(outer: readonly number[], inner: readonly number[]): boolean {
  return outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];
}

/** [west, south, east, north] as the pipeline's Bbox. */
export function toBbox([minX, minY, maxX, maxY]: readonly number[]): Bbox {
  return { minX, minY, maxX, maxY };
}

/** What the app needs of the city (written into manifest.json). */
export function cityInfo(city: CityConfig): CityInfo {
  return {
    name: city.name,
    code: city.code,
    file_prefix: city.file_prefix,
    default_view: city.default_view,
    map_bounds: city.map_bounds,
    languages: city.languages,
    attribution: city.attribution,
  };
}
