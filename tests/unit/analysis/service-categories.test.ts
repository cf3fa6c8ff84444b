import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { FacilityProperties } from '../../../src/lib/contract.ts';
import { facilitiesByCategory } from '../../../src/lib/analysis/service-categories.ts';

const facility = (id: string, fclass: string): FeatureCollection<Point, FacilityProperties>['features'][number] => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [14.4, 50.1] },
  properties: { id, fclass, group: 'public_service', name: null, district_code: '500054' },
});

describe('facilitiesByCategory', () => {
  it('groups OSM classes into the configured categories', () => {
    const facilities: FeatureCollection<Point, FacilityProperties> = { type: 'FeatureCollection', features: [facility('osm:2', 'school'), facility('osm:1', 'kindergarten'), facility('osm:3', 'police')] };
    const grouped = facilitiesByCategory(facilities, { education: ['school', 'kindergarten'], library: ['library'] });
    expect(grouped.get('education')!.map((f) => f.id)).toEqual(['osm:1', 'osm:2']);
    expect(grouped.get('library')).toEqual([]);
    expect([...grouped.keys()]).toEqual(['education', 'library']);
  });
});
