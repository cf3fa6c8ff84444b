import { describe, expect, it } from 'vitest';
import { buildServiceLayers } from '../../../src/lib/geocode/build-service-layers.ts';
import { readSchools2019 } from '../../../src/lib/pipeline/read-schools-2019.ts';
import { toTopology, DISTRICT_TOPOLOGY_OPTIONS } from '../../../src/lib/pipeline/to-topology.ts';
import { deriveLevels } from '../../../src/lib/pipeline/derive-levels.ts';
import { toyDistricts, toyFile, toyRegistry } from '../pipeline/toy-city.ts';
import { TOY, TOY_BOUNDS } from '../pipeline/city.ts';

const input = (id: string, file: string) => ({ id, file, text: toyFile(file) });
const districts = toyDistricts();
const topology = deriveLevels(toTopology({ districts }, DISTRICT_TOPOLOGY_OPTIONS, 50.08), 'b', TOY);
const before = structuredClone(districts);
const layers = buildServiceLayers({
  city: { bounds: TOY_BOUNDS, localName: TOY.local_name },
  addressPoints: input('address_points_partial', 'services/extra/address_points_prague_partial_2023.csv'),
  services: input('integration_services', 'services/integration_services_prague.csv'),
  namedSchools: input('primary_schools_named', 'services/extra/primary_schools_prague_named_2023.csv'),
  register: input('msmt_register', 'services/schools_msmt_register_prague_2023.csv'),
  omj: input('omj_schools', 'services/omj_czech_support_schools_prague.csv'),
  schools2019: readSchools2019(toyFile('services/schools_points_unnamed_2019_lowquality.csv'), 's', TOY_BOUNDS).collection,
  registry: toyRegistry(),
  districts,
  topology,
});
const school = (id: string) => layers.schools.features.find((f) => f.properties.id === id);

describe('buildServiceLayers on the toy city', () => {
  it('places a service with a street address on its point, and one without at its district only', () => {
    expect(layers.services.map((s) => [s.id, s.location.precision, s.location.reason, s.lon, s.lat])).toEqual([
      ['ICP-01', 'address', null, 14.405, 50.025],
      ['DIS-11', 'district', 'no_address', null, null],
    ]);
  });
  it('covers the districts holding address points', () => expect(layers.summary.coverage).toEqual(['500054', '500089', '500119']));
  it('merges a register basic school into the named school at its building (one school, one point)', () => {
    expect(school('named:100001')!.properties).toMatchObject({ izo: '000000001', type_code: 'B00', capacity: 500, name: 'Základní škola Školní, Praha 1', precision: 'address' });
    expect(school('izo:000000001')).toBeUndefined();
  });
  it('geocodes register facilities without their district, through same-named streets', () => {
    // Školní exists in Praha 1 and Praha 2: the number decides
    expect(school('izo:000000002')!.properties).toMatchObject({ district_code: '500089', precision: 'address', capacity: null });
    expect(school('izo:000000002')!.geometry.coordinates).toEqual([14.43, 50.03]);
    // Lesní 9 is not a known number: the street's centre, marked as such
    expect(school('izo:000000003')!.properties.precision).toBe('street');
    expect(school('izo:000000004')).toBeUndefined();
    expect(layers.summary.counts.msmt_register).toEqual({ address: 2, street: 1, district: 0, none: 1 });
  });
  it('marks the OMJ schools by address and by name, skipping programme rows', () => {
    expect(layers.schools.features.filter((f) => f.properties.omj_support).map((f) => f.properties.id)).toEqual(['named:100001', 'named:100002']);
    expect(layers.summary.counts.omj_schools).toEqual({ address: 2, street: 0, district: 0, none: 0 });
  });
  it('keeps a 2019 point only in a district without a located school', () => {
    const fallback = layers.schools.features.filter((f) => f.properties.origin === 'unnamed_2019');
    expect(fallback.map((f) => [f.properties.id, f.properties.district_code, f.properties.precision])).toEqual([['2019:5', '547034', 'street']]);
  });
  it('indexes addresses with their district name, units, services and labelled schools', () => {
    expect(layers.searchIndex.addresses).toContainEqual(['Žitná 1574/51, Praha 1', 14.405, 50.025, '500054']);
    expect(layers.searchIndex.units).toContainEqual(['Praha-Kunratice', 'districts', '547042']);
    expect(layers.searchIndex.places).toContainEqual(['Úřad MČ Praha 11', 'service', 'DIS-11', null, null]);
    expect(layers.searchIndex.places.map((p) => p[2])).not.toContain('2019:5');
  });
  it('does not mutate its input', () => expect(districts).toEqual(before));
});
