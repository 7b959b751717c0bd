import type { AstroIntegration } from 'astro';
import { glossaryTermsSnapshot, sourceLibrarySnapshot } from '../loaders/snapshots.ts';

/**
 * In `npm run dev`, MDX briefings are compiled as modules and kept by Vite until their own
 * file changes, but their citations are verified against the source library and their terms
 * linked from the glossary. When either is loaded anew, every compiled briefing is thrown
 * away and the browser reloads, so the dev server reaches the build's verdict on every
 * citation. (A build compiles every briefing afresh; Markdown entries re-render through their
 * loader's cache key, see src/loaders/markdown-entries.ts.)
 */
export function contentDependencies(): AstroIntegration {
  return {
    name: 'briefings-content-dependencies',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const recompile = (what: string) => () => {
          let count = 0;
          for (const module of server.moduleGraph.idToModuleMap.values()) {
            if (module.id && /\.mdx?(?:\?|$)/u.test(module.id) && !module.id.includes('/node_modules/')) {
              server.moduleGraph.invalidateModule(module);
              count += 1;
            }
          }
          if (count > 0) logger.info(`${what} changed: recompiling ${count} Markdown module${count > 1 ? 's' : ''}`);
          server.ws.send({ type: 'full-reload' });
        };
        sourceLibrarySnapshot.subscribe('dev-server', recompile('the source library'));
        glossaryTermsSnapshot.subscribe('dev-server', recompile('the glossary'));
      },
    },
  };
}
