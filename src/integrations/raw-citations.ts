import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ProblemError, type Problem } from '../lib/problems.ts';
import { citationKeyNames, rawCitationsInHtml } from '../lib/citations/raw-citations.ts';
import { sourceLibrarySnapshot } from '../loaders/snapshots.ts';

/**
 * The last check of the promise that nothing citation-shaped is published as text: once Astro
 * has written the pages, every page is read for citation keys shown as text
 * (src/lib/citations/raw-citations.ts), and any fails the build, naming the page and the words.
 * Runs before Pagefind, so a failed check indexes nothing; `npm run build` then keeps the last
 * good dist/.
 */
/** Pages named in the message at most. */
const PAGES = 5;

export function rawCitations(): AstroIntegration {
  return {
    name: 'briefings-raw-citations',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const library = sourceLibrarySnapshot.current().value;
        const slugs = new Set(library.slugs);
        const received = new Set<string>();
        for (const slug of library.slugs) for (const passage of library.get(slug)?.passages ?? []) for (const name of citationKeyNames(passage.text)) received.add(name);
        const keys = { isSourceSlug: (name: string) => slugs.has(name), isReceived: (name: string) => received.has(name) };
        const root = fileURLToPath(dir);
        // One problem a page (its first place, and how many more), for at most PAGES pages: a key
        // in a title shows on every page that lists the briefing.
        const pages: Problem[] = [];
        let more = 0;
        for (const file of (readdirSync(root, { recursive: true }) as string[]).filter((name) => name.endsWith('.html')).sort()) {
          const found = rawCitationsInHtml(readFileSync(join(root, file), 'utf8'), keys);
          const [first] = found;
          if (!first) continue;
          if (pages.length === PAGES) {
            more += 1;
            continue;
          }
          pages.push({
            file: `page /${file.replace(/(?:^|\/)index\.html$/u, '/').replace(/^\/+/u, '')}`,
            message: `shows the citation key ${first.key} as text, not as a link to its source: “…${first.excerpt}…”${found.length > 1 ? ` (and ${found.length - 1} more on this page)` : ''}.`,
            hint: 'citations are read in Markdown prose, key takeaways, corrections and updates; one in a title, dek, term, name, image description, component prop or {expression} is not. Move it into the prose, or name the source in words.',
          });
        }
        if (pages.length > 0) {
          const count = pages.length + more;
          throw new ProblemError(pages, `${count === 1 ? 'A page shows' : `${count} pages show`} a citation as text${more > 0 ? ` (the first ${PAGES} here)` : ''}:`);
        }
      },
    },
  };
}
