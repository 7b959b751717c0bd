import { readFileSync } from 'node:fs';
import type { Heading, Paragraph, PhrasingContent, TableCell } from 'mdast';
import { markdownToHtml, type MdastPluginDefinition, type MdastVisitorContext, type PluginFactoryContext } from 'satteri';
import type { RenderedTakeaway } from '../lib/citations/citation-record.ts';
import { plainText } from '../lib/citations/plain-text.ts';
import { frontmatterPlace } from '../lib/markdown/frontmatter-place.ts';
import { documentCitations, type DetachedText, type DocumentCitations } from '../lib/citations/document-citations.ts';
import type { SourceLibrary } from '../lib/citations/source-library.ts';
import { withChildren } from '../lib/markdown/replace-texts.ts';
import { warnOnConsole, type WarningSink } from '../lib/problems.ts';
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

/**
 * Pandoc-style citations with verified quotations (src/lib/citations/document-citations.ts), as
 * a Sätteri plugin: each paragraph, heading and table cell in document order, then the
 * document's citations recorded for the page (`citations`, read by src/data/rendered.ts) and
 * its problems filed for problemsPlugin (src/plugins/page-problems.ts) to report.
 *
 * In:  `He called it “a regional power threat” [@shafaq-iraq-resurgence-2025].`
 * Out: `He called it “a regional power threat” <span class="citation">[<a id="cite-1"
 *       class="cite-link" href="/sources/shafaq-iraq-resurgence-2025/#p-4" …>Shafaq ¶4</a>]</span>.`
 */
/**
 * The key takeaways of the frontmatter (`keyTakeaways`), cited in the body's syntax, turned into
 * HTML by the same citations as the body (numbered before it, as the page shows them first) and
 * into plain text for the feed: Sätteri renders each string as inline Markdown.
 */
function renderTakeaways(takeaways: readonly unknown[], citations: DocumentCitations, path: string | undefined): RenderedTakeaway[] {
  let file: string | undefined;
  return takeaways.map((takeaway, index) => {
    const text = String(takeaway);
    const detached: DetachedText = {
      source: text,
      // Read only to place a problem: the takeaway's line and column in its file.
      place: (offset) => {
        try {
          if (path) file ??= readFileSync(path, 'utf8');
        } catch {
          // A document that is not a file on disk (a test's): no place to give.
        }
        return (file !== undefined ? frontmatterPlace(file, ['keyTakeaways', index], offset) : undefined) ?? { line: 0, column: 0 };
      },
    };
    let plain = text;
    const before = citations.count();
    const { html } = markdownToHtml(text, {
      features: { smartPunctuation: false },
      mdastPlugins: [
        {
          name: 'takeaway-citations',
          options: { position: true },
          paragraph(node) {
            const children = citations.container(node as Paragraph, detached);
            plain = plainText(children ?? (node.children as PhrasingContent[]));
            return children ? withChildren(node as Paragraph, children) : undefined;
          },
        },
      ],
    });
    return { html: html.trim().replace(/^<p>([\s\S]*)<\/p>$/u, '$1'), text: plain, citations: citations.count() - before };
  });
}

export function citationsPlugin(options: CitationsPluginOptions) {
  return (_factory: PluginFactoryContext): MdastPluginDefinition => {
    let citations: DocumentCitations | undefined;
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
        citations = documentCitations({
          library: options.library(),
          base: options.base,
          file: document.label,
          source: context.source,
          bodyLine: bodyLine(context),
          idPrefix: document.path && options.idPrefix ? options.idPrefix(document.path) : '',
          listedSources: document.frontmatter.sources,
          sidenotes: document.path !== undefined && (options.sidenotes ?? inBriefings)(document.path),
          warn: options.warn ?? warnOnConsole,
        });
        const { keyTakeaways } = document.frontmatter;
        if (Array.isArray(keyTakeaways)) recordForPage(context, { takeaways: renderTakeaways(keyTakeaways, citations, document.path) });
      },
      paragraph: container,
      heading: container,
      tableCell: container,
      after(_root, context) {
        if (!citations) return;
        const record = citations.finish();
        addPageProblems(context, 'citation', citations.problems());
        recordForPage(context, { citations: record });
        context.data.citationFacts = citations.facts();
      },
    };
  };
}
