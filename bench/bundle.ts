// Diagnostic: `tsx bench/bundle.ts` builds the app with source maps into bench/out/analyze-dist and
// prints, per JS chunk, the minified bytes attributed to each package (from the source maps).
import { build } from 'vite';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench/out/analyze-dist');
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DEC = new Map([...B64].map((c, i) => [c, i]));

function decodeVlq(seg: string): number[] {
  const out: number[] = [];
  let v = 0;
  let shift = 0;
  for (const c of seg) {
    const d = DEC.get(c)!;
    v += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      out.push(v & 1 ? -(v >>> 1) : v >>> 1);
      v = 0;
      shift = 0;
    }
  }
  return out;
}

function pkgOf(src: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(src);
  if (m) return m[1];
  if (src.includes('/src/')) return 'app (src/)';
  return src.replace(/^(\.\.\/)+/, '');
}

/** Builds the app with source maps and returns the report lines: per JS chunk, the packages by minified size. */
export async function bundleReport(topPerChunk = 8): Promise<string[]> {
  const out: string[] = ['', '## Bundle: app build with source maps (bench/out/analyze-dist), minified bytes per package per chunk', ''];
  await build({ root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true, sourcemap: true } });
  const assets = path.join(OUT, 'assets');
  const chunks: { f: string; gz: number; lines: string[] }[] = [];
  for (const f of (await readdir(assets)).filter((x) => /\.m?js$/.test(x))) {
    const code = await readFile(path.join(assets, f), 'utf8');
    let map: { sources: string[]; mappings: string };
    try {
      map = JSON.parse(await readFile(path.join(assets, f + '.map'), 'utf8'));
    } catch {
      continue;
    }
    const lines = code.split('\n');
    const bytes = new Map<string, number>();
    let src = 0;
    const mlines = map.mappings.split(';');
    for (let li = 0; li < mlines.length; li++) {
      const line = lines[li] ?? '';
      let col = 0;
      const segs = mlines[li] ? mlines[li].split(',').map(decodeVlq) : [];
      let prevCol = 0;
      let prevSrc: number | null = null;
      for (const s of segs) {
        col += s[0];
        if (prevSrc !== null) bytes.set(pkgOf(map.sources[prevSrc]), (bytes.get(pkgOf(map.sources[prevSrc])) ?? 0) + (col - prevCol));
        if (s.length >= 4) {
          src += s[1];
          prevSrc = src;
        } else prevSrc = null;
        prevCol = col;
      }
      if (prevSrc !== null) bytes.set(pkgOf(map.sources[prevSrc]), (bytes.get(pkgOf(map.sources[prevSrc])) ?? 0) + (line.length - prevCol));
    }
    const gz = zlib.gzipSync(code).length;
    const total = [...bytes.values()].reduce((a, b) => a + b, 0) || 1;
    chunks.push({ f, gz, lines: [`${f}: ${(code.length / 1024).toFixed(0)} KB raw, ${(gz / 1024).toFixed(0)} KB gzip`] });
    for (const [k, v] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, topPerChunk))
      chunks[chunks.length - 1].lines.push(`  ${((100 * v) / total).toFixed(1).padStart(5)} %  ${(v / 1024).toFixed(0).padStart(5)} KB  ≈${((gz * v) / total / 1024).toFixed(0).padStart(4)} KB gz  ${k}`);
  }
  // largest chunks first; the MapLibre worker has no source map of ours, so only its size is listed
  for (const f of (await readdir(assets)).filter((x) => /\.m?js$/.test(x) && !chunks.some((c) => c.f === x))) {
    const gz = zlib.gzipSync(await readFile(path.join(assets, f))).length;
    chunks.push({ f, gz, lines: [`${f}: ${(gz / 1024).toFixed(0)} KB gzip (no source map)`] });
  }
  for (const c of chunks.sort((a, b) => b.gz - a.gz)) out.push(...c.lines);
  return out;
}
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  bundleReport(12).then((l) => { console.log(l.join('\n')); process.exit(0); }, (e) => { console.error(e); process.exit(1); });
