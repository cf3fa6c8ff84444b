import type { Topology } from 'topojson-specification';
import { OUTPUT_FILES } from '../contract.ts';

/** One output file of the build; an HTTP error is thrown with the file's name. */
export async function fetchOk(file: string, base: string): Promise<Response> {
  const res = await fetch(base + file);
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  return res;
}

// One request for districts.topo.json per page: the live map started before the app (live-map-boot.ts)
// and the app's own load (load-outputs.ts) share it, so the file is fetched and parsed once.
const topologies = new Map<string, Promise<Topology>>();

export function requestTopology(base: string): Promise<Topology> {
  let r = topologies.get(base);
  if (!r) {
    r = fetchOk(OUTPUT_FILES.topology, base).then((res) => res.json() as Promise<Topology>);
    // a failed request may be tried again (the app reports its own error)
    r.catch(() => topologies.delete(base));
    topologies.set(base, r);
  }
  return r;
}
