import { describe, expect, it } from 'vitest';
import { fullMapUrl, isEmbedQuery } from '../../../src/lib/app/embed-mode.ts';
import { decodeUrlState, encodeUrlState } from '../../../src/lib/app/url-state.ts';

describe('embed mode', () => {
  it('is on only for embed=1', () => {
    expect(isEmbedQuery('?embed=1&i=population_total')).toBe(true);
    expect(isEmbedQuery('?embed=0')).toBe(false);
    expect(isEmbedQuery('')).toBe(false);
  });
  it('links to the full map with every other parameter kept', () => {
    expect(fullMapUrl('https://example.org/map/?i=foreigners_share&embed=1&s=500054')).toBe('https://example.org/map/?i=foreigners_share&s=500054');
  });
  it('survives a round trip through the URL state, next to indicator, level and selection', () => {
    const state = decodeUrlState('?i=foreigners_share&l=obvody&s=43&embed=1');
    expect(state.embed).toBe(true);
    const again = decodeUrlState(encodeUrlState(state));
    expect(again).toEqual(state);
    expect(again.indicator).toBe('foreigners_share');
    expect(again.level).toBe('obvody');
    expect(again.selected).toBe('43');
  });
  it('is left out of the URL when off', () => {
    expect(decodeUrlState('?i=foreigners_share').embed).toBeUndefined();
    expect(encodeUrlState(decodeUrlState('?i=foreigners_share'))).not.toContain('embed');
  });
});
