import { InputError } from './input-error.ts';

/**
 * Names end up in tooltips and popups. Markup in a source name is never legitimate (official names,
 * OSM names), so it is refused at build time instead of being escaped later by every consumer.
 */
export function assertPlainText(value: string, file: string, row: number | null, field: string): string {
  if (/[<>]/.test(value) || /javascript:/i.test(value)) {
    throw new InputError(file, row, field, `contains markup ("<", ">" or "javascript:"); names must be plain text`);
  }
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(value)) {
    throw new InputError(file, row, field, 'contains control characters');
  }
  return value;
}
