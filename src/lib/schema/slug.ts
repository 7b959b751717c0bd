import { z } from 'astro/zod';
import { explain } from './error-messages.ts';

/** Lower-case words joined by hyphens: what a file name under `content/` may be, and how it is cited. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

export const slug = z.string(explain()).regex(SLUG_PATTERN, explain('expected a slug: lower-case letters, digits and single hyphens (for example "nyt-costa-clarke-2024")'));
