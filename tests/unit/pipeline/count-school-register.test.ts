import { describe, expect, it } from 'vitest';
import { countSchoolRegister } from '../../../src/lib/pipeline/count-school-register.ts';

const HEADER = 'facility_izo,type_code,category,is_school,postal_district_raw,address\n';

describe('countSchoolRegister', () => {
  it('counts facilities by postal district, type code and category, in numeric district order', () => {
    const rows = countSchoolRegister(HEADER + '000000001,A00,kindergarten,1,Praha 10,a\n000000002,A00,kindergarten,1,Praha 10,b\n000000003,L11,canteen,0,Praha 2,c\n', 'r.csv', 'Praha');
    expect(rows).toEqual([
      { postal_district_raw: 'Praha 2', type_code: 'L11', category: 'canteen', is_school: 0, count: 1 },
      { postal_district_raw: 'Praha 10', type_code: 'A00', category: 'kindergarten', is_school: 1, count: 2 },
    ]);
  });
  it('refuses an IZO that is not 9 digits', () => expect(() => countSchoolRegister(HEADER + '12,A00,k,1,Praha 1,a\n', 'r.csv', 'Praha')).toThrow(/row 2, field facility_izo/));
});
