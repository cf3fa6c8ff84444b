// `npm start`: build the data if the pipeline has not run yet, build the static site, serve it.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { build, preview } from 'vite';
import type { Manifest } from '../src/lib/contract.ts';

const root = path.resolve(import.meta.dirname, '..');
const manifest = path.join(root, 'public/data/manifest.json');

const readManifest = () => JSON.parse(fs.readFileSync(manifest, 'utf8')) as Manifest;
// outputs from before city.json have no `city`, which the app needs
if (!fs.existsSync(manifest) || !readManifest().city) {
  console.log('public/data/manifest.json is missing or predates city.json: running the data pipeline (npm run build:data) …');
  const result = spawnSync('npm', ['run', 'build:data'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

await build({ root, logLevel: 'warn' });
const server = await preview({ root, preview: { host: '127.0.0.1', port: 4173, strictPort: true, open: false } });
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
// the city's name as the data's city.json gives it
const city = readManifest().city;
console.log(`\n${city.name.en ?? city.name[city.languages[0]]} integration map: ${url}\n(Ctrl+C to stop)`);
