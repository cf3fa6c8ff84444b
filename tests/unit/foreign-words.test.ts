import { describe, expect, it } from 'vitest';
import { foreignWords } from '../e2e/foreign-words.ts';

describe('foreignWords', () => {
  it('finds Latin words in Ukrainian and Russian text but not proper names', () => {
    expect(foreignWords('Джерело: ČSÚ (Чеське статистичне управління): Населення, Praha 1', 'uk')).toEqual([]);
    expect(foreignWords('Станом на undated (tour announcement) · current', 'uk')).toEqual(['undated', 'tour', 'announcement', 'current']);
    expect(foreignWords('Источник: MV ČR; městská část', 'ru')).toEqual([]);
    expect(foreignWords('Zdroj: MV ČR', 'ru')).toEqual(['Zdroj']);
  });
  it('finds English words and Czech-only letters in Vietnamese text', () => {
    expect(foreignWords('Dân số theo quận, ý nghĩa, Praha', 'vi')).toEqual([]);
    expect(foreignWords('Người nước ngoài · undated · current', 'vi')).toEqual(['undated', 'current']);
    expect(foreignWords('Počet obyvatel', 'vi')).toEqual(['Počet']);
  });
  it('keeps multi-word names whole and ignores single letters', () => {
    expect(foreignWords('Katalog městských částí; Moran I; p = 0,01', 'vi')).toEqual([]);
    expect(foreignWords('městských částí', 'vi')).toEqual(['městských', 'částí']);
  });
  it('checks Czech text for English words and English text for Czech words', () => {
    expect(foreignWords('Počet obyvatel · source', 'cs')).toEqual(['source']);
    expect(foreignWords('Population · Počet', 'en')).toEqual(['Počet']);
  });
});
