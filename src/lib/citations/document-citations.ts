import type { Nodes, Parent, PhrasingContent, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { withTextsReplaced } from '../markdown/replace-texts.ts';
import { countProblems, ProblemError, type Problem, type WarningSink } from '../problems.ts';
import { joinBase, routes } from '../routes.ts';
import { emptyCitations, type BriefingCitations } from './citation-record.ts';
import { findQuotations, quotationsBefore, type Quotation } from './find-quotations.ts';
import { describeCitationProblem } from './format-problem.ts';
import { parseCitations, type CitationBracket } from './parse-citations.ts';
import { resolveCitation, type ResolvedItem } from './resolve-citation.ts';
import type { SourceLibrary } from './source-library.ts';

export interface DocumentCitationsOptions {
  /** The source library to verify against. */
  library: SourceLibrary;
  /** Site base path, for link URLs. */
  base: string;
  /** The document, as problems name it: its path relative to the project. */
  file: string;
  /** Prefix of the element ids of the document's links and cards (`levant-` → `levant-cite-1`); default none. */
  idPrefix?: string;
  /** The frontmatter `sources` list, compared with what is cited. */
  listedSources?: unknown;
  warn: WarningSink;
}

/** The citations of one document: feed it its text containers in document order, then finish. */
export interface DocumentCitations {
  /**
   * A text container (paragraph, heading, table cell) with its citations turned into links:
   * its new children, or undefined when it has none.
   */
  container(node: Parent): PhrasingContent[] | undefined;
  /** After the last container: the document's citations, or a ProblemError listing every problem. */
  finish(): BriefingCitations;
}

interface TextPiece {
  node: Text;
  /** Offset of the node's value in the container's flat text. */
  offset: number;
}

interface Point {
  line: number;
  column: number;
}

/** Block nodes read as one run of text for sentences and quotations. */
const TEXT_CONTAINERS = new Set(['paragraph', 'heading', 'tableCell']);

/** Line and column of a character of a text node, from the node's start (close enough when the text has no escapes). */
function pointIn(node: Text, index: number): Point | undefined {
  const start = node.position?.start;
  if (!start) return undefined;
  const before = node.value.slice(0, index);
  const lines = before.split('\n');
  if (lines.length === 1) return { line: start.line, column: start.column + index };
  return { line: start.line + lines.length - 1, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** The container's inline text as one string, with the text nodes it came from. */
function flatten(container: Parent): { text: string; pieces: TextPiece[] } {
  const pieces: TextPiece[] = [];
  let text = '';
  visit(container as Nodes, (node: Nodes) => {
    if (node === container) return undefined;
    if (node.type === 'text') {
      pieces.push({ node, offset: text.length });
      text += node.value;
      return undefined;
    }
    if (node.type === 'inlineCode') {
      text += node.value;
      return SKIP;
    }
    if (node.type === 'break') text += '\n';
    // Nested blocks (a paragraph inside a JSX element inside a list item…) are containers of their own.
    if (TEXT_CONTAINERS.has(node.type)) return SKIP;
    return undefined;
  });
  return { text, pieces };
}

function textNode(value: string): Text {
  return { type: 'text', value };
}

/**
 * Pandoc-style citations with verified quotations, for one document.
 *
 * In:  `He called it “a regional power threat” [@shafaq-iraq-resurgence-2025].`
 * Out: `He called it “a regional power threat” <span class="citation">[<a id="cite-1"
 *       class="cite-link" href="/sources/shafaq-iraq-resurgence-2025/#p-4" …>Shafaq ¶4</a>]</span>.`
 *
 * The marker is the source's short label and the paragraph, the same on every page;
 * consecutive items of one source share the label: `[Shafaq ¶4, ¶5; NYT ¶3]`.
 *
 * Each quotation in the sentence before a citation must appear in the cited source (in the
 * named paragraph when there is a `¶N` locator); otherwise `finish` throws with the
 * quotation, the source and its closest passage. All state is per document.
 */
export function documentCitations(options: DocumentCitationsOptions): DocumentCitations {
  const { library, file, warn } = options;
  const prefix = options.idPrefix ?? '';
  const errors: Problem[] = [];
  const at = (point: Point | undefined) => ({ file, line: point?.line ?? 0, column: point?.column ?? 0 });
  const record: BriefingCitations = emptyCitations();
  const citedSources = new Set<string>();
  const cardIds = new Map<string, string>();
  let linkCount = 0;

  const linkFor = (resolved: ResolvedItem, showLabel: boolean): PhrasingContent => {
    const { source } = resolved;
    if (!citedSources.has(source.slug)) {
      citedSources.add(source.slug);
      record.sources.push({ slug: source.slug, label: source.label, paragraphs: [] });
    }
    const anchor = resolved.passage?.anchor;
    const paragraph = resolved.passage?.paragraph;
    const entry = record.sources.find((candidate) => candidate.slug === source.slug);
    if (entry && paragraph !== undefined && !entry.paragraphs.includes(paragraph)) {
      entry.paragraphs.push(paragraph);
      entry.paragraphs.sort((a, b) => a - b);
    }
    const highlight = resolved.quotations[0]?.match;
    const cardKey = `${source.slug}#${anchor ?? ''}#${highlight ? `${highlight.start}-${highlight.end}` : ''}`;
    let card = cardIds.get(cardKey);
    if (!card) {
      card = `${prefix}cite-card-${cardIds.size + 1}`;
      cardIds.set(cardKey, card);
      record.cards.push({
        id: card,
        slug: source.slug,
        ...(anchor ? { anchor } : {}),
        ...(highlight ? { highlight: { start: highlight.start, end: highlight.end } } : {}),
      });
    }
    linkCount += 1;
    const id = `${prefix}cite-${linkCount}`;
    record.links.push({ id, slug: source.slug, ...(anchor ? { anchor } : {}), ...(paragraph !== undefined ? { paragraph } : {}), card });
    const place = paragraph !== undefined ? `¶${paragraph}` : '';
    const visible = showLabel ? [source.label, place].filter(Boolean).join(' ') : place;
    const where = paragraph !== undefined ? `, paragraph ${paragraph}` : anchor ? `, ${resolved.passage?.label ?? anchor}` : '';
    return {
      type: 'link',
      url: joinBase(options.base, anchor ? routes.passage(source.slug, anchor) : routes.source(source.slug)),
      children: [textNode(visible)],
      data: {
        hProperties: {
          id,
          className: ['cite-link'],
          // The accessible name starts with the visible text, so speech users can say what they see (WCAG 2.5.3).
          ariaLabel: `${visible}: ${source.publisher}${where}`,
          ariaDescribedBy: [card],
        },
      },
    };
  };

  const cite = (bracket: CitationBracket, quotations: Quotation[], piece: TextPiece, localStart: number): PhrasingContent => {
    const { items, problems } = resolveCitation(bracket, quotations, library);
    for (const problem of problems) {
      const quotationStart = problem.kind === 'quotation-not-found' ? problem.quotation.start - piece.offset : localStart;
      errors.push({ ...at(pointIn(piece.node, Math.max(0, quotationStart))), ...describeCitationProblem(problem) });
    }
    const children: PhrasingContent[] = [textNode('[')];
    items.forEach((resolved, index) => {
      const previous = items[index - 1];
      // "[Shafaq ¶4, ¶5]": a run of plain items from one source names the source once.
      const continues =
        previous !== undefined &&
        previous.source.slug === resolved.source.slug &&
        !previous.item.suffix &&
        !resolved.item.prefix &&
        resolved.passage?.paragraph !== undefined &&
        previous.passage?.paragraph !== undefined;
      if (index > 0) children.push(textNode(continues ? ', ' : '; '));
      if (resolved.item.prefix) children.push(textNode(`${resolved.item.prefix} `));
      children.push(linkFor(resolved, !continues));
      if (resolved.item.suffix) children.push(textNode(`, ${resolved.item.suffix}`));
    });
    if (items.length === 0) children.push(textNode(bracket.raw.slice(1, -1)));
    children.push(textNode(']'));
    return { type: 'emphasis', data: { hName: 'span', hProperties: { className: ['citation'], dataPagefindIgnore: '' } }, children } as PhrasingContent;
  };

  return {
    container(node) {
      const { text, pieces } = flatten(node);
      if (!text.includes('@') && !text.includes('“') && !text.includes('"')) return undefined;
      const claimed = new Set<number>();
      const replacements = new Map<Text, PhrasingContent[]>();
      let floor = 0;
      for (const piece of pieces) {
        const { citations, errors: syntaxErrors } = parseCitations(piece.node.value);
        for (const error of syntaxErrors) {
          errors.push({ ...at(pointIn(piece.node, error.start)), message: `cannot read the citation ${error.raw}: ${error.message}` });
        }
        if (citations.length === 0) continue;
        const replacement: PhrasingContent[] = [];
        let last = 0;
        for (const bracket of citations) {
          const globalStart = piece.offset + bracket.start;
          const quotations = quotationsBefore(text, globalStart, floor);
          for (const quotation of quotations) claimed.add(quotation.start);
          const before = piece.node.value.slice(last, bracket.start);
          const space = /\s+$/u.exec(before)?.[0] ?? '';
          if (before.length > space.length) replacement.push(textNode(before.slice(0, before.length - space.length)));
          const citation = cite(bracket, quotations, piece, bracket.start);
          // The space before a citation goes out of the search index with it, or excerpts would
          // read "in Austria ." where the text reads "in Austria [NYT ¶2].".
          replacement.push(space ? ({ type: 'emphasis', data: { hName: 'span', hProperties: { dataPagefindIgnore: '' } }, children: [textNode(space), citation] } as PhrasingContent) : citation);
          last = bracket.end;
          floor = piece.offset + bracket.end;
        }
        if (last < piece.node.value.length) replacement.push(textNode(piece.node.value.slice(last)));
        replacements.set(piece.node, replacement);
      }
      // A quotation no citation vouches for cannot be checked: say so.
      for (const quotation of findQuotations(text)) {
        if (claimed.has(quotation.start) || quotation.text.trim().split(/\s+/u).length < 3) continue;
        const piece = [...pieces].reverse().find((candidate) => candidate.offset <= quotation.start);
        const point = piece ? pointIn(piece.node, quotation.start - piece.offset) : undefined;
        warn({ ...at(point), message: `the quotation “${quotation.text.length > 80 ? `${quotation.text.slice(0, 79).trimEnd()}…` : quotation.text}” has no citation after it in its sentence, so it cannot be verified.` });
      }
      return withTextsReplaced(node, replacements);
    },

    finish() {
      if (errors.length > 0) throw new ProblemError(errors, `${countProblems(errors.length, 'citation')}:`);
      const listed = options.listedSources;
      if (Array.isArray(listed) && record.links.length > 0) {
        const cited = new Set(record.sources.map((source) => source.slug));
        const listedSet = new Set(listed.map(String));
        for (const slug of listedSet) {
          if (!cited.has(slug)) warn({ file, message: `"${slug}" is listed in frontmatter sources but never cited; cite it or remove it from sources.` });
        }
        for (const slug of cited) {
          if (!listedSet.has(slug)) warn({ file, message: `"${slug}" is cited but not listed in frontmatter sources; add it to sources.` });
        }
      }
      return record;
    },
  };
}
