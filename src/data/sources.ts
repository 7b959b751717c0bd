import { getCollection, type CollectionEntry } from 'astro:content';
import { createSourceLibrary, type SourceLibrary } from '../lib/citations/source-library.ts';
import { numberBlocks, passagesOf, type NumberedBlock } from '../lib/sources/passages.ts';
import { parseSourceBody } from '../lib/sources/source-markdown.ts';
import type { Passage } from '../lib/sources/types.ts';
import { perBuild, perBuildBy } from './memo.ts';

/** The sources collection by slug: pages look sources up many times (every citation, every card). */
export const sourcesBySlug = perBuild(async (): Promise<Map<string, CollectionEntry<'sources'>>> => {
  const sources = await getCollection('sources');
  return new Map(sources.map((source) => [source.id, source]));
});

/** One source by slug; throws with the known slugs when it does not exist. */
export async function sourceBySlug(slug: string): Promise<CollectionEntry<'sources'>> {
  const sources = await sourcesBySlug();
  const source = sources.get(slug);
  if (!source) throw new Error(`Source "${slug}" is not in the sources collection (content/sources/${slug}.md). Known: ${[...sources.keys()].join(', ')}`);
  return source;
}

/** A source's blocks, each with its address on the source page (the one numbering: src/lib/sources/passages.ts). */
export const blocksOfSource = perBuildBy(async (slug: string): Promise<NumberedBlock[]> => {
  const source = await sourceBySlug(slug);
  return numberBlocks(parseSourceBody(source.body ?? '', { file: source.filePath ?? slug, lineOffset: 0 }));
});

/** A source's addressable passages (paragraphs, bios, notes). */
export const passagesOfSource = perBuildBy(async (slug: string): Promise<Passage[]> => passagesOf(await blocksOfSource(slug)));

/** The citation index of the sources collection, the same the citation plugin verified against: for pages that match text (mentions). */
export const sourceLibrary = perBuild(async (): Promise<SourceLibrary> => {
  const sources = [...(await sourcesBySlug()).values()];
  return createSourceLibrary(await Promise.all(sources.map(async (source) => ({ slug: source.id, facts: source.data, blocks: await blocksOfSource(source.id) }))));
});
