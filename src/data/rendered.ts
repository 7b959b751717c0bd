import { render, type CollectionEntry } from 'astro:content';
import { emptyCitations, type BriefingCitations } from '../lib/citations/citation-record.ts';
import { countProblems, ProblemError, type Problem } from '../lib/problems.ts';

/** An entry whose Markdown body our plugins render: a briefing, a glossary definition, a people-index description. */
type RenderedEntry = CollectionEntry<'briefings'> | CollectionEntry<'glossary'> | CollectionEntry<'people'>;

/** What the plugins recorded while rendering an entry, read back with its shape checked. */
export interface RenderedFacts {
  /** Its citations (remark-citations): Sources list, preview cards, backlinks. */
  citations: BriefingCitations;
  /** Glossary terms it links to (remark-glossary-links). */
  glossaryTerms: string[];
  /** Its prose words, counted from the syntax tree as written (remark-word-count): the reading time. */
  words: number;
}

function isCitations(value: unknown): value is BriefingCitations {
  const record = value as Partial<BriefingCitations> | undefined;
  return typeof record === 'object' && record !== null && Array.isArray(record.sources) && Array.isArray(record.links) && Array.isArray(record.cards);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * An entry rendered, with the facts the plugins exported on `remarkPluginFrontmatter`. The one
 * place that reads them: a missing or malformed record is a plugin bug and fails here, naming
 * the entry, instead of publishing a page without its sources.
 */
export async function renderEntry(entry: RenderedEntry) {
  const { Content, headings, remarkPluginFrontmatter } = await render(entry);
  const { citations = emptyCitations(), glossaryTerms = [], words, renderProblems } = remarkPluginFrontmatter as { citations?: unknown; glossaryTerms?: unknown; words?: unknown; renderProblems?: Problem[] };
  // An entry that failed to render (src/loaders/markdown-entries.ts): a build never gets here;
  // `npm run dev` shows the problems on the page instead of the page without the entry.
  if (renderProblems && renderProblems.length > 0) throw new ProblemError(renderProblems, `${countProblems(renderProblems.length, '')} in ${entry.filePath ?? entry.id}:`);
  if (!isCitations(citations) || !isStringList(glossaryTerms) || typeof words !== 'number') {
    throw new Error(`${entry.filePath ?? entry.id}: the Markdown plugins' record of its citations, glossary terms or word count is malformed; this is a bug in src/plugins/.`);
  }
  const facts: RenderedFacts = { citations, glossaryTerms, words };
  return { Content, headings, ...facts };
}
