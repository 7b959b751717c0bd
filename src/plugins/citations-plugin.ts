import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Heading, Paragraph, PhrasingContent, TableCell } from 'mdast';
import { markdownToHtml, type MdastPluginDefinition, type MdastVisitorContext, type PluginFactoryContext } from 'satteri';
import { citedNoteFields, type NoteField } from '../lib/briefings/briefing-notes.ts';
import type { RenderedNote, RenderedNoteList, RenderedNotes, RenderedTakeaway } from '../lib/citations/citation-record.ts';
import { plainText } from '../lib/citations/plain-text.ts';
import { frontmatterPlace } from '../lib/markdown/frontmatter-place.ts';
import { documentCitations, type DetachedText, type DocumentCitations } from '../lib/citations/document-citations.ts';
import type { SourceLibrary } from '../lib/citations/source-library.ts';
import { withChildren } from '../lib/markdown/replace-texts.ts';
import { warnOnConsole, type Problem, type WarningSink } from '../lib/problems.ts';
import { bodyLine, pageDocument, recordForPage } from './page-document.ts';
import { addPageProblems } from './page-problems.ts';

export interface CitationsPluginOptions {
  /**
   * The source library to verify against. The site passes the snapshot the sources
   * collection's loader published (src/loaders/snapshots.ts), read once per document so
   * that `npm run dev` verifies against the text as it is now.
   */
  library: () => SourceLibrary;
  /** Site base path, for link URLs. */
  base: string;
  /** Where warnings go; defaults to the console. */
  warn?: WarningSink;
  /**
   * Prefix for the element ids of a document's citation links and cards, by file path;
   * default none. Needed where several documents render on one page (the glossary, the
   * people index) so their `cite-1` ids do not collide.
   */
  idPrefix?: (path: string) => string;
  /**
   * Which documents get a glimpse of each cited passage beside its marker (a sidenote, shown in
   * the margin where the layout has one), by file path; default: those under `content/briefings/`.
   */
  sidenotes?: (path: string) => boolean;
}

const inBriefings = (path: string) => /(?:^|[\\/])content[\\/]briefings[\\/]/u.test(path);

/** Where a document's frontmatter strings are: read from its file once, and only to place a problem. */
function frontmatterPlaces(path: string | undefined): (field: readonly (string | number)[], offset: number) => { line: number; column: number } {
  let file: string | undefined;
  return (field, offset) => {
    try {
      if (path) file ??= readFileSync(path, 'utf8');
    } catch {
      // A document that is not a file on disk (a test's): no place to give.
    }
    return (file !== undefined ? frontmatterPlace(file, field, offset) : undefined) ?? { line: 0, column: 0 };
  };
}

/**
 * A frontmatter string cited in the body's syntax (a key takeaway, a correction), rendered as one
 * paragraph of Markdown by Sätteri with its citations turned into links by `citations`: its HTML,
 * its plain text and how many citations it carries. Problems are placed at the string in the file.
 */
function renderCited(text: string, citations: DocumentCitations, detached: DetachedText): { html: string; text: string; citations: number } {
  let plain = text;
  const before = citations.count();
  const { html } = markdownToHtml(text, {
    features: { smartPunctuation: false },
    mdastPlugins: [
      {
        name: 'frontmatter-citations',
        options: { position: true },
        paragraph(node) {
          const children = citations.container(node as Paragraph, detached);
          plain = plainText(children ?? (node.children as PhrasingContent[]));
          return children ? withChildren(node as Paragraph, children) : undefined;
        },
      },
    ],
  });
  return { html: html.trim(), text: plain, citations: citations.count() - before };
}

/**
 * The key takeaways of the frontmatter (`keyTakeaways`), cited in the body's syntax, turned into
 * HTML by the same citations as the body (numbered before it, as the page shows them first) and
 * into plain text for the feed.
 */
function renderTakeaways(takeaways: readonly unknown[], citations: DocumentCitations, place: ReturnType<typeof frontmatterPlaces>): RenderedTakeaway[] {
  return takeaways.map((takeaway, index) => {
    const text = String(takeaway);
    const rendered = renderCited(text, citations, { source: text, place: (offset) => place(['keyTakeaways', index], offset) });
    return { ...rendered, html: rendered.html.replace(/^<p>([\s\S]*)<\/p>$/u, '$1') };
  });
}

/**
 * A briefing's corrections (`now`) or updates (`text`), cited in the body's syntax and verified
 * like it, by `citations`, which records them apart from the body. A correction must cite what
 * it rests on.
 */
function renderNotes(fields: readonly NoteField[], citations: DocumentCitations, place: ReturnType<typeof frontmatterPlaces>, file: string): { list: RenderedNoteList; problems: Problem[] } {
  const notes: RenderedNote[] = [];
  const problems: Problem[] = [];
  for (const field of fields) {
    const rendered = renderCited(field.text, citations, { source: field.text, place: (offset) => place(field.path, offset) });
    notes.push({ html: rendered.html });
    if (field.mustCite && rendered.citations === 0) {
      problems.push({ file, ...place(field.path, 0), message: field.mustCite, hint: 'end the sentence with the citation of the passage it rests on, as in the body: [@slug, ¶N].' });
    }
  }
  return { list: { notes, citations: citations.finish() }, problems: [...problems, ...citations.problems()] };
}

/**
 * Pandoc-style citations with verified quotations (src/lib/citations/document-citations.ts), as
 * a Sätteri plugin: the key takeaways, then each paragraph, heading and table cell in document
 * order, then the document's citations recorded for the page (`citations`, read by
 * src/data/rendered.ts) and its problems filed for problemsPlugin (src/plugins/page-problems.ts)
 * to report. A briefing's corrections and updates are rendered too (`notes`), each list with
 * citations of its own.
 *
 * In:  `He called it “a regional power threat” [@shafaq-iraq-resurgence-2025].`
 * Out: `He called it “a regional power threat” <span class="citation">[<a id="cite-1"
 *       class="cite-link" href="/sources/shafaq-iraq-resurgence-2025/#p-4" …>Shafaq ¶4</a>]</span>.`
 */
export function citationsPlugin(options: CitationsPluginOptions) {
  return (_factory: PluginFactoryContext): MdastPluginDefinition => {
    let citations: DocumentCitations | undefined;
    let noteProblems: Problem[] = [];
    const container = <T extends Paragraph | Heading | TableCell>(node: Readonly<T>): T | undefined => {
      const children = citations?.container(node as T);
      return children ? withChildren(node as T, children) : undefined;
    };
    return {
      name: 'citations',
      // Problems are placed by line and column.
      options: { position: true },
      before(_root, context: MdastVisitorContext) {
        const document = pageDocument(context, '(briefing)');
        const library = options.library();
        const warn = options.warn ?? warnOnConsole;
        const idPrefix = document.path && options.idPrefix ? options.idPrefix(document.path) : '';
        const place = frontmatterPlaces(document.path);
        citations = documentCitations({
          library,
          base: options.base,
          file: document.label,
          source: context.source,
          bodyLine: bodyLine(context),
          idPrefix,
          listedSources: document.frontmatter.sources,
          sidenotes: document.path !== undefined && (options.sidenotes ?? inBriefings)(document.path),
          warn,
        });
        const { keyTakeaways } = document.frontmatter;
        if (Array.isArray(keyTakeaways)) recordForPage(context, { takeaways: renderTakeaways(keyTakeaways, citations, place) });
        noteProblems = [];
        const fields = citedNoteFields(document.frontmatter);
        if (fields.length > 0) {
          // Their own records, ids carrying the document's name: /corrections/ shows every briefing's notes on one page.
          const name = document.path ? basename(document.path).replace(/\.mdx?$/u, '') : 'briefing';
          const list = (kind: 'corrections' | 'updates') => {
            const notes = documentCitations({ library, base: options.base, file: document.label, idPrefix: `${idPrefix}${name}-${kind}-`, warn });
            const rendered = renderNotes(fields.filter((field) => field.path[0] === kind), notes, place, document.label);
            noteProblems.push(...rendered.problems);
            return rendered.list;
          };
          const notes: RenderedNotes = { corrections: list('corrections'), updates: list('updates') };
          recordForPage(context, { notes });
        }
      },
      paragraph: container,
      heading: container,
      tableCell: container,
      after(_root, context) {
        if (!citations) return;
        const record = citations.finish();
        // One list in the file's order: the frontmatter's notes and takeaways, then the body.
        const problems = [...noteProblems, ...citations.problems()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
        addPageProblems(context, 'citation', problems);
        recordForPage(context, { citations: record });
        context.data.citationFacts = citations.facts();
      },
    };
  };
}
