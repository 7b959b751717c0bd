import type { Link, Nodes, Parent, PhrasingContent, Text } from 'mdast';
import { findQuotations } from '../citations/find-quotations.ts';
import { withTextsReplaced } from '../markdown/replace-texts.ts';
import { joinBase, routes } from '../routes.ts';
import type { TermSpelling } from '../text/find-terms.ts';
import { firstUses } from './first-uses.ts';
import { glossaryCardId } from './glossary-cards.ts';

export interface DocumentGlossaryLinksOptions {
  /** The glossary's terms and spellings. */
  terms: readonly TermSpelling[];
  /** Site base path, for link URLs. */
  base: string;
}

/** The glossary links of one document: feed it its paragraphs and table cells in document order. */
export interface DocumentGlossaryLinks {
  /** A paragraph or table cell with the first use of each term not yet linked made a link: its new children, or undefined. */
  container(node: Parent): PhrasingContent[] | undefined;
  /** The terms linked so far, sorted (the glossary page lists, under each term, the briefings that link to it). */
  linkedTerms(): string[];
}

/** Inline nodes whose text is never linked: links already, code, citations, raw HTML and JSX. */
const OPAQUE = new Set(['link', 'linkReference', 'inlineCode', 'html', 'mdxJsxTextElement', 'mdxTextExpression', 'footnoteReference', 'image', 'imageReference']);
/** Stands in for an opaque node in the flattened text: not a letter, so it also ends a word. */
const PLACEHOLDER = '\u0001';

interface Piece {
  node: Text;
  offset: number;
}

/** A citation marker, or the margin's glimpse of the passages it cites (the source's words, not ours). */
function isCitation(node: Nodes): boolean {
  const className = (node.data as { hProperties?: { className?: unknown } } | undefined)?.hProperties?.className;
  return Array.isArray(className) && (className.includes('citation') || className.includes('sidenote'));
}

function flatten(container: Parent): { text: string; pieces: Piece[] } {
  const pieces: Piece[] = [];
  let text = '';
  const walk = (parent: Parent) => {
    for (const child of parent.children as Nodes[]) {
      if (child.type === 'text') {
        pieces.push({ node: child, offset: text.length });
        text += child.value;
      } else if (OPAQUE.has(child.type) || isCitation(child)) {
        text += PLACEHOLDER;
      } else if ('children' in child) {
        walk(child as Parent);
      }
    }
  };
  walk(container);
  return { text, pieces };
}

/**
 * Links the first use of each glossary term in a document to its entry.
 *
 * In:  `ISIS lost its caliphate in 2017.` (with `content/glossary/caliphate.md` listing "caliphate")
 * Out: `ISIS lost its <a class="glossary-link" href="/glossary/#caliphate" aria-describedby="glossary-card-caliphate">caliphate</a> in 2017.`
 *
 * Only prose is linked: not existing links, citations, code, or words inside quotation marks
 * (those are the sources' words); headings are never given (a link in a heading fights the
 * table of contents). Spellings come from each entry's `aliases`, so links follow the text as
 * it changes. The set of terms already linked is per document.
 */
export function documentGlossaryLinks(options: DocumentGlossaryLinksOptions): DocumentGlossaryLinks {
  const linked = new Set<string>();
  return {
    container(node) {
      if (options.terms.length === 0) return undefined;
      const { text, pieces } = flatten(node);
      const quotations = findQuotations(text).map(({ start, end }) => [start, end] as const);
      const uses = firstUses(text, options.terms, linked, quotations);
      const usesByPiece = new Map<Piece, typeof uses>();
      for (const use of uses) {
        const piece = pieces.find((candidate) => use.start >= candidate.offset && use.end <= candidate.offset + candidate.node.value.length);
        if (!piece) continue; // spans two text nodes (half in bold, say): a later use gets the link
        usesByPiece.set(piece, [...(usesByPiece.get(piece) ?? []), use]);
      }
      const replacements = new Map<Text, PhrasingContent[]>();
      for (const [piece, pieceUses] of usesByPiece) {
        const value = piece.node.value;
        const replacement: (Text | Link)[] = [];
        let last = 0;
        for (const use of pieceUses) {
          const start = use.start - piece.offset;
          const end = use.end - piece.offset;
          if (start > last) replacement.push({ type: 'text', value: value.slice(last, start) });
          replacement.push({
            type: 'link',
            url: joinBase(options.base, routes.glossaryTerm(use.id)),
            children: [{ type: 'text', value: value.slice(start, end) }],
            // The term's preview card (rendered by the page: src/components/GlossaryCards.astro) describes the link.
            data: { hProperties: { className: ['glossary-link'], ariaDescribedBy: [glossaryCardId(use.id)] } },
          });
          last = end;
          linked.add(use.id);
        }
        if (last < value.length) replacement.push({ type: 'text', value: value.slice(last) });
        replacements.set(piece.node, replacement);
      }
      return withTextsReplaced(node, replacements);
    },
    linkedTerms: () => [...linked].sort(),
  };
}
