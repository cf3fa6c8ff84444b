/** True when the reader asked the system for less motion (`prefers-reduced-motion: reduce`). */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** A map transition's duration: as asked, or 0 (jump) for readers who prefer reduced motion. */
export function transitionDuration(ms: number): number {
  return prefersReducedMotion() ? 0 : ms;
}
