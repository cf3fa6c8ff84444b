import { describe, expect, it } from 'vitest';
import type { ServiceRecord } from '../../../src/lib/contract.ts';
import { nearestPlaces } from '../../../src/lib/app/nearest-places.ts';
import { nearestIndex } from '../../../src/lib/app/nearest.ts';

const service = (id: string, lon: number | null, historical = false) =>
  ({ id, name: id, categories: ['counselling'], lon, lat: lon === null ? null : 50, historical }) as unknown as ServiceRecord;
const services = [service('near-closed', 14.401, true), service('far', 14.5), service('unlocated', null)];
const schools = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, properties: { id: 'named:1', name: 'ZŠ', category: 'basic_school' } as never, geometry: { type: 'Point' as const, coordinates: [14.41, 50] } }] };
const stops = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, properties: { stop_id: 'U1', stop_name: 'Náměstí' }, geometry: { type: 'Point' as const, coordinates: [14.402, 50] } }] };

describe('nearestPlaces', () => {
  it('leaves historical and unlocated services out of distances by default', () => {
    const hits = nearestIndex(nearestPlaces(services, schools, stops)).perCategory(14.4, 50, 1);
    expect([...hits].map(([c, h]) => [c, h[0].point.id])).toEqual([['stop', 'U1'], ['school:basic_school', 'named:1'], ['service:counselling', 'far']]);
  });
  it('includes historical services when asked', () => {
    const hits = nearestIndex(nearestPlaces(services, null, null, { includeHistorical: true })).perCategory(14.4, 50, 1);
    expect(hits.get('service:counselling')![0].point.id).toBe('near-closed');
  });
  it('does not mutate its input', () => {
    const copy = structuredClone(services);
    nearestPlaces(services, schools, stops);
    expect(services).toEqual(copy);
  });
});
