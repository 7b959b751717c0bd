import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createSourceLibrary, type SourceLibrary } from '../../src/lib/citations/source-library.ts';
import { glossarySchema } from '../../src/lib/schema/glossary-schema.ts';
import { sourceSchema } from '../../src/lib/schema/source-schema.ts';
import type { TermSpelling } from '../../src/lib/text/find-terms.ts';
import { splitSourceFile } from '../../src/lib/sources/source-file.ts';
import { parseSourceBody } from '../../src/lib/sources/source-markdown.ts';

/**
 * The source library of a folder of source files, validated with the collection's schema and
 * parsed as the sources loader parses them: for tests that run plugins and chart verification
 * outside Astro. (The site itself has one reader, src/loaders/source-loader.ts.)
 */
export function sourceLibraryOf(folder: string): SourceLibrary {
  const names = readdirSync(folder).filter((name) => name.endsWith('.md')).sort();
  return createSourceLibrary(
    names.map((name) => {
      const { frontmatter, body, bodyLineOffset } = splitSourceFile(readFileSync(join(folder, name), 'utf8'));
      return { slug: name.slice(0, -'.md'.length), facts: sourceSchema.parse(frontmatter), blocks: parseSourceBody(body, { file: join(folder, name), lineOffset: bodyLineOffset }) };
    }),
  );
}

/** The glossary terms of a folder of glossary entries, as the glossary loader publishes them. */
export function glossaryTermsOf(folder: string): TermSpelling[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const data = glossarySchema.parse(splitSourceFile(readFileSync(join(folder, name), 'utf8')).frontmatter);
      return { id: name.slice(0, -'.md'.length), names: data.aliases, exclude: data.exclude };
    });
}
