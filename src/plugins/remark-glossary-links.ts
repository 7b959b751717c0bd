import type { Link, Nodes, Parent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { findQuotations } from '../lib/citations/find-quotations.ts';
import { firstUses } from '../lib/glossary/first-uses.ts';
import { glossaryCardId } from '../lib/glossary/glossary-cards.ts';
import { joinBase, routes } from '../lib/routes.ts';
import type { TermSpelling } from '../lib/text/find-terms.ts';

export interface RemarkGlossaryLinksOptions {
  /** The glossary's terms and spellings (the site passes the glossary collection's snapshot). */
  terms: () => readonly TermSpelling[];
  /** Site base path, for link URLs. */
  base: string;
  /** Which documents get links, by file path; default: those under `content/briefings/`. */
  appliesTo?: (path: string) => boolean;
}

/** Blocks whose inline text is searched; headings are not (a link in a heading fights the table of contents). */
const CONTAINERS = new Set(['paragraph', 'tableCell']);
/** Inline nodes whose text is never linked: links already, code, citations, raw HTML and JSX. */
const OPAQUE = new Set(['link', 'linkReference', 'inlineCode', 'html', 'mdxJsxTextElement', 'mdxTextExpression', 'footnoteReference', 'image', 'imageReference']);
/** Stands in for an opaque node in the flattened text: not a letter, so it also ends a word. */
const PLACEHOLDER = '\u0001';

interface Piece {
  node: Text;
  parent: Parent;
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
        pieces.push({ node: child, parent, offset: text.length });
        text += child.value;
      } else if (OPAQUE.has(child.type) || isCitation(child)) {
        text += PLACEHOLDER;
      } else if ('children' in child && !CONTAINERS.has(child.type)) {
        walk(child as Parent);
      }
    }
  };
  walk(container);
  return { text, pieces };
}

/**
 * Links the first use of each glossary term in a briefing to its entry.
 *
 * In:  `ISIS lost its caliphate in 2017.` (with `content/glossary/caliphate.md` listing "caliphate")
 * Out: `ISIS lost its <a class="glossary-link" href="/glossary/#caliphate" aria-describedby="glossary-card-caliphate">caliphate</a> in 2017.`
 *
 * Only prose is linked: not headings, existing links, citations, code, or words inside
 * quotation marks (those are the sources' words). Spellings come from each entry's
 * `aliases`, so links follow the text as it changes. The set of terms already linked is
 * per document.
 */
export function remarkGlossaryLinks(options: RemarkGlossaryLinksOptions) {
  const appliesTo = options.appliesTo ?? ((path: string) => /(?:^|[\\/])content[\\/]briefings[\\/]/u.test(path));
  return (tree: Root, file: VFile) => {
    if (!file.path || !appliesTo(file.path)) return;
    const terms = options.terms();
    if (terms.length === 0) return;
    const linked = new Set<string>();

    visit(tree, (node: Nodes) => {
      if (node.type === 'heading') return SKIP;
      if (!CONTAINERS.has(node.type)) return undefined;
      const { text, pieces } = flatten(node as Parent);
      const quotations = findQuotations(text).map(({ start, end }) => [start, end] as const);
      const uses = firstUses(text, terms, linked, quotations);
      const usesByPiece = new Map<Piece, typeof uses>();
      for (const use of uses) {
        const piece = pieces.find((candidate) => use.start >= candidate.offset && use.end <= candidate.offset + candidate.node.value.length);
        if (!piece) continue; // spans two text nodes (half in bold, say): a later use gets the link
        usesByPiece.set(piece, [...(usesByPiece.get(piece) ?? []), use]);
      }
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
        const siblings = piece.parent.children as Nodes[];
        siblings.splice(siblings.indexOf(piece.node), 1, ...replacement);
      }
      return SKIP;
    });

    // The glossary page lists, under each term, the briefings that link to it.
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.glossaryTerms = [...linked].sort();
  };
}
