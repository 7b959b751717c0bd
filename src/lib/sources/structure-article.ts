import { classifyTextUnits } from './classify-units.ts';
import { groupUnits } from './group-units.ts';
import { classifyWebUnits } from './html/classify-web-units.ts';
import { assignLanguages, sourceLanguage } from './language/assign-languages.ts';
import { classifyPdfUnits } from './pdf/classify-pdf-units.ts';
import type { Derived, ReceivedDocument, ReceivedUnit } from './received.ts';
import { splitUnits } from './split-units.ts';
import type { SourceBlock } from './types.ts';

/** A received article, structured: the blocks that will be written, why each is what it is, and its language. */
export interface StructuredArticle {
  blocks: SourceBlock[];
  /** For each block, the reason of each of its units (for `--explain`). */
  reasons: string[][];
  /** The source's language, and how it was found. */
  language: Derived<string>;
}

/** What classification needs to know of the article: to recognise its headline, publisher line and byline where the text repeats them. */
export interface ArticleFacts {
  title: string;
  publisher: string;
  authors: readonly string[];
  /** The language the manifest gives, if any: it overrides what the file declares or the text suggests. */
  language?: string | undefined;
}

/**
 * A received document → the structured article, before anything writes Markdown: each unit
 * classified by its format's rules (plain text: classifyTextUnits; web page: classifyWebUnits;
 * PDF: layout, then classifyPdfUnits), grouped into blocks, and each block given its language
 * where it differs from the source's. Every unit's text comes through unchanged, in order.
 */
export function structureArticle(document: ReceivedDocument, facts: ArticleFacts): StructuredArticle {
  let units: ReceivedUnit[];
  if (document.format === 'text') units = classifyTextUnits(splitUnits(document.text), facts);
  else if (document.format === 'html') units = classifyWebUnits(document.units, facts);
  else units = classifyPdfUnits(document.units, facts);
  const { blocks, reasons } = groupUnits(units);
  const language = sourceLanguage(blocks, facts.language, document.facts.language);
  return { blocks: assignLanguages(blocks, language.value), reasons, language };
}
