import { InputError } from './input-error.ts';

export type Crs = 'EPSG:4326' | 'EPSG:5514';

export interface Bbox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/**
 * S-JTSK's area of use (Czechia, with a margin) in Krovak East North metres: a sample inside it is
 * S-JTSK; whether it lies in the city is checked after reprojection, against the city's bounds.
 */
export const SJTSK_AREA: Readonly<Bbox> = { minX: -910_000, minY: -1_240_000, maxX: -420_000, maxY: -920_000 };

/**
 * Decides the CRS of a GeoJSON file from its `crs` member (legacy GeoJSON 2008) and, when absent,
 * from the first coordinate: S-JTSK East North coordinates are large negative metres, which cannot
 * be degrees. Anything else (lat/lon swapped, another projection) is refused.
 */
export function detectCrs(declared: string | undefined, sample: [number, number], file: string, bounds: Readonly<Bbox>): Crs {
  if (declared) {
    if (/5514|5513|S-JTSK|Krovak/i.test(declared)) return 'EPSG:5514';
    if (!/CRS84|4326/i.test(declared)) throw new InputError(file, null, 'crs', `unsupported CRS "${declared}"; expected WGS 84 (EPSG:4326) or S-JTSK (EPSG:5514)`);
  }
  const [x, y] = sample;
  if (inBox(x, y, bounds)) return 'EPSG:4326';
  if (!declared && inBox(x, y, SJTSK_AREA)) return 'EPSG:5514';
  if (inBox(y, x, bounds)) throw new InputError(file, 1, 'geometry', `coordinate [${x}, ${y}] looks like lat/lon; GeoJSON needs lon/lat`);
  throw new InputError(file, 1, 'geometry', `coordinate [${x}, ${y}] is neither WGS 84 inside the city nor S-JTSK`);
}

function inBox(x: number, y: number, b: Readonly<Bbox>): boolean {
  return x >= b.minX && x <= b.maxX && y >= b.minY && y <= b.maxY;
}
