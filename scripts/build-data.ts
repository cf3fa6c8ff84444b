// CLI: npm run build:data [-- --data DIR --out DIR]. Parses arguments, calls buildData, prints.
import { existsSync } from 'node:fs';
import { buildData, DataDirNotFound, REPO_ROOT } from './build-pipeline.ts';
import { resolveDataDir } from '../src/lib/pipeline/resolve-data-dir.ts';
import { InputError } from '../src/lib/pipeline/input-error.ts';
import { summariseChanges } from '../src/lib/pipeline/change-report.ts';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? args[outIndex + 1] : undefined;
const resolved = resolveDataDir(args, process.env, existsSync, REPO_ROOT);

try {
  const result = await buildData({ dataDir: resolved?.dir, outDir });
  console.log(`build:data: ${resolved?.dir} (${resolved?.origin}) → ${result.outDir} in ${result.millis} ms`);
  for (const f of result.files) console.log(`  ${f.file.padEnd(28)} ${String(f.bytes).padStart(9)} bytes`);
  for (const line of summariseChanges(result.changes)) console.log(line);
} catch (e) {
  if (e instanceof InputError || e instanceof DataDirNotFound) {
    console.error(`build:data failed: ${e.message}`);
    process.exit(1);
  }
  console.error('build:data failed:', e);
  process.exit(2);
}
