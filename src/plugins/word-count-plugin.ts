import type { Root } from 'mdast';
import type { MdastPluginDefinition } from 'satteri';
import { countProseWords } from '../lib/briefings/reading-time.ts';
import { recordForPage } from './page-document.ts';

/**
 * Counts a page's prose words from its syntax tree, as parsed (run it first, before other
 * plugins add links and markup), into the page's `words` (read by src/data/rendered.ts), which
 * the briefing layout turns into a reading time and the editorial rules check. A thin adapter:
 * what counts is in src/lib/briefings/reading-time.ts.
 *
 * `Read [the report](https://…) [@nyt, ¶3].` → `words: 3`
 */
export function wordCountPlugin(): MdastPluginDefinition {
  return {
    name: 'word-count',
    before(root, context) {
      recordForPage(context, { words: countProseWords(root as Root) });
    },
  };
}
