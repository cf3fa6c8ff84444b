import { describe, expect, it } from 'vitest';
import { distanceMetres, nearestIndex } from '../../../src/lib/app/nearest.ts';

describe('distanceMetres', () => {
  it('gives 111.19 km for one degree of latitude (R = 6371 km)', () => {
    expect(distanceMetres(14, 50, 14, 51)).toBeCloseTo((6371000 * Math.PI) / 180, 0);
  });
  it('shrinks a degree of longitude by cos(latitude) at 50° N', () => {
    // haversine for Δλ = 0.01° at φ = 50°: 2R·asin(cos φ · sin(Δλ/2)) ≈ 714.7 m
    expect(distanceMetres(14.42, 50, 14.43, 50)).toBeCloseTo(714.7, 0);
  });
});

describe('nearestIndex', () => {
  const pts = [
    { id: 'a', lon: 14.42, lat: 50.087, category: 'library' },
    { id: 'b', lon: 14.5, lat: 50.087, category: 'library' },
    { id: 'c', lon: 14.43, lat: 50.087, category: 'police' },
    { id: 'x', lon: NaN, lat: 50, category: 'police' },
  ];
  it('returns the nearest point of each category with its distance, nearest category first', () => {
    const res = nearestIndex(pts).perCategory(14.421, 50.087, 1);
    expect([...res.keys()]).toEqual(['library', 'police']);
    expect(res.get('library')![0].point.id).toBe('a');
    // 0.001° of longitude at 50.087° N: 6371 km · 0.001 · π/180 · cos 50.087° ≈ 71.34 m
    expect(res.get('library')![0].metres).toBeCloseTo(71.34, 1);
    expect(res.get('police')![0].point.id).toBe('c');
    expect(res.get('police')![0].metres).toBeCloseTo(642.11, 1);
  });
  it('skips points without finite coordinates', () => {
    const res = nearestIndex(pts).perCategory(14.42, 50.087, 5);
    expect(res.get('police')!.map((h) => h.point.id)).toEqual(['c']);
  });
});

import { formatDistance } from '../../../src/lib/app/format.ts';

describe('formatDistance', () => {
  it('rounds to 10 m below a kilometre and uses km with one decimal above', () => {
    expect(formatDistance(94, 'en')).toBe('90 m');
    expect(formatDistance(1234, 'en')).toBe('1.2 km');
    expect(formatDistance(1234, 'cs')).toBe('1,2 km');
  });
});
