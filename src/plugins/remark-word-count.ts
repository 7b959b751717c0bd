import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { countProseWords } from '../lib/briefings/reading-time.ts';

/**
 * Counts a page's prose words from its syntax tree, as parsed (run it first, before other
 * plugins add links and markup), into `file.data.astro.frontmatter.words`, which the briefing
 * layout turns into a reading time. A thin adapter: what counts is in
 * src/lib/briefings/reading-time.ts.
 *
 * `Read [the report](https://…) [@nyt, ¶3].` → `words: 3`
 */
export function remarkWordCount() {
  return (tree: Root, file: VFile) => {
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.words = countProseWords(tree);
  };
}
