/**
 * An error in one input file, naming where it is: file (relative to the data dir), row (1-based
 * line of the file, header = 1; feature index for GeoJSON) and field. The CLI prints `message`.
 */
export class InputError extends Error {
  readonly file: string;
  readonly row: number | null;
  readonly field: string | null;
  readonly reason: string;

  constructor(file: string, row: number | null, field: string | null, reason: string) {
    super(`${file}: row ${row ?? '-'}, field ${field ?? '-'}: ${reason}`);
    this.name = 'InputError';
    this.file = file;
    this.row = row;
    this.field = field;
    this.reason = reason;
  }
}
