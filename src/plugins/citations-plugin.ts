import type { Heading, Paragraph, TableCell } from 'mdast';
import type { MdastPluginDefinition, MdastVisitorContext, PluginFactoryContext } from 'satteri';
import { documentCitations, type DocumentCitations } from '../lib/citations/document-citations.ts';
import type { SourceLibrary } from '../lib/citations/source-library.ts';
import { withChildren } from '../lib/markdown/replace-texts.ts';
import { warnOnConsole, type WarningSink } from '../lib/problems.ts';
import { pageDocument, recordForPage } from './page-document.ts';
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
}

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
          idPrefix: document.path && options.idPrefix ? options.idPrefix(document.path) : '',
          listedSources: document.frontmatter.sources,
          warn: options.warn ?? warnOnConsole,
        });
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
