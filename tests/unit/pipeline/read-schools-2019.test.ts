import { describe, expect, it } from 'vitest';
import { readSchools2019 } from '../../../src/lib/pipeline/read-schools-2019.ts';
import { PRAGUE_BOUNDS } from './city.ts';

const HEADER = 'orig_index,district_name_raw,type,lat,lon,qa_flag,source\n';

describe('readSchools2019', () => {
  it('drops and counts the point the source flags as outside Prague', () => {
    const r = readSchools2019(HEADER + '5,praha 4,school,50.0086195,14.4489919,ok_bbox,x\n238,00 ostrava,school,49.811,18.255,outside_prague_bbox,x\n', 's.csv', PRAGUE_BOUNDS);
    expect(r.dropped).toBe(1);
    expect(r.collection.features).toEqual([{ type: 'Feature', properties: { id: '2019:5', type: 'school' }, geometry: { type: 'Point', coordinates: [14.448992, 50.00862] } }]);
  });
  it('refuses an unflagged point outside Prague', () =>
    expect(() => readSchools2019(HEADER + '7,x,school,49.811,18.255,ok_bbox,x\n', 's.csv', PRAGUE_BOUNDS)).toThrow(/s\.csv: row 2, field lat/));
});
