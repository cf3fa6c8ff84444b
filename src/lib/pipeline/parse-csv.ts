import { InputError } from './input-error.ts';

export interface CsvRow {
  /** 1-based line number of the row's first line in the file (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  file: string;
  columns: string[];
  rows: CsvRow[];
}

/** Rows longer than this are refused: no real input comes near it, a runaway quote does. */
export const MAX_ROW_CHARS = 20_000;

/**
 * Parses RFC 4180 CSV with a header row and `,` as separator (text already decoded, BOM stripped).
 * Refuses: an empty file, a `;`-separated file (European Excel export: its decimal commas would be
 * misread), an unterminated quote (usually a truncated file), rows with a different number of fields
 * than the header, and rows over MAX_ROW_CHARS.
 */
export function parseCsv(text: string, file: string): CsvTable {
  if (text.trim() === '') throw new InputError(file, null, null, 'file is empty');
  const records = splitRecords(text, file);
  const [headerRecord, ...dataRecords] = records;
  const columns = headerRecord.fields.map((c) => c.trim());
  if (columns.length === 1 && columns[0].includes(';')) {
    throw new InputError(file, 1, null, 'uses ";" as separator; expected "," (save as CSV UTF-8, comma-delimited)');
  }
  const seen = new Set<string>();
  for (const c of columns) {
    if (c === '') throw new InputError(file, 1, null, 'empty column name in header');
    if (seen.has(c)) throw new InputError(file, 1, c, 'duplicate column name in header');
    seen.add(c);
  }
  const rows: CsvRow[] = [];
  for (const record of dataRecords) {
    if (record.fields.length === 1 && record.fields[0] === '') continue; // blank line
    if (record.fields.length !== columns.length) {
      throw new InputError(file, record.line, null, `has ${record.fields.length} fields, header has ${columns.length} (malformed or truncated row)`);
    }
    const values: Record<string, string> = {};
    columns.forEach((c, i) => (values[c] = record.fields[i]));
    rows.push({ line: record.line, values });
  }
  return { file, columns, rows };
}

interface RawRecord {
  line: number;
  fields: string[];
}

function splitRecords(text: string, file: string): RawRecord[] {
  const records: RawRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let recordStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (i - recordStart > MAX_ROW_CHARS) {
      throw new InputError(file, recordLine, null, `row is longer than ${MAX_ROW_CHARS} characters (huge row or runaway quote)`);
    }
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (field !== '') throw new InputError(file, line, null, 'quote inside an unquoted field');
      inQuotes = true;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\r') {
      // CRLF: the \n ends the record
    } else if (ch === '\n') {
      fields.push(field);
      records.push({ line: recordLine, fields });
      fields = [];
      field = '';
      line++;
      recordLine = line;
      recordStart = i + 1;
    } else field += ch;
  }
  if (inQuotes) throw new InputError(file, recordLine, null, 'unterminated quoted field (file truncated?)');
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ line: recordLine, fields });
  }
  return records;
}
