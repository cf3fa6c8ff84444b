import { InputError } from './input-error.ts';

export type Crs = 'EPSG:4326' | 'EPSG:5514';

export interface Bbox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/**
 * Prague's extent with a margin (the city spans 14.224–14.707 E, 49.942–50.177 N), in WGS 84
 * lon/lat and in S-JTSK Krovak East North metres.
 */
export const PRAGUE_LONLAT_BBOX: Readonly<Bbox> = { minX: 14.2, minY: 49.9, maxX: 14.75, maxY: 50.2 };
const PRAGUE_SJTSK_BBOX: Readonly<Bbox> = { minX: -765_000, minY: -1_065_000, maxX: -715_000, maxY: -1_030_000 };

/**
 * Decides the CRS of a GeoJSON file from its `crs` member (legacy GeoJSON 2008) and, when absent,
 * from the first coordinate: S-JTSK East North coordinates are large negative metres, which cannot
 * be degrees. Anything else (lat/lon swapped, another projection) is refused.
 */
export function detectCrs(declared: string | undefined, sample: [number, number], file: string): Crs {
  if (declared) {
    if (/5514|5513|S-JTSK|Krovak/i.test(declared)) return 'EPSG:5514';
    if (!/CRS84|4326/i.test(declared)) throw new InputError(file, null, 'crs', `unsupported CRS "${declared}"; expected WGS 84 (EPSG:4326) or S-JTSK (EPSG:5514)`);
  }
  const [x, y] = sample;
  if (inBox(x, y, PRAGUE_LONLAT_BBOX)) return 'EPSG:4326';
  if (!declared && inBox(x, y, PRAGUE_SJTSK_BBOX)) return 'EPSG:5514';
  if (inBox(y, x, PRAGUE_LONLAT_BBOX)) throw new InputError(file, 1, 'geometry', `coordinate [${x}, ${y}] looks like lat/lon; GeoJSON needs lon/lat`);
  throw new InputError(file, 1, 'geometry', `coordinate [${x}, ${y}] is neither WGS 84 nor S-JTSK inside Prague`);
}

function inBox(x: number, y: number, b: Readonly<Bbox>): boolean {
  return x >= b.minX && x <= b.maxX && y >= b.minY && y <= b.maxY;
}
