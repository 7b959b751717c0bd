import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { processCache } from '../cache/process-cache.ts';
import { parseSourceBody } from '../sources/source-markdown.ts';
import { splitSourceFile } from '../sources/source-file.ts';
import { createSourceLibrary, type CitedSourceFacts, type SourceLibrary } from './source-library.ts';

interface CacheEntry {
  signature: string;
  library: SourceLibrary;
  /** When the files were last checked for changes (ms since the epoch). */
  checkedAt: number;
}

/** How long a checked library is trusted without looking at the files again: cheap for builds of thousands of briefings, fresh enough for `npm run dev`. */
const RECHECK_AFTER_MS = 1000;
// Shared by the citation plugin, the chart loader and the pages, which Astro loads as separate module instances.
const cache = processCache<string, CacheEntry>('source-library');

function signatureOf(directory: string, names: readonly string[]): string {
  return names.map((name) => `${name}:${statSync(join(directory, name)).mtimeMs}`).join('|');
}

/**
 * Reads `content/sources/*.md` into a citation index. Cached per directory and rebuilt only
 * when a file is added, removed or modified (checked at most once a second), so a build of
 * many briefings reads and normalizes each source once. Validation of frontmatter is the content collection's job;
 * a file that cannot be read here is skipped and reported by the collection loader.
 */
export function readSourceLibrary(folder: string, now = Date.now()): SourceLibrary {
  const directory = resolve(folder);
  const recent = cache.get(directory);
  if (recent && now - recent.checkedAt < RECHECK_AFTER_MS) return recent.library;
  const names = readdirSync(directory).filter((name) => name.endsWith('.md')).sort();
  const signature = signatureOf(directory, names);
  const cached = cache.get(directory);
  if (cached && cached.signature === signature) {
    cached.checkedAt = now;
    return cached.library;
  }
  const sources = [];
  for (const name of names) {
    try {
      const { frontmatter, body } = splitSourceFile(readFileSync(join(directory, name), 'utf8'));
      const facts = frontmatter as Partial<CitedSourceFacts> | undefined;
      sources.push({
        slug: name.slice(0, -'.md'.length),
        facts: {
          ...(typeof facts?.citeAs === 'string' ? { citeAs: facts.citeAs } : {}),
          title: String(facts?.title ?? ''),
          publisher: String(facts?.publisher ?? ''),
          authors: Array.isArray(facts?.authors) ? facts.authors.map(String) : [],
          published: String(facts?.published ?? ''),
          datePrecision: facts?.datePrecision ?? 'day',
          url: typeof facts?.url === 'string' ? facts.url : null,
          rights: facts?.rights === 'excerpts' ? 'excerpts' : 'full-text',
        } satisfies CitedSourceFacts,
        blocks: parseSourceBody(body),
      });
    } catch {
      // The sources collection loader reports unreadable source files with their line.
    }
  }
  const library = createSourceLibrary(sources);
  cache.set(directory, { signature, library, checkedAt: now });
  return library;
}
