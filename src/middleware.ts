import { defineMiddleware } from 'astro:middleware';
import { rawCitationKeys, rawCitationProblem, rawCitationsInHtml } from './lib/citations/raw-citations.ts';
import type { SourceLibrary } from './lib/citations/source-library.ts';
import { ProblemError } from './lib/problems.ts';
import { sourceLibrarySnapshot } from './loaders/snapshots.ts';

/**
 * In `npm run dev`, each page as it is served gets the check a build gives every written page
 * (src/integrations/raw-citations.ts): a citation key shown as text fails the page with the
 * problem, as the build would fail. A build passes pages through untouched; its check reads
 * them all once they are written, so it can name every page at once.
 */
/** The keys of the library last seen: read again only when the loader publishes a new library. */
let keysOf: { library: SourceLibrary; keys: ReturnType<typeof rawCitationKeys> } | undefined;

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!import.meta.env.DEV || !(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = await response.text();
  // A draft's page already lists its problems at the top (DraftProblems.astro), and no build publishes it.
  if (html.includes('class="draft-problems"')) return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
  const library = sourceLibrarySnapshot.current().value;
  if (keysOf?.library !== library) keysOf = { library, keys: rawCitationKeys(library) };
  const found = rawCitationsInHtml(html, keysOf.keys);
  if (found.length > 0) throw new ProblemError([rawCitationProblem(context.url.pathname, found)], 'This page shows a citation as text:');
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
