import type { Paragraph, TableCell } from 'mdast';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { documentGlossaryLinks, type DocumentGlossaryLinks } from '../lib/glossary/document-glossary-links.ts';
import { withChildren } from '../lib/markdown/replace-texts.ts';
import type { TermSpelling } from '../lib/text/find-terms.ts';
import { pageDocument, recordForPage } from './page-document.ts';

export interface GlossaryLinksPluginOptions {
  /** The glossary's terms and spellings (the site passes the glossary collection's snapshot). */
  terms: () => readonly TermSpelling[];
  /** Site base path, for link URLs. */
  base: string;
  /** Which documents get links, by file path; default: those under `content/briefings/`. */
  appliesTo?: (path: string) => boolean;
}

const inBriefings = (path: string) => /(?:^|[\\/])content[\\/]briefings[\\/]/u.test(path);

/**
 * Links the first use of each glossary term in a briefing to its entry
 * (src/lib/glossary/document-glossary-links.ts), as a Sätteri plugin, and records the terms it
 * linked for the page (`glossaryTerms`). Run it after the citations plugin, so citation
 * brackets are already links and are left alone.
 *
 * In:  `ISIS lost its caliphate in 2017.`
 * Out: `ISIS lost its <a class="glossary-link" href="/glossary/#caliphate">caliphate</a> in 2017.`
 */
export function glossaryLinksPlugin(options: GlossaryLinksPluginOptions) {
  const appliesTo = options.appliesTo ?? inBriefings;
  return (factory: PluginFactoryContext): MdastPluginDefinition | undefined => {
    if (!factory.fileURL || !appliesTo(pageDocument(factory, '').path ?? '')) return undefined;
    let links: DocumentGlossaryLinks | undefined;
    const container = <T extends Paragraph | TableCell>(node: Readonly<T>): T | undefined => {
      const children = links?.container(node as T);
      return children ? withChildren(node as T, children) : undefined;
    };
    return {
      name: 'glossary-links',
      before() {
        links = documentGlossaryLinks({ terms: options.terms(), base: options.base });
      },
      paragraph: container,
      tableCell: container,
      after(_root, context) {
        if (links) recordForPage(context, { glossaryTerms: links.linkedTerms() });
      },
    };
  };
}
