import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ProblemError, type Problem } from '../lib/problems.ts';
import { rawCitationKeys, rawCitationProblem, rawCitationsInHtml } from '../lib/citations/raw-citations.ts';
import { sourceLibrarySnapshot } from '../loaders/snapshots.ts';

/** Pages named in the message at most. */
const PAGES = 5;

/**
 * The last check of the promise that nothing citation-shaped is published as text: once Astro
 * has written the pages, every page is read for citation keys shown as text
 * (src/lib/citations/raw-citations.ts), and any fails the build, naming the page and the words.
 * Runs before Pagefind, so a failed check indexes nothing; `npm run build` then keeps the last
 * good dist/. In `npm run dev` the same check runs on each page as it is served (src/middleware.ts).
 */
export function rawCitations(): AstroIntegration {
  return {
    name: 'briefings-raw-citations',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const keys = rawCitationKeys(sourceLibrarySnapshot.current().value);
        const root = fileURLToPath(dir);
        // One problem a page (its first place, and how many more), for at most PAGES pages: a key
        // in a title shows on every page that lists the briefing.
        const pages: Problem[] = [];
        let more = 0;
        for (const file of (readdirSync(root, { recursive: true }) as string[]).filter((name) => name.endsWith('.html')).sort()) {
          const found = rawCitationsInHtml(readFileSync(join(root, file), 'utf8'), keys);
          if (found.length === 0) continue;
          if (pages.length === PAGES) {
            more += 1;
            continue;
          }
          pages.push(rawCitationProblem(`/${file.replace(/(?:^|\/)index\.html$/u, '/').replace(/^\/+/u, '')}`, found));
        }
        if (pages.length > 0) {
          const count = pages.length + more;
          throw new ProblemError(pages, `${count === 1 ? 'A page shows' : `${count} pages show`} a citation as text${more > 0 ? ` (the first ${PAGES} here)` : ''}:`);
        }
      },
    },
  };
}
