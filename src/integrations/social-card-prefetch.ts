import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CARD_CACHE, briefingCardInput, type SocialCardInput } from '../lib/publishing/social-card.ts';
import { finishSocialCardPrefetch, prefetchSocialCards } from '../lib/publishing/social-card-prefetch.ts';
import { splitSourceFile } from '../lib/sources/source-file.ts';
import { SITE } from '../config.ts';

/**
 * Starts drawing the briefings' social cards on worker threads when a build starts, so they
 * are drawn while Astro bundles and renders (see src/lib/publishing/social-card-prefetch.ts).
 * Reads only titles and deks; a briefing it misreads or skips is drawn by the card route itself.
 */
export function socialCardPrefetch(): AstroIntegration {
  let root = process.cwd();
  let site: string | undefined;
  return {
    name: 'briefings-social-card-prefetch',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        site = config.site;
      },
      'astro:build:start': () => {
        const directory = join(root, 'content/briefings');
        let files: string[];
        try {
          files = readdirSync(directory).filter((name) => /\.mdx?$/u.test(name)).sort();
        } catch {
          return;
        }
        const inputs: SocialCardInput[] = [];
        for (const name of files) {
          try {
            const data = splitSourceFile(readFileSync(join(directory, name), 'utf8')).frontmatter as { title?: unknown; dek?: unknown; draft?: unknown } | undefined;
            if (typeof data?.title === 'string' && typeof data.dek === 'string' && data.draft !== true) {
              inputs.push(briefingCardInput({ title: data.title, dek: data.dek }, SITE.name, site));
            }
          } catch {
            // Bad frontmatter fails the build with its own message later; nothing to draw ahead.
          }
        }
        prefetchSocialCards(inputs, { projectRoot: root, cacheDirectory: CARD_CACHE });
      },
      'astro:build:done': async ({ logger }) => {
        const counts = await finishSocialCardPrefetch();
        if (counts) logger.info(`social cards: ${counts.taken} drawn ahead on worker threads, ${counts.missed} drawn while rendering`);
      },
    },
  };
}
