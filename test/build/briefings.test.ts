import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { countProseWords, readingMinutes } from '../../src/lib/briefings/reading-time.ts';
import { splitSourceFile } from '../../src/lib/sources/source-file.ts';
import { EDITORIAL } from '../../src/config.ts';
import { assertDistBuilt, pageExists, readPage } from '../helpers/dist.ts';
import { parseMdx } from '../helpers/mdx.ts';

/**
 * Editorial checks over the built briefings: what a reader sees must meet the rules in
 * issue 6 (citations, analysis labelled, sections, takeaways, glossary links).
 */
const ROOT = join(import.meta.dirname, '../..');
const BRIEFINGS = join(ROOT, 'content/briefings');
const SOURCES = join(ROOT, 'content/sources');

const briefings = readdirSync(BRIEFINGS)
  .filter((name) => /\.mdx?$/u.test(name))
  .map((name) => ({ slug: name.replace(/\.mdx?$/u, ''), ...splitSourceFile(readFileSync(join(BRIEFINGS, name), 'utf8')) }))
  .map(({ slug, frontmatter, body }) => ({ slug, body, frontmatter: frontmatter as { draft?: boolean } }))
  .filter((briefing) => briefing.frontmatter.draft !== true);
const sourceSlugs = readdirSync(SOURCES)
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.slice(0, -'.md'.length));

const body = (tree: Root) => select('.briefing-body', tree) as Element;
const wordsOf = (text: string) => text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
/** A block's words without its citation brackets (a reader does not read "[2 ¶4]" as prose). */
function proseWords(element: Element): number {
  const clone = structuredClone(element);
  for (const citation of selectAll('.citation', clone)) citation.children = [];
  return wordsOf(toText(clone));
}
function citedSources(tree: Root): Set<string> {
  const slugs = new Set<string>();
  for (const link of selectAll('.briefing-body a.cite-link', tree)) {
    const match = /\/sources\/([^/]+)\//u.exec(String(link.properties.href));
    if (match?.[1]) slugs.add(match[1]);
  }
  return slugs;
}
/**
 * True when the element sits inside a labelled analysis block, or inside a chart: a chart's
 * captions and data tables cite their sources per datum, and the chart loader verifies each
 * datum's quotation against the source when the site is built.
 */
function isExempt(tree: Root, element: Element): boolean {
  return selectAll('.analysis, figure.chart', tree).some((container) => selectAll('p, li', container).includes(element));
}

beforeAll(assertDistBuilt);

describe('briefings in dist/', () => {
  it('publishes the seven briefings', () => {
    expect(briefings.length).toBeGreaterThanOrEqual(7);
    for (const { slug } of briefings) expect(pageExists(`/briefings/${slug}/`), slug).toBe(true);
  });

  it('cites every source somewhere', () => {
    const cited = new Set(briefings.flatMap(({ slug }) => [...citedSources(readPage(`/briefings/${slug}/`))]));
    expect([...sourceSlugs].filter((slug) => !cited.has(slug))).toEqual([]);
  });

  for (const { slug, body: mdx } of briefings) {
    describe(slug, () => {
      const tree = () => readPage(`/briefings/${slug}/`);

      it('cites at least two sources', () => {
        expect(citedSources(tree()).size).toBeGreaterThanOrEqual(2);
      });

      it('has no paragraph of 40 words or more without a citation outside a labelled analysis block', () => {
        const uncited = selectAll('p, li', body(tree()))
          .filter((block) => proseWords(block) >= 40 && !select('.citation', block) && !isExempt(tree(), block))
          .map((block) => toText(block).slice(0, 80));
        expect(uncited).toEqual([]);
      });

      it('leaves no citation unprocessed (a bracket before ":" or "(" is read as a link)', () => {
        expect(toText(body(tree())).match(/\[[^\]]*@[\w-]+[^\]]*\]/gu) ?? []).toEqual([]);
      });

      it('labels every analysis block', () => {
        for (const analysis of selectAll('.analysis', body(tree()))) {
          expect(toText(select('.analysis-label', analysis)!).trim()).not.toBe('');
        }
      });

      it('has a "What to watch" section', () => {
        const headings = selectAll('h2', body(tree())).map((heading) => toText(heading).trim());
        expect(headings).toContain('What to watch');
      });

      it('shows three to five key takeaways', () => {
        const count = selectAll('.takeaways li', tree()).length;
        expect(count).toBeGreaterThanOrEqual(3);
        expect(count).toBeLessThanOrEqual(5);
      });

      it('promises in its reading note exactly what the build checks', () => {
        const note = toText(select('.how-to-cite', tree())!).replace(/\s+/gu, ' ');
        expect(note).toContain(`Every key takeaway cites its sources, as does every paragraph of ${EDITORIAL.uncitedParagraphWords} words or more outside the passages marked as our analysis;`);
        expect(note).not.toContain('Every fact is cited');
      });

      it('cites in every key takeaway, each citation with its preview card on the page', () => {
        for (const takeaway of selectAll('.takeaways li', tree())) {
          const links = selectAll('a.cite-link', takeaway);
          expect(links.length, toText(takeaway).slice(0, 80)).toBeGreaterThan(0);
          for (const link of links) expect(select(`[id="${String(link.properties.ariaDescribedBy)}"].cite-card`, tree()), String(link.properties.href)).toBeTruthy();
        }
      });

      it('has a table of contents exactly when it has more than three sections', () => {
        const sections = selectAll('h2', body(tree())).length;
        const toc = select('nav.toc', tree());
        expect(Boolean(toc)).toBe(sections > 3);
        if (toc) {
          const targets = selectAll('a', toc).map((link) => String(link.properties.href).slice(1));
          for (const id of targets) expect(select(`[id="${id}"]`, body(tree())), id).toBeTruthy();
        }
      });

      it('shows reading time, from the words of its syntax tree, and related briefings', () => {
        expect(toText(select('.briefing-header', tree())!)).toContain(`${readingMinutes(countProseWords(parseMdx(mdx)))} min read`);
        expect(selectAll('.related li', tree()).length).toBeGreaterThan(0);
      });

      it('links each glossary term at most once, to an entry that exists', () => {
        const glossary = readPage('/glossary/');
        const targets = selectAll('a.glossary-link', body(tree())).map((link) => String(link.properties.href).split('#')[1] ?? '');
        expect(new Set(targets).size).toBe(targets.length);
        for (const id of targets) expect(select(`[id="${id}"]`, glossary), id).toBeTruthy();
      });
    });
  }
});
