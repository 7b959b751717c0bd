import { slug as githubSlug } from 'github-slugger';

/**
 * The id Astro's glob loader gives an entry by default: the `slug` field when there is one,
 * otherwise the path without its extension, each segment slugified ("Why-X.mdx" → "why-x").
 */
export function defaultEntryId(entry: string, data: Record<string, unknown>): string {
  if (data.slug) return String(data.slug);
  const withoutExtension = entry.replace(/\.[^./]+$/u, '');
  return withoutExtension
    .split('/')
    .map((segment) => githubSlug(segment))
    .join('/')
    .replace(/\/index$/u, '');
}

export interface UniqueEntryIdsOptions {
  /** The collection's folder as authors see it, for messages: "content/briefings". */
  base: string;
  /** Whether an entry (a path relative to `base`) still exists; a renamed file frees its id. */
  exists(entry: string): boolean;
}

/**
 * A `generateId` for Astro's glob loader that refuses a second file with the same id
 * (`x.md` next to `x.mdx`, or `X.mdx` next to `x.mdx`). Astro only warns about that, and
 * when both files load at once not even that: one page silently replaces the other.
 */
export function uniqueEntryIds(options: UniqueEntryIdsOptions): (input: { entry: string; data: Record<string, unknown> }) => string {
  const owners = new Map<string, string>();
  return ({ entry, data }) => {
    const id = defaultEntryId(entry, data);
    const owner = owners.get(id);
    if (owner !== undefined && owner !== entry && options.exists(owner)) {
      throw new Error(
        `${options.base}/${entry}: the slug "${id}" is already taken by ${options.base}/${owner}.\n` +
          '  hint: a slug is the file name without its extension, so two files cannot share a name; rename or remove one of them.',
      );
    }
    owners.set(id, entry);
    return id;
  };
}
