// The map over time: one scale across dates (pooled), a second date to compare with, and change
// maps between the two. Pure; AppState derives the map's colours from it, url-state.ts stores it.
import type { IndicatorIndex } from './indicator-index.ts';
import type { RowLevel } from '../contract.ts';
import { classOf } from './classify.ts';
import { CHANGE_KINDS, changeBreaks, changeColours, changeValues, type ChangeKind } from './change-values.ts';
import { SCALE_MODES, type ScaleMode, type ValuesByDate } from './pooled-breaks.ts';
import type { ChoroplethColours } from './choropleth-colours.ts';

/** What the map shows over time; everything null/false/pooled = one date on the pooled scale. */
export interface TimeViewState {
  scale: ScaleMode;
  /** a change map from `from` to the shown date, or null for the values */
  change: ChangeKind | null;
  /** the earlier date of a change map or a comparison; null = the indicator's earliest date */
  from: string | null;
  /** two dates side by side (a swipe over one camera) */
  compare: boolean;
}

export const DEFAULT_TIME_VIEW: TimeViewState = { scale: 'pooled', change: null, from: null, compare: false };

/** Values of one indicator on one level at each of `dates` (code → value), for pooled breaks and changes. */
export function valuesByDate(index: IndicatorIndex, level: RowLevel, indicator: string, dates: readonly string[]): Map<string, Map<string, number>> {
  return new Map(dates.map((d) => [d, new Map([...index.values(level, indicator, d)].map(([code, row]) => [code, row.value]))]));
}

/**
 * The date compared with `shown`: the asked one when the indicator has it and it differs from
 * `shown`, otherwise the earliest other date; null when the indicator has a single date.
 */
export function fromDate(dates: readonly string[], shown: string | null, asked: string | null): string | null {
  if (asked && asked !== shown && dates.includes(asked)) return asked;
  return dates.find((d) => d !== shown) ?? null;
}

/** A change map's colours: changeValues between the two dates, breaks centred on zero, PuOr. */
export function changeChoropleth(byDate: ValuesByDate, from: string, to: string, kind: ChangeKind): ChoroplethColours & { values: Map<string, number> } {
  const values = changeValues(byDate.get(from) ?? new Map(), byDate.get(to) ?? new Map(), kind);
  const breaks = changeBreaks(values.values());
  const colours = changeColours(breaks);
  const colourByCode = new Map<string, string>();
  for (const [code, v] of values) {
    const colour = colours[classOf(v, breaks)];
    if (colour) colourByCode.set(code, colour);
  }
  return { values, breaks, colours, colourByCode };
}

/** Time view → query parameters (defaults left out): sc=per_date, chg=absolute|percent, from=YYYY-MM-DD, cmp=1. */
export function encodeTimeView(state: TimeViewState, p: URLSearchParams): void {
  if (state.scale !== DEFAULT_TIME_VIEW.scale) p.set('sc', state.scale);
  if (state.change) p.set('chg', state.change);
  if (state.from && (state.change || state.compare)) p.set('from', state.from);
  if (state.compare) p.set('cmp', '1');
}

/** Query → time view; unknown values fall back to the defaults, never throw. */
export function decodeTimeView(query: string): TimeViewState {
  const p = new URLSearchParams(query.replace(/^[?#]/, ''));
  const scale = p.get('sc');
  const change = p.get('chg');
  const from = p.get('from');
  return {
    scale: (SCALE_MODES as readonly string[]).includes(scale ?? '') ? (scale as ScaleMode) : DEFAULT_TIME_VIEW.scale,
    change: (CHANGE_KINDS as readonly string[]).includes(change ?? '') ? (change as ChangeKind) : null,
    from: from && /^\d{4}-\d{2}-\d{2}$/.test(from) ? from : null,
    compare: p.get('cmp') === '1',
  };
}
