import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { chartDataError } from '../lib/charts/chart-problem.ts';
import { loadChartFile } from '../lib/charts/load-chart-file.ts';
import { atlasCountryNames } from '../lib/charts/map/atlas.ts';
import type { SourceLibrary } from '../lib/citations/source-library.ts';
import { sourceLibrarySnapshot } from './snapshots.ts';

const DATA_FILE = /\.(ya?ml|json)$/u;

/**
 * Loads `content/data/<chart>.{yaml,yml,json}` into the `charts` collection, one entry per
 * file. Each file is parsed, checked against its kind's schema and every datum's quote is
 * verified against the source library the sources loader published (src/lib/charts/load-chart-file.ts);
 * any problem fails the build with the file, line, datum, field, expectation and hint. Entries
 * store the verified chart, with each datum's citation resolved to a source paragraph. Every
 * load verifies every file again: verification is cheap, and a chart must never outlive the
 * source text it was verified against.
 */
export function chartLoader(options: { base: string }): Loader {
  return {
    name: 'briefings-chart-loader',
    async load(context: LoaderContext) {
      const root = fileURLToPath(context.config.root);
      const directory = join(root, options.base);
      const loadAll = (library: SourceLibrary) => {
        const countryNames = atlasCountryNames();
        context.store.clear();
        // A site without charts yet has no data folder: that is an empty collection, not an error.
        if (!existsSync(directory)) return;
        for (const name of readdirSync(directory).filter((entry) => DATA_FILE.test(entry)).sort()) {
          const path = join(directory, name);
          const file = relative(root, path);
          const id = name.replace(DATA_FILE, '');
          const text = readFileSync(path, 'utf8');
          const result = loadChartFile({ file, id, text, library, countryNames });
          if (!result.chart) throw chartDataError(file, result.problems);
          context.store.set({ id, data: result.chart as unknown as Record<string, unknown>, filePath: file, digest: context.generateDigest(text) });
        }
      };
      const reload = () => {
        try {
          loadAll(sourceLibrarySnapshot.current().value);
        } catch (error) {
          context.logger.error(error instanceof Error ? error.message : String(error));
        }
      };
      loadAll((await sourceLibrarySnapshot.ready()).value);
      // In `npm run dev`: a changed data file, or a changed source, verifies every chart again.
      context.watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(directory) && DATA_FILE.test(changed)) reload();
      });
      sourceLibrarySnapshot.subscribe(context.collection, reload);
    },
  };
}
