import type { Topology } from 'topojson-specification';
import { OUTPUT_FILES, type Manifest, type IndicatorRow } from '../contract.ts';
import { parseIndicatorsCsv } from './parse-indicators.ts';

/** The files needed before the first map paint. Point layers load later, on demand. */
export interface CoreOutputs {
  manifest: Manifest;
  topology: Topology;
  basemap: Topology | null;
  indicators: IndicatorRow[];
}

/** Same-origin data folder next to index.html (works from any static host and sub-path). */
export const DATA_BASE = './data/';

async function fetchOk(file: string, base: string): Promise<Response> {
  const res = await fetch(base + file);
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  return res;
}

export async function loadCoreOutputs(base = DATA_BASE): Promise<CoreOutputs> {
  const [manifest, topology, indicatorsText, basemap] = await Promise.all([
    fetchOk(OUTPUT_FILES.manifest, base).then((r) => r.json() as Promise<Manifest>),
    fetchOk(OUTPUT_FILES.topology, base).then((r) => r.json() as Promise<Topology>),
    fetchOk(OUTPUT_FILES.indicators, base).then((r) => r.text()),
    // the basemap is context only: a missing file must not stop the choropleth
    fetchOk(OUTPUT_FILES.basemap, base)
      .then((r) => r.json() as Promise<Topology>)
      .catch(() => null),
  ]);
  return { manifest, topology, basemap, indicators: parseIndicatorsCsv(indicatorsText) };
}

export async function loadJson<T>(file: string, base = DATA_BASE): Promise<T> {
  return (await fetchOk(file, base)).json() as Promise<T>;
}

export async function loadText(file: string, base = DATA_BASE): Promise<string> {
  return (await fetchOk(file, base)).text();
}
