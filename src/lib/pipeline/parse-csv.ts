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
  const { columns, records } = csvRecords(text, file, { whole: true });
  const all = columns.map((_, i) => i);
  const rows: CsvRow[] = [];
  for (const record of records) {
    const row = rowOf(record, columns, all, file);
    if (row !== null) rows.push(row);
  }
  return { file, columns, rows };
}

/** One record of a CSV file: its first line (header = 1) and its fields. */
export interface CsvRecord {
  line: number;
  fields: readonly string[];
}

/**
 * The header and the records of a CSV text, for readers that take fields by column index (the
 * table reader). `whole`: the file is split completely before the first record is returned, so a
 * truncated file is reported as such before any row check; otherwise records are split while they
 * are read, and the record and its `fields` are reused for the next one (copy what you keep).
 * `read`: the columns whose fields are copied; the others are checked but left empty.
 * Blank lines come as a record of one empty field (`isBlank`).
 */
export function csvRecords(text: string | Iterable<string>, file: string, opts: { whole?: boolean; read?: readonly string[] } = {}): { columns: string[]; records: Iterable<CsvRecord> } {
  if (opts.whole) {
    const whole = typeof text === 'string' ? text : [...text].join('');
    if (whole.trim() === '') throw new InputError(file, null, null, 'file is empty');
    const skip: boolean[] = [];
    const records: CsvRecord[] = [];
    for (const r of recordsOf([whole], file, skip)) records.push({ line: r.line, fields: r.fields.slice() });
    const columns = headerColumns(records[0], file);
    return { columns, records: records.slice(1) };
  }
  // A large input comes as pieces of whole lines (decodeTextPieces): it never exists as one string.
  const pieces = (typeof text === 'string' ? [text] : text)[Symbol.iterator]();
  const first = pieces.next();
  const second = first.done ? first : pieces.next();
  if (first.done || (first.value.trim() === '' && second.done)) throw new InputError(file, null, null, 'file is empty');
  const skip: boolean[] = [];
  const records = recordsOf(chain(first.value, second.done ? undefined : second.value, pieces), file, skip);
  const columns = headerColumns(records.next().value as RawRecord, file);
  const read = opts.read;
  for (let c = 0; c < columns.length; c++) skip[c] = read !== undefined && !read.includes(columns[c]);
  return { columns, records: { [Symbol.iterator]: () => records } };
}

/** A blank line (skipped by every reader). */
export function isBlank(record: CsvRecord): boolean {
  return record.fields.length === 1 && record.fields[0] === '';
}

/** Refuses a record whose field count differs from the header's. */
export function checkFieldCount(record: CsvRecord, columns: readonly string[], file: string): void {
  if (record.fields.length !== columns.length) {
    throw new InputError(file, record.line, null, `has ${record.fields.length} fields, header has ${columns.length} (malformed or truncated row)`);
  }
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
  const { columns, records } = csvRecords(text, file, { read });
  // `read`: the columns the caller reads; row.values holds only these, and the other fields are
  // scanned but not copied (every row is still checked for its field count). The 2022 daily series
  // has 25 columns, of which the pipeline reads 4.
  const kept = columns.map((_, i) => i).filter((i) => read === undefined || read.includes(columns[i]));
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

function headerColumns(headerRecord: CsvRecord, file: string): string[] {
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
function rowOf(record: CsvRecord, columns: readonly string[], kept: readonly number[], file: string): CsvRow | null {
  if (isBlank(record)) return null;
  checkFieldCount(record, columns, file);
  const values: Record<string, string> = {};
  for (const c of kept) values[columns[c]] = record.fields[c];
  return { line: record.line, values };
}

interface RawRecord extends CsvRecord {
  fields: string[];
}

/**
 * Splits the text, given as one or more pieces, into records of fields. Runs of ordinary characters
 * are copied with one slice each (not character by character: at a million rows that string
 * building dominated the build); the checks and their order are those of a character-by-character
 * state machine. A record may continue in the next piece; pieces must not split a `""` pair (pieces
 * of whole lines never do). Fields whose column index is marked in `skip` (filled by the caller
 * after the header) are checked but left empty.
 *
 * One record object (and its fields array) is yielded again for every record: the caller copies
 * what it keeps.
 */
function* recordsOf(pieces: Iterable<string>, file: string, skip: readonly boolean[] = []): Generator<RawRecord> {
  const fields: string[] = [];
  const record: RawRecord = { line: 1, fields };
  let field = '';
  // The current field has characters (a skipped one is not copied, so `field` stays empty).
  let started = false;
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  // Offset of the record's start in the current piece (negative once it began in an earlier one).
  let recordStart = 0;
  const tooLong = () => new InputError(file, recordLine, null, `row is longer than ${MAX_ROW_CHARS} characters (huge row or runaway quote)`);
  const simple = new SimpleLines();
  for (const text of pieces) {
    simple.start(text);
    let i = 0;
    while (i < text.length) {
      // A record that is one simple line is split by searching for its separators; anything
      // else goes through the state machine below, character by character.
      if (fields.length === 0 && !started && !inQuotes) {
        const next = simple.split(i, fields, skip);
        if (next >= 0) {
          record.line = line;
          yield record;
          fields.length = 0;
          line++;
          recordLine = line;
          recordStart = i = next;
          continue;
        }
      }
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
        record.line = recordLine;
        yield record;
        fields.length = 0;
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
    record.line = recordLine;
    yield record;
  }
}

/**
 * Splits the lines that need none of the state machine's care: a line ending in `\n` (a `\r`
 * just before it allowed) within MAX_ROW_CHARS, whose quoted fields have no doubled quote, no line
 * break and nothing between the closing quote and the next comma, and whose unquoted fields have no
 * quote and no `\r`. That is nearly every line of every input. Separators are found with `indexOf`,
 * several times faster than a loop over characters; the next quote and the next `\r` of the piece
 * are remembered, so a piece is searched for each about once.
 */
class SimpleLines {
  private text = '';
  private nextQuote = -1;
  private nextReturn = -1;

  /** A new piece of text. */
  start(text: string): void {
    this.text = text;
    this.nextQuote = -1;
    this.nextReturn = -1;
  }

  /**
   * Splits the line starting at `start` into `fields` (empty on entry; fields marked in `skip` are
   * left empty). Returns the offset after the line, or -1 with `fields` emptied when the line is
   * not simple.
   */
  split(start: number, fields: string[], skip: readonly boolean[]): number {
    const text = this.text;
    const newline = text.indexOf('\n', start);
    if (newline < 0 || newline - start > MAX_ROW_CHARS) return -1;
    if (this.nextReturn < start) this.nextReturn = positionOf(text.indexOf('\r', start), text);
    const end = this.nextReturn === newline - 1 ? newline - 1 : newline;
    if (this.nextReturn < end) return -1;
    if (this.nextQuote < start) this.nextQuote = positionOf(text.indexOf('"', start), text);
    let p = start;
    for (;;) {
      let from = p;
      let to: number;
      let fieldEnd: number;
      if (p === this.nextQuote && p < end) {
        const close = text.indexOf('"', p + 1);
        if (close < 0 || close >= end || text.charCodeAt(close + 1) === QUOTE) return abandon(fields);
        fieldEnd = close + 1;
        if (fieldEnd < end && text.charCodeAt(fieldEnd) !== COMMA) return abandon(fields);
        this.nextQuote = positionOf(text.indexOf('"', fieldEnd), text);
        from = p + 1;
        to = close;
      } else {
        const comma = text.indexOf(',', p);
        fieldEnd = comma < 0 || comma > end ? end : comma;
        if (this.nextQuote < fieldEnd) return abandon(fields);
        to = fieldEnd;
      }
      fields.push(skip[fields.length] === true ? '' : text.slice(from, to));
      if (fieldEnd >= end) return newline + 1;
      p = fieldEnd + 1;
    }
  }
}

function abandon(fields: string[]): number {
  fields.length = 0;
  return -1;
}

/** indexOf's result, with "not found" as the text's length (after every position). */
function positionOf(index: number, text: string): number {
  return index < 0 ? text.length : index;
}

const QUOTE = 34;
const COMMA = 44;
const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
