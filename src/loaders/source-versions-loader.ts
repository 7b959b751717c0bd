import type { Loader, LoaderContext } from 'astro/loaders';
import { sourceVersionsSnapshot, type KeptVersion } from './snapshots.ts';

/** What the `sourceVersions` collection holds for each kept version (id `<slug>/v<n>`). */
export interface SourceVersionData {
  slug: string;
  version: number;
  /** The version's frontmatter as validated by the sources collection's schema. */
  facts: KeptVersion['data'];
}

/**
 * The `sourceVersions` collection: the earlier texts of sources, as the sources collection's
 * loader read and validated them (it is the one reader of content/sources/; this loader only
 * stores what it published). Pages of old versions and the differences between versions read it.
 */
export function sourceVersionsLoader(): Loader {
  return {
    name: 'briefings-source-versions-loader',
    async load(context: LoaderContext) {
      const store = (kept: readonly KeptVersion[]) => {
        context.store.clear();
        for (const version of kept) {
          const data: SourceVersionData = { slug: version.slug, version: version.version, facts: version.data };
          context.store.set({ id: `${version.slug}/v${version.version}`, data: data as unknown as Record<string, unknown>, body: version.body, filePath: version.filePath, digest: version.digest });
        }
      };
      store((await sourceVersionsSnapshot.ready()).value);
      sourceVersionsSnapshot.subscribe(context.collection, (snapshot) => store(snapshot.value));
    },
  };
}
