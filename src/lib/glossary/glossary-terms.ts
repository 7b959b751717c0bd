import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { glossarySchema } from '../schema/glossary-schema.ts';
import { splitSourceFile } from '../sources/source-file.ts';
import type { TermSpelling } from '../text/find-terms.ts';

interface CacheEntry {
  signature: string;
  terms: TermSpelling[];
}
const cache = new Map<string, CacheEntry>();

/**
 * The glossary's terms and their spellings, read from `content/glossary/*.md` frontmatter
 * (the id is the file's slug). Cached per folder until a file changes. A file whose
 * frontmatter does not validate is skipped here: the glossary collection reports it with
 * its field and value.
 */
export function readGlossaryTerms(directory: string): TermSpelling[] {
  // A site without a glossary has no terms to link.
  if (!existsSync(directory)) return [];
  const names = readdirSync(directory).filter((name) => name.endsWith('.md')).sort();
  const signature = names.map((name) => `${name}:${statSync(join(directory, name)).mtimeMs}`).join('|');
  const cached = cache.get(directory);
  if (cached && cached.signature === signature) return cached.terms;
  const terms: TermSpelling[] = [];
  for (const name of names) {
    const { frontmatter } = splitSourceFile(readFileSync(join(directory, name), 'utf8'));
    const parsed = glossarySchema.safeParse(frontmatter);
    if (!parsed.success) continue;
    terms.push({ id: name.slice(0, -'.md'.length), names: parsed.data.aliases, exclude: parsed.data.exclude });
  }
  cache.set(directory, { signature, terms });
  return terms;
}
