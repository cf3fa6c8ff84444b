import type { GroupAnalysis } from './risk-view.ts';
import { criterionText } from './criterion-text.ts';

/** One flag of the risk view, translated, for the printed briefing. */
export interface BriefingFlag {
  /** what was graded: the group and date ("Ukrainians with temporary protection · 21 Jul 2026") */
  label: string;
  grade: string;
  /** the criteria that fired, as sentences; when none did, one sentence saying so */
  reasons: string[];
}

type Translate = (key: string, values?: Record<string, string>) => string;

/**
 * The risk flag of one unit with the reasons behind it, in the reader's language. A unit the risk
 * view has no result for (no group data) is printed as "no data", so paper never drops it silently.
 */
export function briefingFlags(analysis: GroupAnalysis, code: string, label: string, locale: string, t: Translate): BriefingFlag[] {
  const unit = analysis.units.get(code);
  if (!unit) return [{ label, grade: t('legend.no_data'), reasons: [] }];
  const reasons = unit.flag.criteria
    .map((c) => criterionText(c, locale, (key) => t(key)))
    .filter((text) => text.status === 'applies')
    .map((text) => t(text.key, text.values));
  return [{ label, grade: t(unit.flag.gradeKey), reasons: reasons.length ? reasons : [t('briefing.no_reasons')] }];
}
