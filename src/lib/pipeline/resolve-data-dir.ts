/**
 * Chooses the raw data directory: `--data DIR`, else GEODATA_DIR, else `geodata/raw/`, else
 * `../shared/data/` (both relative to the repo root). `exists` is injected so this stays pure.
 * Returns null when nothing is found; the caller then lists the expected files.
 */
export function resolveDataDir(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  exists: (path: string) => boolean,
  repoRoot: string,
): { dir: string; origin: '--data' | 'GEODATA_DIR' | 'geodata/raw' | '../shared/data' } | null {
  const i = args.indexOf('--data');
  if (i >= 0 && args[i + 1]) return { dir: args[i + 1], origin: '--data' };
  if (env.GEODATA_DIR) return { dir: env.GEODATA_DIR, origin: 'GEODATA_DIR' };
  const local = joinPath(repoRoot, 'geodata/raw');
  if (exists(local)) return { dir: local, origin: 'geodata/raw' };
  const shared = joinPath(repoRoot, '../shared/data');
  if (exists(shared)) return { dir: shared, origin: '../shared/data' };
  return null;
}

function joinPath(a: string, b: string): string {
  return `${a.replace(/\/+$/, '')}/${b}`;
}
