/**
 * The one memo of the data layer. A production build asks the same questions of the content
 * collections from every page (the published briefings, the sources by slug, who cites what):
 * each answer is computed once per build. `npm run dev` asks again on every call, so a page
 * shows the content as it is now. Queries are functions of the collections only, which Astro
 * keeps for the length of a build.
 */
export function perBuild<T>(query: () => T): () => T {
  let memo: { value: T } | undefined;
  return () => {
    if (import.meta.env.DEV) return query();
    memo ??= { value: query() };
    return memo.value;
  };
}

/** perBuild for a query with one key (a slug). */
export function perBuildBy<K, T>(query: (key: K) => T): (key: K) => T {
  const memo = new Map<K, T>();
  return (key) => {
    if (import.meta.env.DEV) return query(key);
    if (!memo.has(key)) memo.set(key, query(key));
    return memo.get(key) as T;
  };
}
