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
  // The whole file is split first, so a truncated file is reported as such before any row check.
  const records = [...recordsOf([text], file)];
  const columns = headerColumns(records[0], file);
  const all = columns.map((_, i) => i);
  const rows: CsvRow[] = [];
  for (let r = 1; r < records.length; r++) {
    const row = rowOf(records[r], columns, all, file);
    if (row !== null) rows.push(row);
  }
  return { file, columns, rows };
}

/** A CSV file read row by row: only the row being read exists in memory. */
export interface CsvStream {
  file: string;
  columns: string[];
  /** can be iterated once */
  rows: Iterable<CsvRow>;
}

/**
 * parseCsv for the inputs with millions of rows (age × sex, the 2022 daily series at 10,000 units):
 * same checks, but rows are made while they are read, so a file never exists twice as objects
 * (that doubled the heap and made garbage collection two thirds of the build). Errors come in file
 * order: a bad row before a truncation is reported first.
 */
export function streamCsv(text: string | Iterable<string>, file: string, read?: readonly string[]): CsvStream {
  // A large input comes as pieces of whole lines (decodeTextPieces): it never exists as one string.
  const pieces = (typeof text === 'string' ? [text] : text)[Symbol.iterator]();
  const first = pieces.next();
  const second = first.done ? first : pieces.next();
  if (first.done || (first.value.trim() === '' && second.done)) throw new InputError(file, null, null, 'file is empty');
  const skip: boolean[] = [];
  const records = recordsOf(chain(first.value, second.done ? undefined : second.value, pieces), file, skip);
  const columns = headerColumns(records.next().value as RawRecord, file);
  // `read`: the columns the caller reads; row.values holds only these, and the other fields are
  // scanned but not copied (every row is still checked for its field count). The 2022 daily series
  // has 25 columns, of which the pipeline reads 4.
  const kept = columns.map((_, i) => i).filter((i) => read === undefined || read.includes(columns[i]));
  for (let c = 0; c < columns.length; c++) skip[c] = !kept.includes(c);
  return {
    file,
    columns,
    rows: (function* () {
      for (const record of records) {
        const row = rowOf(record, columns, kept, file);
        if (row !== null) yield row;
      }
    })(),
  };
}

function* chain(first: string, second: string | undefined, rest: Iterator<string>): Generator<string> {
  yield first;
  if (second === undefined) return;
  yield second;
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}

function headerColumns(headerRecord: RawRecord, file: string): string[] {
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
  return columns;
}

/** The row of a record (values of the kept column indices), or null for a blank line. */
function rowOf(record: RawRecord, columns: readonly string[], kept: readonly number[], file: string): CsvRow | null {
  if (record.fields.length === 1 && record.fields[0] === '') return null;
  if (record.fields.length !== columns.length) {
    throw new InputError(file, record.line, null, `has ${record.fields.length} fields, header has ${columns.length} (malformed or truncated row)`);
  }
  const values: Record<string, string> = {};
  for (const c of kept) values[columns[c]] = record.fields[c];
  return { line: record.line, values };
}

interface RawRecord {
  line: number;
  fields: string[];
}

/**
 * Splits the text, given as one or more pieces, into records of fields. Runs of ordinary characters
 * are copied with one slice each (not character by character: at a million rows that string
 * building dominated the build); the checks and their order are those of a character-by-character
 * state machine. A record may continue in the next piece; pieces must not split a `""` pair (pieces
 * of whole lines never do). Fields whose column index is marked in `skip` (filled by the caller
 * after the header) are checked but left empty.
 */
function* recordsOf(pieces: Iterable<string>, file: string, skip: readonly boolean[] = []): Generator<RawRecord> {
  let fields: string[] = [];
  let field = '';
  // The current field has characters (a skipped one is not copied, so `field` stays empty).
  let started = false;
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  // Offset of the record's start in the current piece (negative once it began in an earlier one).
  let recordStart = 0;
  const tooLong = () => new InputError(file, recordLine, null, `row is longer than ${MAX_ROW_CHARS} characters (huge row or runaway quote)`);
  for (const text of pieces) {
    let i = 0;
    while (i < text.length) {
      if (i - recordStart > MAX_ROW_CHARS) throw tooLong();
      const ch = text.charCodeAt(i);
      if (inQuotes) {
        if (ch === QUOTE) {
          if (text.charCodeAt(i + 1) === QUOTE) {
            if (skip[fields.length] !== true) field += '"';
            i += 2;
          } else {
            inQuotes = false;
            i++;
          }
          continue;
        }
        let end = i;
        while (end < text.length && text.charCodeAt(end) !== QUOTE) {
          if (text.charCodeAt(end) === NEWLINE) line++;
          end++;
        }
        if (end - 1 - recordStart > MAX_ROW_CHARS) throw tooLong();
        if (skip[fields.length] !== true) field += text.slice(i, end);
        i = end;
        continue;
      }
      if (ch === QUOTE) {
        if (started) throw new InputError(file, line, null, 'quote inside an unquoted field');
        inQuotes = true;
        started = true;
      } else if (ch === COMMA) {
        fields.push(field);
        field = '';
        started = false;
      } else if (ch === CARRIAGE_RETURN) {
        // CRLF: the \n ends the record
      } else if (ch === NEWLINE) {
        fields.push(field);
        yield { line: recordLine, fields };
        fields = [];
        field = '';
        started = false;
        line++;
        recordLine = line;
        recordStart = i + 1;
      } else {
        let end = i + 1;
        for (; end < text.length; end++) {
          const c = text.charCodeAt(end);
          if (c === QUOTE || c === COMMA || c === CARRIAGE_RETURN || c === NEWLINE) break;
        }
        if (end - 1 - recordStart > MAX_ROW_CHARS) throw tooLong();
        if (skip[fields.length] !== true) field += text.slice(i, end);
        started = true;
        i = end;
        continue;
      }
      i++;
    }
    recordStart -= text.length;
  }
  if (inQuotes) throw new InputError(file, recordLine, null, 'unterminated quoted field (file truncated?)');
  if (started || fields.length > 0) {
    fields.push(field);
    yield { line: recordLine, fields };
  }
}

const QUOTE = 34;
const COMMA = 44;
const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
