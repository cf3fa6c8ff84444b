import { z } from 'zod';
import { InputError } from './input-error.ts';
import { tableDescriptorSchema } from './read-indicator-table.ts';

export const sourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  path: z.string().min(1),
  format: z.enum(['csv', 'geojson']),
  key: z.string(),
  fields: z.array(z.string()),
  required: z.boolean(),
  title: z.string().min(1),
  publisher: z.string().min(1),
  licence: z.string().min(1),
  attribution: z.string().min(1),
  as_of: z.string().min(4),
  url: z.string().url().optional(),
  caveats: z.array(z.string()),
  /** RÚIAN's CSV comes in windows-1250; every other input must be UTF-8 */
  encoding: z.enum(['utf-8', 'windows-1250']).optional(),
  /** statistical input: how its columns become indicators (read by the generic reader) */
  table: tableDescriptorSchema.optional(),
});
export type SourceDescription = z.infer<typeof sourceSchema>;

/** Parses geodata/sources.json (the committed description of every input). */
export function readSources(text: string, file: string): SourceDescription[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError(file, null, null, `is not valid JSON (${(e as Error).message})`);
  }
  const parsed = z.object({ sources: z.array(sourceSchema) }).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const row = typeof issue.path[1] === 'number' ? issue.path[1] + 1 : null;
    throw new InputError(file, row, issue.path.slice(2).join('.') || null, issue.message);
  }
  const ids = new Set<string>();
  parsed.data.sources.forEach((s, i) => {
    if (ids.has(s.id)) throw new InputError(file, i + 1, 'id', `duplicate source id ${s.id}`);
    ids.add(s.id);
  });
  return parsed.data.sources;
}

/** The message shown when no data directory is found: every required file and where it comes from. */
export function describeExpectedFiles(sources: readonly SourceDescription[]): string {
  return sources
    .filter((s) => s.required)
    .map((s) => `  ${s.path}  (${s.title}; ${s.publisher}${s.url ? `, ${s.url}` : ''})`)
    .join('\n');
}
