import type { SourceLibrary } from '../lib/citations/source-library.ts';
import type { SourceFrontmatter } from '../lib/schema/source-schema.ts';
import type { TermSpelling } from '../lib/text/find-terms.ts';

/**
 * What a loader publishes for code that cannot query a collection: the Markdown plugins run
 * while the content layer is still rendering entries, and in a module instance of their own
 * (Astro loads the config's plugins and the content config separately), so the loaders hand
 * them a snapshot through one process-wide channel per kind of content. Each snapshot carries
 * the digest of everything it was made from; whatever is rendered from a snapshot puts that
 * digest in its own cache key (see markdown-entries.ts), so a changed source re-renders every
 * entry that cites it.
 */
export interface Snapshot<T> {
  value: T;
  /** Digest of every input the value was made from. */
  digest: string;
}

export interface Channel<T> {
  /** What the channel carries, for messages: "the source library". */
  readonly name: string;
  /** Replaces the snapshot and tells every listener. */
  publish(value: T, digest: string): void;
  /** The latest snapshot; throws when none has been published yet. */
  current(): Snapshot<T>;
  /** The latest snapshot, waiting for the first one. */
  ready(): Promise<Snapshot<T>>;
  /**
   * Calls `listener` on every later publication. One listener per `key`: a loader that loads
   * again (Astro reloads the content config in `npm run dev`) replaces its old listener.
   */
  subscribe(key: string, listener: (snapshot: Snapshot<T>) => void): void;
}

interface ChannelState<T> {
  snapshot: Snapshot<T> | undefined;
  waiting: ((snapshot: Snapshot<T>) => void)[];
  listeners: Map<string, (snapshot: Snapshot<T>) => void>;
}

function channel<T>(id: string, name: string): Channel<T> {
  const key = Symbol.for(`briefings-site:snapshot:${id}`);
  const store = globalThis as unknown as Record<symbol, ChannelState<T> | undefined>;
  const state: ChannelState<T> = (store[key] ??= { snapshot: undefined, waiting: [], listeners: new Map() } satisfies ChannelState<T>);
  return {
    name,
    publish(value, digest) {
      const snapshot = { value, digest };
      const changed = state.snapshot !== undefined && state.snapshot.digest !== digest;
      state.snapshot = snapshot;
      for (const resolve of state.waiting.splice(0)) resolve(snapshot);
      if (changed) for (const listener of state.listeners.values()) listener(snapshot);
    },
    current() {
      if (!state.snapshot) {
        throw new Error(`${name} is not loaded yet: it comes from its content collection, which Astro loads before rendering any page.`);
      }
      return state.snapshot;
    },
    ready() {
      return state.snapshot ? Promise.resolve(state.snapshot) : new Promise<Snapshot<T>>((resolve) => state.waiting.push(resolve));
    },
    subscribe(listenerKey, listener) {
      state.listeners.set(listenerKey, listener);
    },
  };
}

/** Every source, parsed and validated by the sources collection's loader. */
export const sourceLibrarySnapshot = channel<SourceLibrary>('source-library', 'The source library');

/** The glossary's terms and spellings, from the glossary collection's validated frontmatter. */
export const glossaryTermsSnapshot = channel<TermSpelling[]>('glossary-terms', 'The glossary');

/** An earlier text of a source, kept when a changed text replaced it: validated like the current one. */
export interface KeptVersion {
  slug: string;
  /** 1 for the first text ingested. */
  version: number;
  data: SourceFrontmatter;
  body: string;
  /** `content/sources/<slug>/v<n>.md`. */
  filePath: string;
  digest: string;
}

/** Every source's kept versions (none for most), from the sources collection's loader, for the `sourceVersions` collection. */
export const sourceVersionsSnapshot = channel<{ slugs: string[]; kept: KeptVersion[] }>('source-versions', 'The kept source versions');
