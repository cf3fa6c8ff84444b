import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { LEVELS, type GeocodingSummary, type Level, type SchoolProperties, type SearchIndex, type ServiceRecord } from '../contract.ts';
import type { DistrictRegistry } from '../pipeline/read-district-codes.ts';
import type { Bbox } from '../pipeline/detect-crs.ts';
import { readServices } from '../pipeline/read-services.ts';
import { readAddressPoints } from './read-address-points.ts';
import { districtLocator } from './district-locator.ts';
import { buildAddressIndex } from './address-index.ts';
import { geocodeAddress } from './geocode-address.ts';
import { emptyCounts, fallbackSchools2019, locateRegisterSchools, readNamedSchools, type PrecisionCounts, type SchoolFeature } from './locate-schools.ts';
import { markOmjSchools } from './mark-omj-schools.ts';
import type { AddressPoint } from './address-point.ts';
import { normaliseStreet, parseHouseNumber } from './normalise-address.ts';
import { splitAddress } from './split-address.ts';
import { buildSearchIndex } from './build-search-index.ts';

/** One input: its text, its path (for errors) and its source id (for the outputs). */
export interface TextInput {
  text: string;
  file: string;
  id: string;
}

export interface ServiceLayerInputs {
  addressPoints: TextInput;
  services?: TextInput;
  namedSchools?: TextInput;
  register?: TextInput;
  omj?: TextInput;
  /** the unnamed 2019 points, already read (readSchools2019) */
  schools2019?: FeatureCollection<Point, { id: string }>;
  registry: DistrictRegistry;
  districts: FeatureCollection<Polygon | MultiPolygon, { code: string }>;
  /** the unit topology (districts.topo.json): its names go into the search */
  topology: Topology<Record<string, GeometryCollection>>;
  /** from city.json: every point must lie inside `bounds`; `localName` names cadastral districts ("Praha-Kunratice") */
  city: { bounds: Readonly<Bbox>; localName: string };
}

export interface ServiceLayers {
  services: ServiceRecord[];
  schools: FeatureCollection<Point, SchoolProperties>;
  searchIndex: SearchIndex;
  summary: GeocodingSummary;
}

/**
 * The geocoding step of the pipeline: reads the address points (partial extract or RÚIAN CSV),
 * places the services and schools on them and builds the search index. Pure: texts in, outputs out.
 */
export function buildServiceLayers(input: ServiceLayerInputs): ServiceLayers {
  const districtAt = districtLocator(input.districts);
  const named = input.namedSchools ? readNamedSchools(input.namedSchools.text, input.namedSchools.file, input.city.bounds, districtAt) : [];
  // The partial extract lists the addresses of the catchments, which rarely include the school
  // buildings themselves: the named schools' own RÚIAN points complete it.
  const index = buildAddressIndex([...readAddressPoints(input.addressPoints.text, input.addressPoints.file, input.city.bounds, districtAt), ...schoolAddressPoints(named)]);
  const counts: Record<string, PrecisionCounts> = {};
  const tally = (id: string, c: PrecisionCounts) => (counts[id] = c);

  const services = input.services ? readServices(input.services.text, input.services.file, input.registry, (q) => geocodeAddress(index, q)) : [];
  if (input.services) {
    const c = emptyCounts();
    for (const s of services) c[s.location.precision]++;
    tally(input.services.id, c);
  }

  if (input.namedSchools) tally(input.namedSchools.id, { ...emptyCounts(), address: named.length });
  let schools: SchoolFeature[] = named;
  let labels = new Map<string, string>();
  if (input.register) {
    const located = locateRegisterSchools(input.register.text, input.register.file, index, input.registry, named, input.city.localName);
    schools = [...located.merged, ...located.features];
    labels = located.labels;
    tally(input.register.id, located.counts);
  }
  if (input.omj) {
    const marked = markOmjSchools(input.omj.text, input.omj.file, schools, index, input.registry);
    schools = marked.features;
    tally(input.omj.id, marked.counts);
  }
  if (input.schools2019) {
    const fallback = fallbackSchools2019(input.schools2019.features, schools, districtAt);
    schools = [...schools, ...fallback];
    counts.schools_2019_fallback = { ...emptyCounts(), street: fallback.length };
  }

  const districtName = (code: string) => input.registry.byCode.get(code)?.name ?? code;
  const units = LEVELS.flatMap((level) =>
    (input.topology.objects[level]?.geometries ?? []).map((g): [string, Level, string] => [String((g.properties as { name?: string })?.name), level, String((g.properties as { code?: string })?.code)]),
  );
  const searchIndex = buildSearchIndex(index, districtName, units, services, schools, (f) => f.properties.name ?? labels.get(f.properties.id) ?? null);
  return {
    services,
    schools: { type: 'FeatureCollection', features: schools },
    searchIndex,
    summary: { address_source_id: input.addressPoints.id, coverage: [...index.coverage], counts },
  };
}

/** The named schools' positions as address points (their address "Josefská 626/5, Praha"). */
function schoolAddressPoints(named: readonly SchoolFeature[]): AddressPoint[] {
  const points: AddressPoint[] = [];
  for (const f of named) {
    const parts = f.properties.address ? splitAddress(f.properties.address) : null;
    const n = parts ? parseHouseNumber(parts.number) : null;
    if (!parts || !n || n.single) continue;
    const [lon, lat] = f.geometry.coordinates;
    points.push({ street: parts.street, key: normaliseStreet(parts.street), cp: n.cp, co: n.co, lon, lat, district: f.properties.district_code });
  }
  return points;
}
