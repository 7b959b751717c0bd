import { z } from 'astro/zod';

/** A short, readable rendering of a value an author wrote, for error messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return 'an object';
}

/** What each Zod type is called in messages. */
const TYPE_NAMES: Record<string, string> = { date: 'a date (YYYY-MM-DD)', array: 'a list', object: 'a set of fields', string: 'text', number: 'a number', boolean: 'true or false' };

/** "expected text, got number 5" for a wrong type or value, naming what the author wrote; undefined for any other issue. */
function typeMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type') return `expected ${TYPE_NAMES[issue.expected] ?? `a ${issue.expected}`}, got ${describeValue(issue.input)}`;
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, got ${describeValue(issue.input)}`;
  }
  return undefined;
}

/**
 * The `error` parameter of a frontmatter schema or check: `z.string(explain())`,
 * `.min(1, explain('expected a title'))`. The message names the value the author wrote, so a
 * schema error names the file (Astro), the field (path), the value and the expectation:
 * a wrong type reads "expected text, got number 5"; any other message, the expectation given
 * here (or Zod's own) followed by "(got the text "")" unless it already quotes or names the value.
 *
 * A parameter on the schema, not a global `z.config` map: Astro parses every entry with its own
 * error map, which outranks a global one but not a schema's or a check's own (a check without
 * one falls back to its schema's). Errors stay in the schemas, so Astro's JSON schemas for
 * editors (`.astro/collections/*.schema.json`) describe every field.
 */
export function explain(expectation?: string): { error: (issue: z.core.$ZodRawIssue) => string } {
  return {
    error: (issue) => {
      const message = expectation ?? typeMessage(issue) ?? z.config().localeError?.(issue);
      const text = typeof message === 'string' ? message : (message?.message ?? 'invalid value');
      return text.includes(' got ') || text.includes('"') ? text : `${text} (got ${describeValue(issue.input)})`;
    },
  };
}

/**
 * The same messages for files we parse ourselves, outside Astro's content layer (chart data in
 * its loader, ingest manifests), where no error map is passed and a global one applies.
 * Messages set on a schema (with hints) are left alone.
 */
export function installSchemaErrorMessages(): void {
  z.config({ customError: typeMessage });
}
