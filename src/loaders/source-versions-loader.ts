import type { Loader, LoaderContext } from 'astro/loaders';
import { sourceVersionsSnapshot, type KeptVersion } from './snapshots.ts';

/** What the `sourceVersions` collection holds for each source (id: its slug): the earlier texts a re-ingest kept, oldest first. */
export interface SourceVersionsData {
  slug: string;
  /** Version 1, 2 …; empty for a source never re-ingested with a changed text. */
  kept: { version: number; facts: KeptVersion['data']; body: string; filePath: string }[];
}

/**
 * The `sourceVersions` collection: the earlier texts of each source, as the sources collection's
 * loader read and validated them (it is the one reader of content/sources/; this loader only
 * stores what it published). One entry per source, so the collection is never empty. Pages of
 * old versions and the differences between versions read it.
 */
export function sourceVersionsLoader(): Loader {
  return {
    name: 'briefings-source-versions-loader',
    async load(context: LoaderContext) {
      const store = ({ slugs, kept }: { slugs: string[]; kept: readonly KeptVersion[] }) => {
        context.store.clear();
        for (const slug of slugs) {
          const versions = kept.filter((version) => version.slug === slug).sort((a, b) => a.version - b.version);
          const data: SourceVersionsData = { slug, kept: versions.map((version) => ({ version: version.version, facts: version.data, body: version.body, filePath: version.filePath })) };
          context.store.set({ id: slug, data: data as unknown as Record<string, unknown>, digest: context.generateDigest(versions.map((version) => version.digest).join('\n') || slug) });
        }
      };
      store((await sourceVersionsSnapshot.ready()).value);
      sourceVersionsSnapshot.subscribe(context.collection, (snapshot) => store(snapshot.value));
    },
  };
}
