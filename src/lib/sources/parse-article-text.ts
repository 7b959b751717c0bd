import { classifyUnits, type ArticleFacts } from './classify-units.ts';
import { splitUnits } from './split-units.ts';
import type { ParsedArticle } from './types.ts';

/** Received plain text (already decoded) → structured article. Pure: nothing is read or written. */
export function parseArticleText(text: string, facts: ArticleFacts): ParsedArticle {
  return { blocks: classifyUnits(splitUnits(text), facts) };
}
