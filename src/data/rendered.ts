import { render, type CollectionEntry } from 'astro:content';
import { emptyCitations, type BriefingCitations, type RenderedTakeaway } from '../lib/citations/citation-record.ts';
import { countProblems, ProblemError, type Problem } from '../lib/problems.ts';

/** An entry whose Markdown body our plugins render: a briefing, a glossary definition, a people-index description. */
type RenderedEntry = CollectionEntry<'briefings'> | CollectionEntry<'glossary'> | CollectionEntry<'people'>;

/** What the plugins recorded while rendering an entry, read back with its shape checked. */
export interface RenderedFacts {
  /** Its citations (src/plugins/citations-plugin.ts): Sources list, preview cards, backlinks. */
  citations: BriefingCitations;
  /** Glossary terms it links to (src/plugins/glossary-links-plugin.ts). */
  glossaryTerms: string[];
  /** Its prose words, counted from the syntax tree as written (src/plugins/word-count-plugin.ts): the reading time. */
  words: number;
  /**
   * For a briefing not published (a draft, or dated after the build): the problems it has, which
   * the build reported as warnings (src/plugins/page-problems.ts) and `npm run dev` shows on its page.
   */
  draftProblems: Problem[];
  /** A briefing's key takeaways with their citations as links (html) and as plain text (text), in frontmatter order (src/plugins/citations-plugin.ts). */
  takeaways: RenderedTakeaway[];
}

function isCitations(value: unknown): value is BriefingCitations {
  const record = value as Partial<BriefingCitations> | undefined;
  return typeof record === 'object' && record !== null && Array.isArray(record.sources) && Array.isArray(record.links) && Array.isArray(record.cards);
}

function isProblemList(value: unknown): value is Problem[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && typeof (item as Problem).file === 'string' && typeof (item as Problem).message === 'string');
}

function isTakeaways(value: unknown): value is RenderedTakeaway[] {
  return Array.isArray(value) && value.every((item) => typeof (item as RenderedTakeaway | null)?.html === 'string' && typeof (item as RenderedTakeaway).text === 'string' && typeof (item as RenderedTakeaway).citations === 'number');
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
  const {
    citations = emptyCitations(),
    glossaryTerms = [],
    words,
    renderProblems,
    draftProblems = [],
    takeaways = [],
  } = remarkPluginFrontmatter as { citations?: unknown; glossaryTerms?: unknown; words?: unknown; renderProblems?: Problem[]; draftProblems?: unknown; takeaways?: unknown };
  // An entry that failed to render (src/loaders/markdown-entries.ts): a build never gets here;
  // `npm run dev` shows the problems on the page instead of the page without the entry.
  if (renderProblems && renderProblems.length > 0) throw new ProblemError(renderProblems, `${countProblems(renderProblems.length, '')} in ${entry.filePath ?? entry.id}:`);
  if (!isCitations(citations) || !isStringList(glossaryTerms) || typeof words !== 'number' || !isProblemList(draftProblems) || !isTakeaways(takeaways)) {
    throw new Error(`${entry.filePath ?? entry.id}: the Markdown plugins' record of its citations, glossary terms, word count, draft problems or takeaways is malformed; this is a bug in src/plugins/.`);
  }
  const facts: RenderedFacts = { citations, glossaryTerms, words, draftProblems, takeaways };
  return { Content, headings, ...facts };
}
