import { describe, expect, it } from 'vitest';
import { languageNames, serviceCurrency, serviceDate, serviceSourceNote } from '../../../src/lib/app/service-texts.ts';

describe('serviceCurrency', () => {
  it('reads "current …" and "organisation current …" as current', () => {
    expect(serviceCurrency({ status: 'current (page undated)', historical: false })).toBe('current');
    expect(serviceCurrency({ status: 'organisation current; street address NOT found', historical: false })).toBe('current');
  });
  it('lets the historical mark win and leaves other notes unconfirmed', () => {
    expect(serviceCurrency({ status: 'organisation current; ADDRESS HISTORICAL (2006)', historical: true })).toBe('historical');
    expect(serviceCurrency({ status: 'as of 2014', historical: false })).toBe('unconfirmed');
    expect(serviceCurrency({ status: 'page undated', historical: false })).toBe('unconfirmed');
  });
});

describe('serviceDate', () => {
  it('keeps plain dates and drops notes', () => {
    expect(serviceDate('2024-02')).toBe('2024-02');
    expect(serviceDate('2014-11-30')).toBe('2014-11-30');
    expect(serviceDate('2021')).toBe('2021');
    expect(serviceDate('undated (tour announcement)')).toBeNull();
    expect(serviceDate('2006-09 (address)')).toBeNull();
    expect(serviceDate('≥2020-03')).toBeNull();
  });
});

describe('languageNames', () => {
  it('names codes in the reader language and keeps what it cannot read', () => {
    expect(languageNames(['uk', 'vi'], 'cs')).toEqual(['ukrajinština', 'vietnamština']);
    expect(languageNames(['bg (by weekday)'], 'en')).toEqual(['Bulgarian']);
    expect(languageNames(['??'], 'en')).toEqual(['??']);
  });
});

describe('serviceSourceNote', () => {
  it('joins the English fields the summary replaces', () => {
    expect(serviceSourceNote({ as_of: 'undated (tour announcement)', status: 'current', languages: ['cs', 'bg (by weekday)'] })).toBe('undated (tour announcement) · current · bg (by weekday)');
  });
});
