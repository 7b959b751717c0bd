import { getCollection, type CollectionEntry } from 'astro:content';
import { createSourceLibrary, type SourceLibrary } from '../lib/citations/source-library.ts';
import { parseSourceBody } from '../lib/sources/source-markdown.ts';
import type { SourceBlock } from '../lib/sources/types.ts';

let bySlug: Promise<Map<string, CollectionEntry<'sources'>>> | undefined;
const blocksCache = new Map<string, SourceBlock[]>();

/**
 * The source library by slug. Pages and components look sources up by slug many times per
 * page (every citation, every card); a Map built once per build keeps that O(1).
 */
export function sourcesBySlug(): Promise<Map<string, CollectionEntry<'sources'>>> {
  if (import.meta.env.DEV) {
    bySlug = undefined;
    blocksCache.clear();
  }
  bySlug ??= getCollection('sources').then((sources) => new Map(sources.map((source) => [source.id, source])));
  return bySlug;
}

/** One source by slug; throws with the known slugs when it does not exist. */
export async function sourceBySlug(slug: string): Promise<CollectionEntry<'sources'>> {
  const sources = await sourcesBySlug();
  const source = sources.get(slug);
  if (!source) throw new Error(`Source "${slug}" is not in the sources collection (content/sources/${slug}.md). Known: ${[...sources.keys()].join(', ')}`);
  return source;
}

/** A source's blocks, parsed from its body once per build. */
export async function blocksOfSource(slug: string): Promise<SourceBlock[]> {
  const cached = blocksCache.get(slug);
  if (cached) return cached;
  const blocks = parseSourceBody((await sourceBySlug(slug)).body ?? '');
  blocksCache.set(slug, blocks);
  return blocks;
}

let library: Promise<SourceLibrary> | undefined;

/** The citation index of the sources collection, as the citation plugin verified against: for pages that match text (mentions). */
export function sourceLibrary(): Promise<SourceLibrary> {
  if (import.meta.env.DEV) library = undefined;
  library ??= (async () => {
    const sources = [...(await sourcesBySlug()).values()];
    return createSourceLibrary(await Promise.all(sources.map(async (source) => ({ slug: source.id, facts: source.data, blocks: await blocksOfSource(source.id) }))));
  })();
  return library;
}
