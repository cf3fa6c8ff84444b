// The app's state in one place (runes), so components stay view only.
//
// How components get at it: App.svelte creates ONE AppState and puts it into Svelte context
// (`setAppState`); the concept components (AppHeader, MapArea, SidePanel, …) call `getAppState()`.
// Leaf components (pickers, tables, legends) keep plain props and callbacks, so they stay reusable
// and testable. To add a field: put a `$state` field in the right group below, read/write it from a
// component through `getAppState()`, and if a shared link should restore it, add it to `UrlState`
// with its encode/decode in url-state.ts (and to `urlState` below).
//
// Must be constructed during component initialisation (it owns effects: URL sync, lazy loads).
import { getContext, setContext, tick, untrack } from 'svelte';
import { fromStore } from 'svelte/store';
import { locale } from 'svelte-i18n';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { LEVELS, type Level, type ServiceRecord } from '../contract.ts';
import { POINT_LAYER_SOURCE } from './point-style.ts';
import { loadCoreOutputs, type CoreOutputs } from './load-outputs.ts';
import { indexIndicators } from './indicator-index.ts';
import { catalogueFor, resolveDate } from './indicator-catalogue.ts';
import type { Classification } from './classify.ts';
import { choroplethColours } from './choropleth-colours.ts';
import { bboxOf, unitCentre, unitFeatures, type UnitFeatures } from './units-geometry.ts';
import { unitRows } from './unit-rows.ts';
import { decodeAppUrl, encodeAppUrl, type MapView, type PanelTab, type PointLayerId, type UrlState } from './url-state.ts';
import { splitServices, type MapPoint } from './point-data.ts';
import { loadServices } from './point-layers-data.ts';
import { servicesByUnit } from './unit-services.ts';
import { AnalysisController } from './analysis-state.svelte.ts';
import { PlacesController, type ChosenPlace } from './places-state.svelte.ts';
import { PHONE_QUERY } from './phone.ts';
import { transitionDuration } from './motion.ts';
import { analysisGroupsFor } from '../analysis/analysis-groups.ts';
import { ANALYSIS_GROUP_IDS } from './analysis-view.ts';
// the parameter's name only; the codec itself is loaded with the analysis code
const THRESHOLD_SCENARIO_PARAM = 'th';
/** the fill of units with a value under count circles: neutral, so only the circles carry the number */
const SYMBOL_UNIT_FILL = '#e4e1d8';
import { pooledValues } from './pooled-breaks.ts';
import { defaultView } from './default-view.ts';
import { changeChoropleth, DEFAULT_TIME_VIEW, fromDate, valuesByDate, type TimeViewState } from './time-view.ts';

export type NearestOrigin = { lon: number; lat: number; name: string | null };

export class AppState {
  // --- data (loaded once) ---
  core = $state.raw<CoreOutputs | null>(null);
  loadError = $state<string | null>(null);

  // --- what the map shows (written into the shared link) ---
  indicator = $state<string | null>(null);
  date = $state<string | null>(null);
  level = $state<Level>('districts');
  classification = $state<Classification>('quantile');
  selected = $state<string | null>(null);
  layers = $state<PointLayerId[]>([]);
  view = $state<MapView | null>(null);
  tab = $state<PanelTab>('profile');
  /** the planner's summary page is open (`sum=1` in the link) */
  summaryOpen = $state(false);
  /** pooled or per-date scale, change map, two-date comparison (time-view.ts) */
  time = $state<TimeViewState>({ ...DEFAULT_TIME_VIEW });
  /** ?embed=1: the map alone, for an iframe (see embed-mode.ts); fixed for the page's life */
  readonly embed: boolean;
  /** analysis views (flags, LISA, accessibility): lazily loaded, recomputed live from the thresholds */
  readonly analysis: AnalysisController;
  /** services, schools, the chosen address and "find help" (issue 9): loaded on demand */
  readonly places = new PlacesController();

  // --- map interaction (not in the link) ---
  hovered = $state<string | null>(null);
  tooltipAt = $state<{ x: number; y: number } | null>(null);
  nearestOrigin = $state<NearestOrigin | null>(null);
  highlighted = $state.raw<MapPoint[]>([]);
  popup = $state.raw<{ point: MapPoint; x: number; y: number } | null>(null);
  hiddenCategories = $state<string[]>([]);
  layerCategories = $state<Partial<Record<PointLayerId, [string, number][]>>>({});
  /** services.json, loaded when the services layer is on or a unit is selected after the first paint */
  servicesData = $state.raw<ServiceRecord[] | null>(null);
  /** how many services have no point on the map (the layers tab says so) */
  unlocatedServices = $derived(this.servicesData ? splitServices(this.servicesData).unlocated.length : null);
  /** the live map, once loaded (reactive: the comparison follows its camera) */
  map = $state.raw<MapLibreMap | null>(null);
  /** the live choropleth has painted: on-demand files (services, schools, stops) may load from now on */
  mapPainted = $state(false);
  pointsRendered = 0;

  // --- layout ---
  /** phones: the panel is a bottom sheet that folds down */
  sheetOpen = $state(true);
  briefingImage = $state<string | null>(null);

  // --- derived from the above ---
  readonly #locale = fromStore(locale);
  loc = $derived(this.#locale.current ?? 'en');
  index = $derived(this.core ? indexIndicators(this.core.indicators) : null);
  features = $derived.by(() => {
    if (!this.core) return null;
    const topo = this.core.topology;
    return Object.fromEntries(LEVELS.map((l) => [l, unitFeatures(topo, l)])) as Record<Level, UnitFeatures>;
  });
  bounds = $derived(this.features ? bboxOf(this.features.districts) : null);
  catalogue = $derived(this.core && this.index ? catalogueFor(this.core.manifest, this.index, this.level) : []);
  /** as-of date of the facilities (OSM extract) the accessibility distances describe */
  facilitiesAsOf = $derived(this.core?.manifest.inputs.find((i) => i.id === POINT_LAYER_SOURCE.facilities)?.as_of ?? null);
  /** analysis groups present in the data: the fixed ones, citizenships and declared counts (issue 11) */
  groupIds = $derived.by(() => {
    if (!this.core) return [...ANALYSIS_GROUP_IDS] as string[];
    const ids = new Set(this.core.indicators.map((r) => r.indicator));
    const declared = this.core.manifest.indicators.filter((i) => i.group).map((i) => i.id);
    return analysisGroupsFor(ids, declared)
      .filter((g) => ids.has(g.countIndicator))
      .map((g) => g.id);
  });
  /** the first visit's view: the headline share at its latest complete date (default-view.ts) */
  defaults = $derived(this.core && this.index ? defaultView(this.core.manifest, this.index, this.level) : null);
  entry = $derived(this.catalogue.find((e) => e.id === (this.indicator ?? this.defaults?.indicator)) ?? this.catalogue[0] ?? null);
  currentDate = $derived.by(() => (this.entry && this.index ? this.#resolve(this.date) : null));
  values = $derived(this.index && this.entry && this.currentDate ? this.index.values(this.level, this.entry.id, this.currentDate) : new Map());
  /** the indicator's values at every mappable date: the pooled scale and the change maps */
  byDate = $derived(this.index && this.entry ? valuesByDate(this.index, this.level, this.entry.id, this.entry.levelDates) : new Map<string, Map<string, number>>());
  /** the other date of a change map or comparison (null: the indicator has one date) */
  compareDate = $derived(this.entry ? fromDate(this.entry.levelDates, this.currentDate, this.time.from) : null);
  changeMap = $derived(this.time.change && this.compareDate && this.currentDate ? changeChoropleth(this.byDate, this.compareDate, this.currentDate, this.time.change) : null);
  // a comparison always shares one scale, whatever the per-date option says
  #scaleValues = $derived(this.time.scale === 'pooled' || this.time.compare ? pooledValues(this.byDate) : undefined);
  /** counts are drawn as proportional circles (area ∝ count, one size scale over all dates), never as a colour ramp */
  symbols = $derived(this.entry?.display === 'symbols' && !this.changeMap);
  symbolMax = $derived(Math.max(0, ...pooledValues(this.byDate)));
  // the same function colours the SVG prerendered into index.html (scripts/vite-plugin-prerender-map.ts)
  choropleth = $derived(
    this.changeMap ??
      (this.symbols
        ? { breaks: [], colours: [], colourByCode: new Map([...this.values.keys()].map((code) => [code, SYMBOL_UNIT_FILL])) }
        : choroplethColours(this.values, this.entry?.id ?? '', this.classification, this.#scaleValues)),
  );
  /** the earlier date's colours in compare mode, on the same classes */
  compareChoropleth = $derived(
    this.time.compare && this.compareDate && this.index && this.entry
      ? choroplethColours(this.index.values(this.level, this.entry.id, this.compareDate), this.entry.id, this.classification, this.#scaleValues)
      : null,
  );
  /** every district's properties, and obvod code → name: once per load (profiles derive from them) */
  districtUnits = $derived(this.features ? this.features.districts.features.map((f) => f.properties) : []);
  obvodNames = $derived(new Map(this.features ? this.features.obvody.features.map((f) => [f.properties.code, f.properties.name]) : []));
  /** the selected unit's services: listed in it, and the nearest located ones (unit-services.ts) */
  selectedServices = $derived.by(() => {
    const f = this.features?.[this.level].features.find((x) => x.properties.code === this.selected);
    if (!f || !this.servicesData) return null;
    return servicesByUnit({ type: 'FeatureCollection', features: [f] }, this.level, this.districtUnits, this.servicesData, 3).get(f.properties.code) ?? null;
  });
  units = $derived(this.features ? this.features[this.level].features.map((f) => f.properties) : []);
  rows = $derived(unitRows(this.units, this.values));
  selectedUnit = $derived(this.units.find((u) => u.code === this.selected) ?? null);
  hoveredUnit = $derived(this.units.find((u) => u.code === this.hovered) ?? null);
  // the inputs behind the values on the map at this date (not every source the indicator ever used)
  legendSources = $derived.by(() => {
    if (!this.core) return [];
    const other = (this.changeMap || this.time.compare) && this.compareDate && this.index && this.entry ? [...this.index.values(this.level, this.entry.id, this.compareDate).values()] : [];
    const ids = new Set([...this.values.values(), ...other].flatMap((r) => r.source_id.split(/[;|]/)));
    return this.core.manifest.inputs.filter((i) => ids.has(i.id));
  });
  /** the state a shared link restores (a getter: reactive wherever it is read) */
  get urlState(): UrlState {
    return {
      indicator: this.entry?.id ?? this.indicator,
      date: this.currentDate,
      level: this.level,
      classification: this.classification,
      selected: this.selected,
      layers: this.layers,
      view: this.view,
      tab: this.tab,
      lang: this.loc,
      time: this.time,
      ...(this.embed ? { embed: true as const } : {}),
    };
  }

  constructor(query: string) {
    const initial = decodeAppUrl(query);
    const u = initial.url;
    this.indicator = u.indicator;
    this.date = u.date;
    this.level = u.level;
    this.classification = u.classification;
    this.selected = u.selected;
    this.layers = u.layers;
    this.view = u.view;
    this.tab = u.tab;
    if (u.time) this.time = u.time;
    this.summaryOpen = new URLSearchParams(query).get('sum') === '1';
    // phones open on "find help" unless the link names a tab (issue 9: the public's default panel)
    if (!/[?&]t=/.test(query) && typeof matchMedia === 'function' && matchMedia(PHONE_QUERY).matches) this.tab = 'help';
    this.embed = u.embed === true;
    this.analysis = new AnalysisController(initial.analysis, () => this.core, () => this.level, new URLSearchParams(query).get(THRESHOLD_SCENARIO_PARAM) ?? '');

    loadCoreOutputs()
      .then((c) => (this.core = c))
      .catch((e: Error) => (this.loadError = e.message));

    // the shared link: every change of state replaces the URL (no history spam)
    $effect(() => {
      const defaults = { indicator: this.defaults?.indicator ?? this.catalogue[0]?.id ?? null, date: this.entry ? this.#resolve(null) : null };
      let query = encodeAppUrl(this.urlState, this.analysis.state, defaults);
      // edited thresholds: a shareable scenario, only where they matter (the analysis views)
      if (this.summaryOpen) query += `${query ? '&' : ''}sum=1`;
      if ((this.analysis.active || this.summaryOpen) && this.analysis.scenario) query += `${query ? '&' : ''}${THRESHOLD_SCENARIO_PARAM}=${encodeURIComponent(this.analysis.scenario)}`;
      history.replaceState(null, '', query ? `?${query}` : location.pathname);
    });

    // a link naming a group this data does not have shows the default group
    $effect(() => {
      if (this.core && !this.groupIds.includes(this.analysis.state.group)) untrack(() => this.analysis.update({ group: 'foreigners', date: null }));
    });

    $effect(() => {
      if (this.servicesData || !(this.layers.includes('services') || (this.selected && this.mapPainted))) return;
      loadServices()
        .then((s) => (this.servicesData = s))
        .catch(() => {});
    });

    // a shared link with a selection also restores the "nearest from this district" list
    let restoredSelection = false;
    $effect(() => {
      if (restoredSelection || !this.features) return;
      restoredSelection = true;
      if (this.selected) this.selectUnit(this.selected);
    });
  }

  /** The indicator's date at this level: the asked one or the nearest with data; null = the latest. */
  #resolve(asked: string | null): string | null {
    const entry = this.entry;
    const index = this.index;
    if (!entry || !index) return null;
    if (!asked && this.defaults?.indicator === entry.id) return this.defaults.date;
    return resolveDate(entry.levelDates, asked, (d) => index.values(this.level, entry.id, d).size);
  }

  // the point layer's and the districts' click handlers both see a click on a point, in either order: a click that picked a point keeps its popup
  #lastPickAt = 0;
  pickPoint(point: MapPoint, x: number, y: number) {
    this.#lastPickAt = performance.now();
    this.popup = { point, x, y };
  }

  /**
   * Marks points on the map (the nearest list's hits). Same points → no write: the list's effect and
   * the map's re-render must not feed each other in a loop.
   */
  setHighlighted(points: MapPoint[]) {
    const current = untrack(() => this.highlighted);
    if (current.length === points.length && current.every((p, i) => p.id === points[i].id && p.category === points[i].category)) return;
    this.highlighted = points;
  }

  selectUnit(code: string | null, origin?: { lon: number; lat: number }) {
    this.selected = code;
    // a new origin drops the searched address's marker (choosePlace sets it again after this call)
    this.places.place = null;
    if (performance.now() - this.#lastPickAt > 300) this.popup = null;
    if (!code) {
      this.nearestOrigin = origin ? { ...origin, name: null } : null;
      return;
    }
    const f = this.features?.[this.level].features.find((x) => x.properties.code === code);
    if (origin) this.nearestOrigin = { ...origin, name: null };
    else if (f) {
      const centre = unitCentre(f);
      this.nearestOrigin = centre ? { lon: centre[0], lat: centre[1], name: f.properties.name } : null;
    }
  }

  /** Code of the unit at the current level that contains a district (MČ). */
  unitOfDistrict(district: string): string | null {
    const d = this.features?.districts.features.find((f) => f.properties.code === district)?.properties;
    if (!d) return null;
    return this.level === 'districts' ? d.code : this.level === 'spravni_obvody' ? (d.so ?? null) : (d.mo ?? null);
  }

  /** An address or point chosen in the search or "find help": marker, its district selected, nearest lists from it. */
  choosePlace(place: ChosenPlace) {
    const unit = place.district ? this.unitOfDistrict(place.district) : null;
    this.selectUnit(unit, { lon: place.lon, lat: place.lat });
    this.nearestOrigin = { lon: place.lon, lat: place.lat, name: place.label };
    this.places.place = place;
    this.places.ensureNearbyData();
    // the services the list measures to are shown on the map too
    if (!this.layers.includes('services')) this.toggleLayer('services', true);
    this.map?.flyTo({ center: [place.lon, place.lat], zoom: Math.max(this.map.getZoom(), 14), duration: transitionDuration(600) });
  }

  /** Brings a unit chosen in a list into view when it is off the map. */
  revealUnit(code: string) {
    const f = this.features?.[this.level].features.find((x) => x.properties.code === code);
    const map = this.map;
    if (!map || !f) return;
    const [w, s, e, n] = bboxOf({ type: 'FeatureCollection', features: [f] });
    const visible = map.getBounds();
    if (visible.contains([w, s]) && visible.contains([e, n])) return;
    map.fitBounds([w, s, e, n], { padding: 60, maxZoom: Math.max(map.getZoom(), 12), duration: transitionDuration(400) });
  }

  setLevel(l: Level) {
    this.level = l;
    this.selected = null;
    this.hovered = null;
  }

  toggleLayer(id: PointLayerId, on: boolean) {
    this.layers = on ? [...this.layers, id] : this.layers.filter((x) => x !== id);
  }

  toggleCategory(cat: string, visible: boolean) {
    this.hiddenCategories = visible ? this.hiddenCategories.filter((c) => c !== cat) : [...this.hiddenCategories, cat];
  }

  /** Puts the map picture into the briefing, waits until it is decoded, then opens the print dialog. */
  async printBriefing(image: string | null) {
    this.briefingImage = image;
    await tick();
    await (document.querySelector('[data-testid="briefing-map"]') as HTMLImageElement | null)?.decode().catch(() => {});
    window.print();
  }

  /** Read-only hooks for tests and benchmarks (window.__app). */
  exposeTestHooks() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const app = this;
    Object.defineProperty(window, '__app', {
      configurable: true,
      value: Object.freeze({
        get level() {
          return app.level;
        },
        get selected() {
          return app.selected;
        },
        get indicator() {
          return app.entry?.id ?? null;
        },
        get pointsRendered() {
          return app.pointsRendered;
        },
        get view() {
          if (!app.map) return null;
          const c = app.map.getCenter();
          return { lon: c.lng, lat: c.lat, zoom: app.map.getZoom() };
        },
        project(lon: number, lat: number) {
          if (!app.map) return null;
          const p = app.map.project([lon, lat]);
          const r = app.map.getContainer().getBoundingClientRect();
          return { x: r.left + p.x, y: r.top + p.y };
        },
      }),
    });
  }
}

const KEY = Symbol('app-state');

export function setAppState(state: AppState): AppState {
  return setContext(KEY, state);
}

export function getAppState(): AppState {
  return getContext<AppState>(KEY);
}
