import { registerDataLabels } from '../../i18n/labels.ts';
import { setCity } from '../../i18n/city.ts';
import { localeCandidates } from '../../i18n/index.ts';
import type { Topology } from 'topojson-specification';
import { DATA_BASE, OUTPUT_FILES, type Manifest, type IndicatorRow } from '../contract.ts';
import { parseIndicatorsCsv } from './parse-indicators.ts';
import { expandIndicators, type CompactIndicators } from '../pipeline/compact-indicators.ts';
import { fetchOk, requestTopology } from './fetch-output.ts';

/** The files needed before the first map paint. Point layers load later, on demand. */
export interface CoreOutputs {
  manifest: Manifest;
  topology: Topology;
  /**
   * Context only: fetched on the first call (the map calls it once the choropleth is drawn, so its
   * 247 KB stay off the path to the live map); resolves to null when the file is missing.
   */
  basemap: () => Promise<Topology | null>;
  indicators: IndicatorRow[];
}



export async function loadCoreOutputs(base = DATA_BASE): Promise<CoreOutputs> {
  // the basemap is context only: a missing file must not stop the choropleth, nor may its download
  let basemapLoad: Promise<Topology | null> | null = null;
  const basemap = () =>
    (basemapLoad ??= fetchOk(OUTPUT_FILES.basemap, base)
      .then((r) => r.json() as Promise<Topology>)
      .catch(() => null));
  const [manifest, topology, indicators] = await Promise.all([
    fetchOk(OUTPUT_FILES.manifest, base).then((r) => r.json() as Promise<Manifest>),
    requestTopology(base),
    // the columnar indicators.json is a tenth of the CSV; outputs built before it existed have only the CSV
    fetchOk(OUTPUT_FILES.indicatorsCompact, base)
      .then(async (r) => expandIndicators((await r.json()) as CompactIndicators))
      .catch(() => fetchOk(OUTPUT_FILES.indicators, base).then(async (r) => parseIndicatorsCsv(await r.text()))),
  ]);
  registerDataLabels(manifest.indicators);
  setCity(manifest.city, localeCandidates());
  return { manifest, topology, basemap, indicators };
}

export async function loadJson<T>(file: string, base = DATA_BASE): Promise<T> {
  return (await fetchOk(file, base)).json() as Promise<T>;
}

export async function loadText(file: string, base = DATA_BASE): Promise<string> {
  return (await fetchOk(file, base)).text();
}
