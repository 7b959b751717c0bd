import { z } from 'astro/zod';

/** A list of short labels (regions, topics). Defaults to none. */
export const tagList = z.array(z.string().min(1, 'expected a non-empty label')).default([]);
