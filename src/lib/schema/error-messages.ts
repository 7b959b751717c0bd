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

/**
 * Zod's default messages say what was expected but not what the author wrote. This adds
 * the value, so a schema error names the file (Astro), the field (path), the value and
 * the expectation. Messages set on a schema (with hints) are left alone.
 */
export function installSchemaErrorMessages(): void {
  z.config({
    customError: (issue) => {
      if (issue.code === 'invalid_type') {
        const names: Record<string, string> = { date: 'a date (YYYY-MM-DD)', array: 'a list', object: 'a set of fields', string: 'text', number: 'a number', boolean: 'true or false' };
        const expected = names[issue.expected] ?? `a ${issue.expected}`;
        return `expected ${expected}, got ${describeValue(issue.input)}`;
      }
      if (issue.code === 'invalid_value' && 'values' in issue) {
        return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, got ${describeValue(issue.input)}`;
      }
      return undefined;
    },
  });
}
