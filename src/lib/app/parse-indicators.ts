import type { IndicatorRow, RowLevel, Unit } from '../contract.ts';

/** Splits one CSV line, honouring double-quoted fields with doubled quotes inside. */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

/** Parses a header-first CSV (no multi-line fields) into records keyed by column name. */
export function parseCsv(text: string): Record<string, string>[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.length > 0);
  if (lines.length === 0) return [];
  const header = splitCsvLine(lines[0]);
  return lines.slice(1).map((line) => {
    const cells = splitCsvLine(line);
    const record: Record<string, string> = {};
    header.forEach((name, i) => (record[name] = cells[i] ?? ''));
    return record;
  });
}

/**
 * indicators.csv → typed rows. Rows with an empty or non-numeric value are dropped:
 * the contract says missing values have no row, so a blank must never become 0.
 */
export function parseIndicatorsCsv(text: string): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (const r of parseCsv(text)) {
    if (r.value === undefined || r.value.trim() === '') continue;
    const value = Number(r.value);
    if (!Number.isFinite(value)) continue;
    rows.push({
      level: r.level as RowLevel,
      code: r.code,
      indicator: r.indicator,
      ref_date: r.ref_date,
      value,
      unit: r.unit as Unit,
      source_id: r.source_id,
    });
  }
  return rows;
}
