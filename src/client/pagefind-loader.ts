import { joinBase } from '../lib/paths.ts';
import type { PagefindApi } from '../lib/search/pagefind-types.ts';

let loading: Promise<PagefindApi> | undefined;

/**
 * Pagefind's browser API, loaded once from the site's own `pagefind/` folder (under the base
 * path when there is one). A failed load is forgotten so the next attempt can retry.
 */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const base = import.meta.env.BASE_URL;
    const api = (await import(/* @vite-ignore */ joinBase(base, '/pagefind/pagefind.js'))) as PagefindApi;
    await api.options({
      baseUrl: joinBase(base, '/'),
      excerptLength: 24,
      // Type and date are metadata for display; a query word matching them ("source", "2025") says nothing about relevance.
      ranking: { metaWeights: { type: 0, date: 0 } },
    });
    await api.init();
    return api;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
