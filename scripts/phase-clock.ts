/** Wall and CPU time and peak memory per build phase: the bench prints them, so it says what dominates. */
export interface Phase {
  name: string;
  wallMs: number;
  cpuMs: number;
  /** the process's peak resident memory so far, at the end of the phase */
  peakRssMB: number;
}

export function phaseClock() {
  const phases: Phase[] = [];
  let wall = performance.now();
  let cpu = process.cpuUsage();
  return {
    phases,
    /** Ends the phase running since the last lap (or the start). */
    lap(name: string): void {
      const used = process.cpuUsage(cpu);
      const now = performance.now();
      phases.push({ name, wallMs: Math.round(now - wall), cpuMs: Math.round((used.user + used.system) / 1000), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) });
      wall = now;
      cpu = process.cpuUsage();
    },
  };
}
