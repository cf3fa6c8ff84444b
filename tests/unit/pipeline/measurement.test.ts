import { describe, expect, it } from 'vitest';
import { MeasurementIndex, type Measurement } from '../../../src/lib/pipeline/measurement.ts';

const m = (indicator: string, code: string, ref_date: string, value: number): Measurement => ({ indicator, code, ref_date, value, source_id: 's' });

describe('MeasurementIndex', () => {
  it('addNew keeps the first measurement of a key and returns it for a second one', () => {
    const index = new MeasurementIndex();
    const first = m('pop', '500054', '2019-12-31', 1);
    expect(index.addNew(first)).toBeUndefined();
    expect(index.addNew(m('pop', '500054', '2019-12-31', 2))).toBe(first);
    expect(index.get('pop', '500054', '2019-12-31')).toBe(first);
  });
  it('set replaces, and keys differing in one part are apart', () => {
    const index = new MeasurementIndex();
    index.set(m('pop', '500054', '2019-12-31', 1));
    index.set(m('pop', '500054', '2019-12-31', 2));
    index.set(m('pop', '500089', '2019-12-31', 3));
    expect(index.get('pop', '500054', '2019-12-31')?.value).toBe(2);
    expect(index.get('pop', '500089', '2019-12-31')?.value).toBe(3);
    expect(index.get('pop', '500054', '2018-12-31')).toBeUndefined();
    expect(index.get('foreigners', '500054', '2019-12-31')).toBeUndefined();
  });
});
