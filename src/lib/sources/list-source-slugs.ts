import { existsSync, readdirSync } from 'node:fs';

/** Slugs of the sources in a library folder (`<slug>.md` files), sorted. */
export function listSourceSlugs(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -'.md'.length))
    .sort();
}
