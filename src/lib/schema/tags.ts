import { z } from 'astro/zod';
import { explain } from './error-messages.ts';

/** A list of short labels (regions, topics). Defaults to none. */
export const tagList = z.array(z.string(explain()).min(1, explain('expected a non-empty label')), explain()).default([]);
