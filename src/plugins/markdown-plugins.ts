import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { SourceLibrary } from '../lib/citations/source-library.ts';
import type { WarningSink } from '../lib/problems.ts';
import type { TermSpelling } from '../lib/text/find-terms.ts';
import type { EditorialRules } from '../lib/briefings/editorial-rules.ts';
import { basePathLinksPlugin } from './base-path-links-plugin.ts';
import { chartUsagePlugin } from './chart-usage-plugin.ts';
import { editorialRulesPlugin } from './editorial-rules-plugin.ts';
import { citationsPlugin } from './citations-plugin.ts';
import { glossaryLinksPlugin } from './glossary-links-plugin.ts';
import { problemsPlugin } from './page-problems.ts';
import { wordCountPlugin } from './word-count-plugin.ts';

export interface MarkdownPluginsOptions {
  /** The source library citations are verified against (the site passes the sources loader's snapshot). */
  library: () => SourceLibrary;
  /** The glossary's terms (the site passes the glossary loader's snapshot). */
  terms: () => readonly TermSpelling[];
  /** The site's base path, for the links the plugins write. */
  base: string;
  /** Where warnings go; defaults to the console. */
  warn?: WarningSink;
  /** "Now", for telling which briefings are published; default: BUILD_DATE, else the clock. */
  now?: () => Date;
  /** The editorial rules briefings are held to (the site passes EDITORIAL from src/config.ts); none when absent. */
  editorial?: EditorialRules;
}

/** Glossary and people entries render many to a page: their citation ids carry the entry's slug. */
function entryIdPrefix(path: string): string {
  const match = /[\\/]content[\\/](?:glossary|people)[\\/]([^\\/]+)\.md$/u.exec(path);
  return match ? `${match[1]}-` : '';
}

/**
 * Everything the site's Markdown and MDX go through, as Sätteri options: astro.config.mjs
 * gives them to `satteri()`, and the plugin tests render through the same list.
 */
export function markdownPlugins(options: MarkdownPluginsOptions): SatteriProcessorOptions {
  const warn = options.warn ? { warn: options.warn } : {};
  return {
    mdastPlugins: [
      // First, on the tree as written: the reading time and the editorial word limits count its prose.
      wordCountPlugin(),
      citationsPlugin({ library: options.library, base: options.base, idPrefix: entryIdPrefix, ...warn }),
      // After citations (it reads what they found), before glossary links (an uncited paragraph keeps its place).
      options.editorial ? editorialRulesPlugin({ rules: options.editorial }) : undefined,
      // After citations, so citation brackets are already links and are left alone.
      glossaryLinksPlugin({ terms: options.terms, base: options.base }),
      chartUsagePlugin(),
      // Last: reports what the others found, all at once (warnings for a draft).
      problemsPlugin({ ...warn, ...(options.now ? { now: options.now } : {}) }),
    ],
    // Authors link to pages with plain root-relative Markdown links; this adds the base path.
    hastPlugins: [basePathLinksPlugin({ base: options.base })],
    // Source texts and quotations keep their typography exactly as written.
    features: { smartPunctuation: false },
  };
}
