// Synthetic city generator for the pipeline bench: a grid of N square units inside Prague's bbox,
// written with the real data dir's layout and formats, so buildData() can run on it unchanged.
//
// - boundaries/mestske_casti.geojson: N squares (edges densified, shared vertices identical),
//   WGS 84, RFC 7946 winding, with every IPR field (KOD_MC 6 digits, KOD_SO string, KOD_MO int…).
// - boundaries/original/*_epsg5514.json: the same squares in S-JTSK (proj4), if the real one exists.
// - stats/mc_codes.csv: generated to match (ČSÚ kod_so 3101…3122 ↔ KOD_SO as in the real file).
// - every other CSV with a kod_mc column:
//     * with lat/lon columns (points): rows kept, kod_mc/district_name reassigned by grid lookup;
//     * otherwise (per-district tables): the rows of a template real district are replicated for
//       every synthetic unit (unit i ↔ real district i mod 57; "Praha N" ↔ real Praha N) with its
//       codes and names rewritten.
// - everything else (city totals, services, basemap, SOURCES.md, raw/) copied unchanged.
import { mkdir, readFile, writeFile, readdir, copyFile, rm, stat } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { parseCsv, csvLine } from './lib/csv.ts';

export const PRAGUE_BBOX = { west: 14.22444, south: 49.9419, east: 14.70679, north: 50.17743 };
// KOD_SO of správní obvod "Praha N" (index N-1) and KOD_MO of obvod "Praha N" (N = 1..10), from SOURCES.md.
const SO_CODES = ['19', '27', '35', '43', '51', '60', '78', '86', '94', '108', '116', '124', '132', '141', '159', '205', '213', '221', '167', '175', '183', '191'];
const MO_CODES = [19, 27, 35, 43, 51, 60, 78, 86, 94, 108];

export interface SyntheticOptions {
  srcDataDir: string;
  outDir: string;
  units: number;
  /** vertices inserted on every cell edge (0 = plain squares) */
  edgeVertices?: number;
}

interface Unit {
  code: string;
  name: string;
  short: string;
  label: string;
  so: number; // 0..21
  mo: number; // 0..9
  col: number;
  row: number;
  template: string; // real kod_mc whose rows are replicated
}

async function walk(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p, base)));
    else out.push(path.relative(base, p));
  }
  return out;
}

async function writeLines(file: string, lines: Iterable<string>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const ws = createWriteStream(file);
  let buf = '';
  for (const l of lines) {
    buf += l + '\n';
    if (buf.length > 1 << 20) {
      if (!ws.write(buf)) await new Promise<void>((r) => ws.once('drain', () => r()));
      buf = '';
    }
  }
  ws.write(buf);
  await new Promise<void>((resolve, reject) => ws.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

export async function generateSyntheticCity(opts: SyntheticOptions): Promise<{ units: number; files: number; bytes: number; ms: number }> {
  const t0 = performance.now();
  const { srcDataDir, outDir, units: N } = opts;
  const k = opts.edgeVertices ?? 4;
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });

  // Grid geometry: near-square cells covering Prague's bbox.
  const B = PRAGUE_BBOX;
  const wKm = (B.east - B.west) * 111.32 * Math.cos((((B.north + B.south) / 2) * Math.PI) / 180);
  const hKm = (B.north - B.south) * 110.57;
  if (N < 240) throw new Error('synthetic city: at least 240 units (22 SO stripes × 10 obvod stripes)');
  const cols = Math.max(22, Math.round(Math.sqrt((N * wKm) / hKm)));
  const rows = Math.ceil(N / cols);
  const dx = (B.east - B.west) / cols;
  const dy = (B.north - B.south) / rows;
  const cellAreaM2 = ((wKm * 1000) / cols) * ((hKm * 1000) / rows);
  const X = (c: number) => B.west + c * dx;
  const Y = (r: number) => B.south + r * dy; // row 0 at the south

  // Real districts (templates) from mc_codes.csv.
  const realCodes = parseCsv(await readFile(path.join(srcDataDir, 'stats/mc_codes.csv'), 'utf8'));
  const rcHead = realCodes[0];
  const realRows = realCodes.slice(1).filter((r) => r.length === rcHead.length);
  const ci = (h: string) => rcHead.indexOf(h);
  const realByName = new Map(realRows.map((r) => [r[ci('district_name')], r[ci('kod_mc')]]));
  const realList = realRows.map((r) => r[ci('kod_mc')]);

  // "Praha N" cells: SO stripe N-1 (columns), for N ≤ 10 also MO stripe N-1 (rows).
  const soOf = (c: number) => Math.min(21, Math.floor((c * 22) / cols));
  const fullRows = Math.floor(N / cols); // the last row may be partial: obvod stripes over full rows
  const moOf = (r: number) => Math.min(9, Math.floor((r * 10) / fullRows));
  const praha = new Map<number, number>(); // cell index -> N
  for (let n = 1; n <= 22; n++) {
    const cLo = Math.ceil(((n - 1) * cols) / 22);
    const cHi = Math.ceil((n * cols) / 22) - 1;
    const c = Math.floor((cLo + cHi) / 2);
    let r: number;
    if (n <= 10) {
      const rLo = Math.ceil(((n - 1) * fullRows) / 10);
      const rHi = Math.ceil((n * fullRows) / 10) - 1;
      r = Math.floor((rLo + rHi) / 2);
    } else r = Math.floor(rows / 2);
    praha.set(r * cols + c, n);
  }

  const units: Unit[] = [];
  const unitAtCell = new Int32Array(cols * rows).fill(-1);
  // The first unit replicating a real district also carries its real name (services and other
  // files refer to districts by name); all other units get unique synthetic names.
  const realRowByCode = new Map(realRows.map((r) => [r[ci('kod_mc')], r]));
  const namedTemplates = new Set<string>();
  for (const n of praha.values()) {
    const c = realByName.get(`Praha ${n}`);
    if (c) namedTemplates.add(c);
  }
  for (let i = 0; i < N; i++) {
    const col = i % cols;
    const row = Math.floor(i / cols);
    const n = praha.get(i);
    const code = String(600000 + i);
    const template = n ? (realByName.get(`Praha ${n}`) ?? realList[i % realList.length]) : realList[i % realList.length];
    let real: string[] | undefined;
    if (!n && !namedTemplates.has(template)) {
      namedTemplates.add(template);
      real = realRowByCode.get(template);
    }
    const name = n ? `Praha ${n}` : real ? real[ci('district_name')] : `Praha-Syntetická ${i}`;
    units.push({
      code,
      name,
      short: n ? name : real ? (real[ci('name_short')] ?? name) : `Syntetická ${i}`,
      label: n ? `P${n}` : real ? (real[ci('label')] ?? `S${i}`) : `S${i}`,
      so: soOf(col),
      mo: moOf(row),
      col,
      row,
      template,
    });
    unitAtCell[i] = i;
  }
  // Sanity: Praha N must lie in SO N (and MO N for N ≤ 10).
  for (const u of units) {
    const m = /^Praha (\d+)$/.exec(u.name);
    if (m) {
      const n = Number(m[1]);
      if (u.so !== n - 1 || (n <= 10 && u.mo !== n - 1)) throw new Error(`synthetic grid: ${u.name} misplaced`);
    }
  }
  const byTemplate = new Map<string, Unit[]>();
  for (const u of units) {
    const l = byTemplate.get(u.template) ?? [];
    l.push(u);
    byTemplate.set(u.template, l);
  }
  const unitAt = (lon: number, lat: number): Unit | null => {
    const c = Math.floor((lon - B.west) / dx);
    const r = Math.floor((lat - B.south) / dy);
    if (c < 0 || r < 0 || c >= cols || r >= rows) return null;
    const i = unitAtCell[r * cols + c];
    return i >= 0 ? units[i] : null;
  };

  const ring = (u: Unit): [number, number][] => {
    // counter-clockwise: south edge W→E, east edge S→N, north edge E→W, west edge N→S
    const pts: [number, number][] = [];
    const edge = (c0: number, r0: number, c1: number, r1: number) => {
      for (let s = 0; s <= k; s++) {
        const t = s / (k + 1);
        // interpolate on grid indices, then map: identical values on both sides of a shared edge
        pts.push([X(c0 + (c1 - c0) * t), Y(r0 + (r1 - r0) * t)]);
      }
    };
    const { col: c, row: r } = u;
    edge(c, r, c + 1, r);
    edge(c + 1, r, c + 1, r + 1);
    edge(c + 1, r + 1, c, r + 1);
    edge(c, r + 1, c, r);
    pts.push(pts[0]);
    return pts.map(([x, y]) => [Math.round(x * 1e8) / 1e8, Math.round(y * 1e8) / 1e8]);
  };
  const props = (u: Unit, i: number) => ({
    OBJECTID: i + 1,
    DAT_VZNIK: '20160422155519',
    DAT_ZMENA: '20201103153548',
    PLOCHA: Math.round(cellAreaM2 * 100) / 100,
    ID: i + 1,
    KOD_MC: Number(u.code),
    NAZEV_MC: u.name,
    KOD_MO: MO_CODES[u.mo],
    KOD_SO: SO_CODES[u.so],
    TID_TMMESTSKECASTI_P: i + 1,
    POSKYT: 'HMP-IPR',
    ID_POSKYT: 43,
    STAV_ZMENA: 'U',
    NAZEV_1: u.short,
    Shape_Length: Math.round(2 * (Math.sqrt(cellAreaM2) * 2) * 1000) / 1000,
    Shape_Area: cellAreaM2,
  });

  let files = 0;
  const outFiles = new Set<string>();
  // 1. boundaries (WGS 84)
  await writeLines(
    path.join(outDir, 'boundaries/mestske_casti.geojson'),
    (function* () {
      yield '{\n"type": "FeatureCollection",\n"name": "mestske_casti",\n"features": [';
      for (let i = 0; i < N; i++) {
        const u = units[i];
        const f = { type: 'Feature', properties: props(u, i), geometry: { type: 'Polygon', coordinates: [ring(u)] } };
        yield JSON.stringify(f) + (i < N - 1 ? ',' : '');
      }
      yield ']\n}';
    })(),
  );
  outFiles.add('boundaries/mestske_casti.geojson');
  files++;

  // 2. S-JTSK original, if the real dir has one and proj4 is available
  const srcFiles = await walk(srcDataDir);
  const sjtsk = srcFiles.find((f) => /original\/.*5514.*\.json$/.test(f.replace(/\\/g, '/')));
  if (sjtsk) {
    try {
      const proj4 = (await import('proj4')).default;
      const krovak =
        '+proj=krovak +lat_0=49.5 +lon_0=24.83333333333333 +alpha=30.28813972222222 +k=0.9999 +x_0=0 +y_0=0 +ellps=bessel +towgs84=589,76,480,0,0,0,0 +units=m +no_defs';
      const tr = proj4('EPSG:4326', krovak);
      await writeLines(
        path.join(outDir, sjtsk),
        (function* () {
          yield '{\n"type" : "FeatureCollection",\n"name" : "TMMESTSKECASTI_P",\n"crs" : { "type" : "name", "properties" : { "name" : "EPSG:5514" } },\n"features" : [';
          for (let i = 0; i < N; i++) {
            const u = units[i];
            // S-JTSK files are clockwise in the source; reverse the ring
            const coords = ring(u).map((p) => tr.forward(p)).reverse();
            const f = { type: 'Feature', geometry: { type: 'Polygon', coordinates: [coords] }, properties: props(u, i) };
            yield JSON.stringify(f) + (i < N - 1 ? ',' : '');
          }
          yield ']\n}';
        })(),
      );
      outFiles.add(sjtsk);
      files++;
    } catch (e) {
      console.warn(`synthetic: S-JTSK copy skipped (${(e as Error).message})`);
    }
  }

  // 3. mc_codes.csv
  await writeLines(
    path.join(outDir, 'stats/mc_codes.csv'),
    (function* () {
      yield csvLine(rcHead);
      for (const u of units) {
        const m: Record<string, string> = { kod_mc: u.code, district_name: u.name, name_short: u.short, label: u.label, kod_so: String(3101 + u.so) };
        yield csvLine(rcHead.map((h) => m[h] ?? ''));
      }
    })(),
  );
  outFiles.add('stats/mc_codes.csv');
  files++;

  // 4. all other files
  for (const rel of srcFiles) {
    const relN = rel.replace(/\\/g, '/');
    if (outFiles.has(relN)) continue;
    const src = path.join(srcDataDir, rel);
    const dst = path.join(outDir, rel);
    await mkdir(path.dirname(dst), { recursive: true });
    files++;
    if (!relN.endsWith('.csv') || relN.includes('/raw/')) {
      await copyFile(src, dst);
      continue;
    }
    const table = parseCsv(await readFile(src, 'utf8'));
    const head = table[0] ?? [];
    const iCode = head.indexOf('kod_mc');
    if (iCode < 0) {
      await copyFile(src, dst);
      continue;
    }
    const iName = head.indexOf('district_name');
    const iSo = head.indexOf('kod_so');
    const iLat = head.indexOf('lat');
    const iLon = head.indexOf('lon');
    const body = table.slice(1).filter((r) => r.length > 1 || (r.length === 1 && r[0] !== ''));
    if (iLat >= 0 && iLon >= 0) {
      // point file: reassign to the containing synthetic unit
      await writeLines(
        dst,
        (function* () {
          yield csvLine(head);
          for (const r of body) {
            const u = unitAt(Number(r[iLon]), Number(r[iLat]));
            const out = [...r];
            if (u) {
              out[iCode] = u.code;
              if (iName >= 0) out[iName] = u.name;
            }
            yield csvLine(out);
          }
        })(),
      );
      continue;
    }
    // per-district table: replicate the template's rows for every unit
    const rowsByCode = new Map<string, string[][]>();
    for (const r of body) {
      const l = rowsByCode.get(r[iCode]) ?? [];
      l.push(r);
      rowsByCode.set(r[iCode], l);
    }
    await writeLines(
      dst,
      (function* () {
        yield csvLine(head);
        for (const r of body) {
          // keep rows of non-district keys (e.g. city rows) once
          if (!realList.includes(r[iCode])) yield csvLine(r);
        }
        for (const u of units) {
          for (const r of rowsByCode.get(u.template) ?? []) {
            const out = [...r];
            out[iCode] = u.code;
            if (iName >= 0) out[iName] = u.name;
            if (iSo >= 0 && /^31\d\d$/.test(r[iSo])) out[iSo] = String(3101 + u.so);
            yield csvLine(out);
          }
        }
      })(),
    );
  }
  // 5. city totals: the pipeline cross-checks the sum of the units against the official city
  //    population, so rewrite the "sum of districts" measures from the synthetic tables.
  await fixCityTotals(outDir);

  let bytes = 0;
  for (const f of await walk(outDir)) bytes += (await stat(path.join(outDir, f))).size;
  return { units: N, files, bytes, ms: performance.now() - t0 };
}

const CITY_SUMS: { measures: string[]; file: string; column: string }[] = [
  { measures: ['population_total', 'population_total_sum_of_mc'], file: 'stats/mc_population_czso_2011_2019.csv', column: 'population_total' },
  { measures: ['ua_temporary_protection_sum_of_mc'], file: 'stats/mc_ua_temporary_protection_humpo_2026-07-21.csv', column: 'ua_temporary_protection' },
];

async function fixCityTotals(outDir: string): Promise<void> {
  const totalsFile = path.join(outDir, 'stats/prague_city_totals.csv');
  let totalsText: string;
  try {
    totalsText = await readFile(totalsFile, 'utf8');
  } catch {
    return;
  }
  const sums = new Map<string, number>(); // measure|ref_date -> sum
  for (const { measures, file, column } of CITY_SUMS) {
    let t: string;
    try {
      t = await readFile(path.join(outDir, file), 'utf8');
    } catch {
      continue;
    }
    const rows = parseCsv(t);
    const h = rows[0];
    const iD = h.indexOf('ref_date');
    const iV = h.indexOf(column);
    if (iD < 0 || iV < 0) continue;
    const byDate = new Map<string, number>();
    for (const r of rows.slice(1)) {
      const v = Number(r[iV]);
      if (r[iV] !== '' && Number.isFinite(v)) byDate.set(r[iD], (byDate.get(r[iD]) ?? 0) + v);
    }
    for (const m of measures) for (const [d, v] of byDate) sums.set(`${m}|${d}`, v);
  }
  const rows = parseCsv(totalsText);
  const h = rows[0];
  const iM = h.indexOf('measure');
  const iD = h.indexOf('ref_date');
  const iV = h.indexOf('value');
  const out = rows.filter((r) => r.length > 1).map((r, i) => {
    if (i === 0) return csvLine(r);
    const s = sums.get(`${r[iM]}|${r[iD]}`);
    if (s !== undefined) r[iV] = String(s);
    return csvLine(r);
  });
  await rm(totalsFile, { force: true });
  await writeFile(totalsFile, out.join('\n') + '\n');
}
