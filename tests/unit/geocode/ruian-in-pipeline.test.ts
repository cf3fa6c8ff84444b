// The complete RÚIAN file, dropped in where geodata/sources.json expects it, replaces the partial
// extract: the pipeline decodes it as windows-1250 (its descriptor's encoding) and reports it.
import { cpSync, copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildData } from '../../../scripts/build-pipeline.ts';
import { TOY_DIR } from '../pipeline/toy-city.ts';

const work = mkdtempSync(path.join(tmpdir(), 'ruian-toy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a RÚIAN address file in the pipeline', () => {
  it('is preferred to the partial extract and decoded from windows-1250', async () => {
    const data = path.join(work, 'data');
    cpSync(TOY_DIR, data, { recursive: true });
    copyFileSync(path.resolve(__dirname, '../../fixtures/geocode/20230331_OB_554782_ADR.csv'), path.join(data, 'services/extra/OB_554782_ADR.csv'));
    const out = path.join(work, 'out');
    await buildData({ dataDir: data, outDir: out, now: new Date('2026-11-01T00:00:00Z') });
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest.geocoding.address_source_id).toBe('ruian_address_points');
    // Praha 1 from the RÚIAN file; Praha 4 from a named school's own point (Lipová 7/1)
    expect(manifest.geocoding.coverage).toEqual(['500054', '500119']);
    const index = JSON.parse(readFileSync(path.join(out, 'search-index.json'), 'utf8'));
    expect(index.addresses.map((a: unknown[]) => a[0])).toEqual(['Josefská 626/5, Praha 1', 'Uhelný trh 425/4a, Praha 1', 'Školní 100/1, Praha 1', 'Lipová 7/1, Praha 4']);
    // Žitná is not in this small file: the service stays in its district, never placed elsewhere
    const services = JSON.parse(readFileSync(path.join(out, 'services.json'), 'utf8'));
    expect(services[0].location).toMatchObject({ precision: 'district', reason: 'street_not_found', lat: null });
  });
});
