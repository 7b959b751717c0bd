/**
 * Citations other tools can read (issue 15, item 5), over the real dist/: every source's
 * CSL-JSON validates against the CSL-JSON schema 1.0.2 kept in the repository and maps back
 * to the facts it came from; BibTeX reads back; the citation_* meta tags say what the
 * frontmatter says; each briefing's citations.json lists every citation of its page, and each
 * quotation selector finds its words on the cited source page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { plugins } from '@citation-js/core';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import '../../src/lib/bibliography/citation-js.ts';
import type { BriefingCitationData } from '../../src/lib/citations/briefing-citation-data.ts';
import { mapCslItem, nameFromCsl, type CslItem, type CslName } from '../../src/lib/sources/csl-json.ts';
import { manifestEntry } from '../../src/lib/schema/source-facts.ts';
import { splitSourceFile } from '../../src/lib/sources/source-file.ts';
import { cslSchemaErrors } from '../helpers/csl-schema.ts';
import { DIST, assertDistBuilt, distFiles, readPage } from '../helpers/dist.ts';

const ROOT = join(import.meta.dirname, '../..');

beforeAll(assertDistBuilt);

const readDist = (path: string) => readFileSync(join(DIST, path), 'utf8');
const readJson = <T>(path: string) => JSON.parse(readDist(path)) as T;
const sourceSlugs = () => distFiles('.html').flatMap((file) => /^sources\/([^/]+)\/index\.html$/u.exec(file)?.[1] ?? []);
const briefingSlugs = () => distFiles('.html').flatMap((file) => /^briefings\/([^/]+)\/index\.html$/u.exec(file)?.[1] ?? []);
/** A source's facts as its frontmatter holds them, less the ingest record. */
const factsOf = (slug: string) => {
  const { ingest: _ingest, ...facts } = splitSourceFile(readFileSync(join(ROOT, 'content/sources', `${slug}.md`), 'utf8')).frontmatter as Record<string, unknown> & { ingest: unknown };
  return facts;
};
const metaContents = (tree: Root, name: string) => selectAll(`meta[name="${name}"]`, tree).map((meta) => String(meta.properties.content));
const normalize = (text: string) => text.replace(/\s+/gu, ' ').trim();
const readBibtex = (bibtex: string) => plugins.input.chain(bibtex) as unknown as CslItem[];
/** A page's text as readers see it without the citation markers, spaced as claimSentence spaces a claim. */
const proseWithoutCitations = (tree: Root) => {
  const copy = structuredClone(tree);
  for (const marker of selectAll('span.citation, .cite-cards, .sidenote', copy)) marker.children = [];
  return normalize(toText(copy)).replace(/\s+([.,;:!?…])/gu, '$1');
};

describe('source references in dist/', () => {
  it('covers every source of the library', () => {
    expect(sourceSlugs().sort()).toEqual(readdirSync(join(ROOT, 'content/sources')).map((file) => file.replace(/\.md$/u, '')).sort());
  });

  for (const slug of sourceSlugs()) {
    describe(slug, () => {
      it('has CSL-JSON that validates against the CSL-JSON schema 1.0.2', () => {
        const csl = readJson<CslItem[]>(`sources/${slug}/source.json`);
        expect(cslSchemaErrors(csl)).toEqual([]);
        expect(csl).toHaveLength(1);
        expect(csl[0]).toMatchObject({ id: slug, 'citation-key': slug });
      });

      it('maps back through the ingest manifest mapping to the facts it was made from', () => {
        const [item] = readJson<CslItem[]>(`sources/${slug}/source.json`);
        const { fields } = mapCslItem(item!);
        // Ingest completes an entry without a URL with null (the address is unknown).
        expect(manifestEntry.parse({ file: `${slug}.txt`, url: null, ...fields })).toEqual({ file: `${slug}.txt`, slug, ...factsOf(slug) });
      });

      it('has BibTeX keyed by its slug that reads back to its title, authors and date', () => {
        const [entry, ...rest] = readBibtex(readDist(`sources/${slug}/source.bib`));
        const csl = readJson<CslItem[]>(`sources/${slug}/source.json`)[0]!;
        expect(rest).toEqual([]);
        expect(entry).toMatchObject({ id: slug, title: csl.title, issued: csl.issued });
        expect((entry?.author ?? []).map(nameFromCsl)).toEqual((csl.author ?? []).map((name: CslName) => nameFromCsl(name)));
      });

      it('links both files from its page and carries the citation_* meta tags of its frontmatter', () => {
        const page = readPage(`/sources/${slug}/`);
        const links = selectAll('.reference-files a', page).map((link) => String(link.properties.href));
        expect(links).toEqual([`/sources/${slug}/source.bib`, `/sources/${slug}/source.json`]);
        const facts = factsOf(slug) as { title: string; authors: string[]; published: string; publisher: string; url: string | null };
        expect(metaContents(page, 'citation_title')).toEqual([facts.title]);
        expect(metaContents(page, 'citation_author')).toEqual(facts.authors);
        expect(metaContents(page, 'citation_publication_date')).toEqual([facts.published.replace(/-/gu, '/')]);
        expect(metaContents(page, 'citation_publisher')).toEqual([facts.publisher]);
        expect(metaContents(page, 'citation_public_url')).toEqual(facts.url ? [facts.url] : []);
      });
    });
  }

  it('publishes the whole library as CSL-JSON and BibTeX, in slug order, linked from the library page', () => {
    const slugs = sourceSlugs().sort();
    const bibliography = readJson<CslItem[]>('sources/bibliography.json');
    expect(cslSchemaErrors(bibliography)).toEqual([]);
    expect(bibliography).toEqual(slugs.flatMap((slug) => readJson<CslItem[]>(`sources/${slug}/source.json`)));
    expect(readBibtex(readDist('sources/bibliography.bib')).map((entry) => entry.id)).toEqual(slugs);
    const links = selectAll('.reference-files a', readPage('/sources/')).map((link) => String(link.properties.href));
    expect(links).toEqual(['/sources/bibliography.bib', '/sources/bibliography.json']);
  });
});

describe('briefing references in dist/', () => {
  for (const slug of briefingSlugs()) {
    describe(slug, () => {
      const page = () => readPage(`/briefings/${slug}/`);

      it('carries the citation_* meta tags of the briefing', () => {
        const title = toText(select('h1', page())!);
        expect(metaContents(page(), 'citation_title')).toEqual([title]);
        expect(metaContents(page(), 'citation_author').length).toBeGreaterThan(0);
        expect(metaContents(page(), 'citation_publication_date')[0]).toMatch(/^\d{4}\/\d{2}\/\d{2}$/u);
        expect(metaContents(page(), 'citation_publisher')).toEqual(['After the Caliphate']);
        expect(metaContents(page(), 'citation_public_url')).toEqual([`https://briefings.example.org/briefings/${slug}/`]);
      });

      it('has a Cite this briefing block: an APA reference and BibTeX as text, copy buttons hidden until a script shows them', () => {
        const block = select('section.cite-this', page())!;
        expect(toText(select('h2', block)!)).toBe('Cite this briefing');
        const reference = normalize(toText(select('#cite-this-reference', block)!));
        const title = toText(select('h1', page())!);
        expect(reference).toContain(`${title}.`);
        expect(reference).toMatch(/\(\d{4}, [A-Z][a-z]+ \d{1,2}\)/u);
        expect(reference.endsWith(`https://briefings.example.org/briefings/${slug}/`)).toBe(true);
        expect(toText(select('#cite-this-reference i', block)!)).toBe(title);
        const [entry] = readBibtex(toText(select('#cite-this-bibtex', block)!));
        expect(entry).toMatchObject({ id: slug, title, URL: `https://briefings.example.org/briefings/${slug}/` });
        const buttons = selectAll('button[data-copy-target]', block);
        expect(buttons).toHaveLength(2);
        for (const button of buttons) {
          expect(button.properties.hidden, 'a copy button shows only where the script can copy').toBe(true);
          expect(select(`#${String(button.properties.dataCopyTarget)}`, block)).toBeDefined();
        }
        expect(String(select('a[href$="citations.json"]', block)?.properties.href)).toBe(`/briefings/${slug}/citations.json`);
      });

      it('lists every citation of the page in citations.json, each quotation with a selector that finds it on the source page', () => {
        const data = readJson<BriefingCitationData>(`briefings/${slug}/citations.json`);
        const links = selectAll('a.cite-link', page());
        expect(data.briefing).toMatchObject({ id: slug, url: `https://briefings.example.org/briefings/${slug}/` });
        expect(data.citations.map((citation) => citation.id)).toEqual(links.map((link) => String(link.properties.id)));
        expect(data.sources.map((source) => source.id)).toEqual(selectAll('.cited-sources li', page()).map((item) => String(item.properties.id).replace(/^source-/u, '')));
        const prose = proseWithoutCitations(page());
        links.forEach((link, index) => {
          const citation = data.citations[index]!;
          expect(citation.at).toBe(`https://briefings.example.org/briefings/${slug}/#${String(link.properties.id)}`);
          const href = String(link.properties.href);
          expect(href.startsWith(`/sources/${citation.source}/`), `${citation.id} → ${href}`).toBe(true);
          // A range or list lands on its first paragraph, with a text directive to highlight them all (`#p-5:~:text=…`).
          expect(citation.passage?.anchor ?? '').toBe(href.split('#')[1]?.split(':~:')[0] ?? '');
          if (citation.paragraph !== null) expect(citation.passage?.anchor).toBe(`p-${citation.paragraph}`);
          // Recorded by the citation plugin (claimSentence) for every citation in the body and the key takeaways.
          expect(citation.sentence, `${citation.id} has its claim`).toEqual(expect.any(String));
          expect(prose, `${citation.id}'s claim`).toContain(citation.sentence);
          if (!citation.quotation) return;
          const anchor = citation.passage!.anchor;
          const passage = readPage(`/sources/${citation.source}/`);
          const element = (select(`[id="${anchor}"] .para-text`, passage) ?? select(`[id="${anchor}"]`, passage)) as Element;
          const { type, exact, prefix, suffix } = citation.quotation;
          expect(type).toBe('TextQuoteSelector');
          expect(exact.length).toBeGreaterThan(0);
          expect(normalize(toText(element)), `${citation.id}: “${exact}” in ${citation.source}#${anchor}`).toContain(normalize(prefix + exact + suffix));
        });
      });
    });
  }

  it('has quotation selectors at all (the briefings quote their sources)', () => {
    const quotations = briefingSlugs().flatMap((slug) => readJson<BriefingCitationData>(`briefings/${slug}/citations.json`).citations.filter((citation) => citation.quotation));
    expect(quotations.length).toBeGreaterThan(10);
  });
});
