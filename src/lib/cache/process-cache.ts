/**
 * A Map shared by every copy of a module in this process. Astro loads our code several
 * times over (the config's plugins, the content loaders and the rendered pages are separate
 * module instances), so a plain module-level cache would parse or index the same source
 * library once per instance. Only for memoizing pure functions of their key.
 */
export function processCache<K, V>(name: string): Map<K, V> {
  const key = Symbol.for(`briefings-site:${name}`);
  const store = globalThis as unknown as Record<symbol, Map<K, V> | undefined>;
  store[key] ??= new Map<K, V>();
  return store[key];
}
