import type { Level, SegregationRow } from '../contract.ts';
import { splitCsvLine } from './parse-indicators.ts';

/**
 * segregation.csv (`level,ref_date,group,index,value`) → rows; columns found by header name, rows
 * with an empty or non-numeric value are left out (missing stays missing).
 */
export function parseSegregationCsv(text: string): SegregationRow[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) return [];
  const header = splitCsvLine(lines[0]);
  const at = (name: string) => header.indexOf(name);
  const [level, date, group, index, value] = ['level', 'ref_date', 'group', 'index', 'value'].map(at);
  if ([level, date, group, index, value].some((i) => i < 0)) throw new Error('segregation.csv: header must name level, ref_date, group, index, value');
  const rows: SegregationRow[] = [];
  for (const line of lines.slice(1)) {
    const cells = splitCsvLine(line);
    const v = cells[value] === '' ? Number.NaN : Number(cells[value]);
    if (!Number.isFinite(v)) continue;
    rows.push({ level: cells[level] as Level, ref_date: cells[date], group: cells[group], index: cells[index], value: v });
  }
  return rows;
}
