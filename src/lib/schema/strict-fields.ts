import { z } from 'astro/zod';
import { closestFirst } from '../text/closest.ts';
import { explain } from './error-messages.ts';

/**
 * `z.strictObject(shape)` for frontmatter, reporting each unknown field at its own path with the
 * closest known one: `summary: unknown field; did you mean "authors"? Fields allowed here: …`.
 * Zod's strict mode reports every unknown key in one issue at the object's path, which Astro
 * prints with no field name and no line; here each undeclared key is checked by a schema that
 * accepts no value, so the issue is the key's (Astro points at its line). JSON Schema:
 * `additionalProperties: { not: {} }`, which is `false`, so editors flag unknown fields too.
 *
 * Typed as the strict object it is equivalent to: the catch-all's output type (an index
 * signature of `undefined`) would otherwise be intersected with every declared field.
 */
export function strictFields<Shape extends z.ZodRawShape>(shape: Shape) {
  const fields = Object.keys(shape);
  const unknownField = z
    .never({
      error: (issue) => {
        const key = String(issue.path?.at(-1) ?? '');
        const suggestion = closestFirst(key, fields)[0];
        return `unknown field${suggestion ? `; did you mean "${suggestion}"?` : ''} Fields allowed here: ${fields.join(', ')}`;
      },
    })
    .optional();
  return z.object(shape, explain()).catchall(unknownField) as unknown as z.ZodObject<Shape, z.core.$strict>;
}
