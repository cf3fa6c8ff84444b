import type { Topology } from 'topojson-specification';

// One request for districts.topo.json per page: the live map started before the app (live-map-boot.ts)
// and the app's own load (load-outputs.ts) share it, so the file is fetched and parsed once.
const requests = new Map<string, Promise<Topology>>();

export function requestTopology(url: string): Promise<Topology> {
  let r = requests.get(url);
  if (!r) {
    r = fetch(url).then((res) => {
      if (!res.ok) throw new Error(`${url.split('/').pop()}: HTTP ${res.status}`);
      return res.json() as Promise<Topology>;
    });
    // a failed request may be tried again (the app reports its own error)
    r.catch(() => requests.delete(url));
    requests.set(url, r);
  }
  return r;
}
