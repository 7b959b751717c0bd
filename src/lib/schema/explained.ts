import { z } from 'astro/zod';
import { closestFirst } from '../text/closest.ts';
import { describeValue } from './error-messages.ts';
import { valueAt } from './value-at.ts';

/**
 * Wraps a schema so every error names the value the author wrote, not only what was
 * expected. Astro rewrites Zod's type errors into "Expected type X, received string";
 * re-issuing them as custom issues keeps our wording ("expected a boolean, got the text
 * \"no\""). The parsed output and its type are exactly the wrapped schema's.
 */
export function explained<T extends z.ZodType>(schema: T) {
  return z.unknown().transform((input, ctx): z.output<T> => {
    const result = schema.safeParse(input);
    if (result.success) return result.data;
    const fields = 'shape' in schema && schema.shape && typeof schema.shape === 'object' ? Object.keys(schema.shape) : [];
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const suggestion = closestFirst(key, fields)[0];
          ctx.addIssue({
            code: 'custom',
            path: [...issue.path, key],
            message: `unknown field${suggestion ? `; did you mean "${suggestion}"?` : ''} Fields allowed here: ${fields.join(', ')}`,
          });
        }
        continue;
      }
      const value = valueAt(input, issue.path);
      const message = issue.message.includes(' got ') || issue.message.includes('"') ? issue.message : `${issue.message} (got ${describeValue(value)})`;
      ctx.addIssue({ code: 'custom', path: issue.path, message, input: value });
    }
    return z.NEVER;
  });
}
