import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../../src/lib/pipeline/resolve-data-dir.ts';

const root = '/repo';
const existing = (...paths: string[]) => (p: string) => paths.includes(p);

describe('resolveDataDir', () => {
  it('prefers --data over everything', () =>
    expect(resolveDataDir(['--data', 'x'], { GEODATA_DIR: 'y' }, existing('/repo/geodata/raw'), root)).toEqual({ dir: 'x', origin: '--data' }));
  it('then GEODATA_DIR', () => expect(resolveDataDir([], { GEODATA_DIR: 'y' }, existing('/repo/geodata/raw'), root)).toEqual({ dir: 'y', origin: 'GEODATA_DIR' }));
  it('then geodata/raw/ when it exists', () =>
    expect(resolveDataDir([], {}, existing('/repo/geodata/raw', '/repo/../shared/data'), root)).toEqual({ dir: '/repo/geodata/raw', origin: 'geodata/raw' }));
  it('then ../shared/data/', () => expect(resolveDataDir([], {}, existing('/repo/../shared/data'), root)?.origin).toBe('../shared/data'));
  it('returns null when nothing is found', () => expect(resolveDataDir([], {}, existing(), root)).toBeNull());
});
