import { getCollection } from 'astro:content';
import type { SourceFrontmatter } from '../lib/schema/source-schema.ts';
import { numberBlocks, passagesOf, type NumberedBlock } from '../lib/sources/passages.ts';
import type { Passage } from '../lib/sources/types.ts';
import { routes } from '../lib/routes.ts';
import { parseSourceBody } from '../lib/sources/source-markdown.ts';
import { versionChanges, type VersionChanges } from '../lib/sources/version-changes.ts';
import type { SourceVersionsData } from '../loaders/source-versions-loader.ts';
import { perBuild, perBuildBy } from './memo.ts';
import { blocksOfSource, passagesOfSource, sourceBySlug } from './sources.ts';

/** One text of a source, as its version list shows it. */
export interface VersionSummary {
  version: number;
  current: boolean;
  /** The day it was ingested (retrieved), YYYY-MM-DD. */
  ingested: string;
  /** The file it was ingested from. */
  file: string;
  words: number;
  fingerprint: string;
}

/** A kept, earlier text of a source, with its blocks numbered as on its page. */
export interface KeptVersion {
  slug: string;
  version: number;
  facts: SourceFrontmatter;
  blocks: NumberedBlock[];
}

const summary = (version: number, current: boolean, facts: SourceFrontmatter): VersionSummary => ({
  version,
  current,
  ingested: facts.ingest.date,
  file: facts.ingest.file,
  words: facts.ingest.words,
  fingerprint: facts.ingest.fingerprint,
});

/** Every kept version of every source, by slug, oldest first. */
export const keptVersionsBySlug = perBuild(async (): Promise<Map<string, KeptVersion[]>> => {
  const bySlug = new Map<string, KeptVersion[]>();
  for (const entry of await getCollection('sourceVersions')) {
    const data = entry.data as unknown as SourceVersionsData;
    if (data.kept.length === 0) continue;
    bySlug.set(
      data.slug,
      data.kept.map((version) => ({ slug: data.slug, version: version.version, facts: version.facts, blocks: numberBlocks(parseSourceBody(version.body, { file: version.filePath, lineOffset: 0 })) })),
    );
  }
  return bySlug;
});

/** A source's versions, oldest first; the last is the current text. */
export const versionsOfSource = perBuildBy(async (slug: string): Promise<VersionSummary[]> => {
  const kept = (await keptVersionsBySlug()).get(slug) ?? [];
  const current = await sourceBySlug(slug);
  return [...kept.map((version) => summary(version.version, false, version.facts)), summary(kept.length + 1, true, current.data)];
});

/** One kept version, or undefined. */
export async function keptVersion(slug: string, version: number): Promise<KeptVersion | undefined> {
  return (await keptVersionsBySlug()).get(slug)?.find((candidate) => candidate.version === version);
}

/** For each version after the first, what changed from the one before, oldest first. */
export const changesOfSource = perBuildBy(async (slug: string): Promise<{ from: VersionSummary; to: VersionSummary; changes: VersionChanges }[]> => {
  const versions = await versionsOfSource(slug);
  const kept = (await keptVersionsBySlug()).get(slug) ?? [];
  const texts = [...kept.map((version) => version.blocks), await blocksOfSource(slug)];
  return versions.slice(1).map((to, index) => ({ from: versions[index]!, to, changes: versionChanges(texts[index]!, texts[index + 1]!) }));
});

/**
 * The passages of one text of a source and the page that shows it: the current text, or with a
 * `version` a citation was pinned to (`[@slug@v1]`, recorded on its link and card), that kept
 * version. The current version's number gives the current text.
 */
export async function passagesOfVersion(slug: string, version?: number): Promise<{ passages: Passage[]; page: string }> {
  const kept = version === undefined ? undefined : await keptVersion(slug, version);
  if (!kept) return { passages: await passagesOfSource(slug), page: routes.source(slug) };
  return { passages: passagesOf(kept.blocks), page: routes.sourceVersion(slug, version!) };
}
