// State of the analysis views (owned by AppState in app-state.svelte.ts): which view, group and date,
// the lazily loaded analysis code, and the live recomputation derived from them.
import type { FlagsConfig } from '../analysis/flags-config.ts';
import type { IndicatorRow, Level } from '../contract.ts';
import type { Topology } from 'topojson-specification';
import { loadAnalysisKit, type AnalysisKit } from './analysis-loader.ts';
import type { AnalysisRun } from './analysis-session.ts';
import { accessClasses, accessValues, lisaClasses, riskClasses, type AnalysisClasses } from './analysis-classes.ts';
import { formatDistance, formatNumber } from './format.ts';
import { DEFAULT_ANALYSIS_STATE, type AnalysisViewState } from './analysis-view.ts';

interface CoreData {
  topology: Topology;
  indicators: IndicatorRow[];
}

export class AnalysisController {
  state = $state<AnalysisViewState>(DEFAULT_ANALYSIS_STATE);
  kit = $state.raw<AnalysisKit | null>(null);
  error = $state<string | null>(null);
  /** null = the committed defaults */
  userConfig = $state.raw<FlagsConfig | null>(null);
  /**
   * The thresholds that differ from the defaults as the link's `th=` value (threshold-scenario.ts):
   * the link's own value until the analysis code has loaded, then the live edits; '' = defaults.
   */
  scenario = $state('');

  /** the view is an analysis view (not the indicator values) */
  active = $derived(this.state.view !== 'values');
  config = $derived(this.userConfig ?? this.kit?.session.defaultFlagsConfig ?? null);
  run: AnalysisRun | null = $derived.by(() => {
    const core = this.core();
    if (!this.active || !this.kit || !core || !this.config) return null;
    const { topology, indicators } = core;
    return this.kit.session.runAnalysis({ topology, indicators, facilities: this.kit.facilities }, this.level(), this.state.group, this.state.date, this.config);
  });
  classes: AnalysisClasses | null = $derived.by(() => {
    const run = this.run;
    if (!run) return null;
    if (this.state.view === 'risk') return riskClasses(run.result);
    if (this.state.view === 'lisa') return lisaClasses(run.result);
    return accessClasses(run.result, this.state.accessMeasure, this.state.accessCategory);
  });

  constructor(
    initial: AnalysisViewState,
    private core: () => CoreData | null,
    private level: () => Level,
    initialScenario = '',
  ) {
    this.state = initial;
    this.scenario = initialScenario;
    // the codec needs the config schema (zod), which comes with the analysis chunk, not the first map
    let restored = false;
    $effect(() => {
      const kit = this.kit;
      const config = this.userConfig;
      if (!kit) return;
      const defaults = kit.session.defaultFlagsConfig;
      import('./threshold-scenario.ts').then(({ decodeThresholdScenario, encodeThresholdScenario }) => {
        if (!restored) {
          restored = true;
          if (this.scenario) {
            this.userConfig = decodeThresholdScenario(this.scenario, defaults);
            return;
          }
        }
        this.scenario = encodeThresholdScenario(config ?? defaults, defaults);
      });
    });
    $effect(() => {
      if (this.active) this.ensureKit();
    });
    // read-only hook for tests and benchmarks
    $effect(() => {
      const run = this.run;
      (window as unknown as { __analysis?: unknown }).__analysis = run
        ? { view: this.state.view, group: run.result.group, date: run.result.date, grades: { ...run.result.gradeCounts }, clusters: { ...run.result.clusterCounts }, elapsedMs: run.elapsedMs }
        : null;
    });
  }

  /** What the map shows for one unit in the current analysis view, for the tooltip; null in the values view. */
  tooltip(code: string, translate: (key: string) => string, locale: string): string | null {
    const run = this.run;
    if (!run) return null;
    const unit = run.result.units.get(code);
    if (this.state.view === 'risk') return unit ? translate(unit.flag.gradeKey) : translate('legend.no_data');
    if (this.state.view === 'lisa') return unit?.lisa ? translate(`lisa.cluster.${unit.lisa.cluster}`) : translate('legend.no_data');
    const value = accessValues(run.result, this.state.accessMeasure, this.state.accessCategory).get(code);
    if (value === undefined) return translate('legend.no_data');
    return this.state.accessMeasure === 'nearest_km' ? formatDistance(value * 1000, locale) : formatNumber(value, locale, 2);
  }

  /** Loads the analysis code once (the views and the planner's summary need it). */
  ensureKit() {
    if (this.kit || this.error || this.#loading) return;
    this.#loading = true;
    loadAnalysisKit()
      .then((kit) => (this.kit = kit))
      .catch((e: Error) => (this.error = e.message));
  }
  #loading = false;

  update(next: Partial<AnalysisViewState>) {
    this.state = { ...this.state, ...next };
  }
}
