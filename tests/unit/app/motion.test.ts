import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefersReducedMotion, transitionDuration } from '../../../src/lib/app/motion.ts';

const stubMotionPreference = (reduce: boolean) =>
  vi.stubGlobal('window', { matchMedia: (q: string) => ({ matches: reduce && q === '(prefers-reduced-motion: reduce)' }) });

describe('motion', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the asked duration when the reader has no preference', () => {
    stubMotionPreference(false);
    expect(prefersReducedMotion()).toBe(false);
    expect(transitionDuration(400)).toBe(400);
  });
  it('jumps (duration 0) when the reader prefers reduced motion', () => {
    stubMotionPreference(true);
    expect(prefersReducedMotion()).toBe(true);
    expect(transitionDuration(400)).toBe(0);
  });
});
