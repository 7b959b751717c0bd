import type { APIRoute } from 'astro';
import { bibliography } from '../../data/bibliography.ts';
import { formatBibtex } from '../../lib/bibliography/format-bibtex.ts';

/** /sources/bibliography.bib: every source of the library as BibTeX, in slug order. */
export const GET: APIRoute = async () => new Response(formatBibtex(await bibliography()), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
