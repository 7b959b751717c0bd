import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { cslOfSource } from '../../../data/bibliography.ts';
import { formatBibtex } from '../../../lib/bibliography/format-bibtex.ts';

/** /sources/<slug>/source.bib: the source's reference as a BibTeX entry keyed by its slug. */
export const getStaticPaths = (async () => (await getCollection('sources')).map((source) => ({ params: { slug: source.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(formatBibtex([await cslOfSource(String(params.slug))]), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
