/**
 * npm run build runs this after `astro build`: node scripts/pagefind.ts [output folder, default dist]
 * Writes the search index into <folder>/pagefind/. Taking the folder as an argument lets the
 * build index a temporary output folder before it replaces dist/.
 */
import { buildSearchIndex } from '../src/lib/search/build-search-index.ts';

const siteDir = process.argv[2] ?? 'dist';
try {
  await buildSearchIndex({ siteDir, log: (line) => console.log(line) });
} catch (error) {
  const cause = error instanceof Error && error.cause instanceof Error ? `\n  Cause: ${error.cause.message}` : '';
  console.error(`${error instanceof Error ? error.message : String(error)}${cause}`);
  process.exit(1);
}
