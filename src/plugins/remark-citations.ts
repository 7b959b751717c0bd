import { relative } from 'node:path';
import type { Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { emptyCitations, type BriefingCitations } from '../lib/citations/citation-record.ts';
import { quotationsBefore, findQuotations, type Quotation } from '../lib/citations/find-quotations.ts';
import { describeCitationNotice, describeCitationProblem } from '../lib/citations/format-problem.ts';
import { parseCitations, type CitationBracket } from '../lib/citations/parse-citations.ts';
import { resolveCitation, type ResolvedItem } from '../lib/citations/resolve-citation.ts';
import { passageGlimpse } from '../lib/citations/passage-glimpse.ts';
import type { SourceLibrary } from '../lib/citations/source-library.ts';
import { countProblems, ProblemError, warnOnConsole, type Problem, type WarningSink } from '../lib/problems.ts';
import { joinBase } from '../lib/routes.ts';

export interface RemarkCitationsOptions {
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

/** Block nodes whose inline text is read as one run for sentences and quotations. */
const TEXT_CONTAINERS = new Set(['paragraph', 'heading', 'tableCell']);

interface TextPiece {
  node: Text;
  parent: Parent;
  /** Offset of the node's value in the container's flat text. */
  offset: number;
}

interface Point {
  line: number;
  column: number;
}

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
  visit(container as Nodes, (node: Nodes, _index, parent) => {
    if (node === container) return;
    if (node.type === 'text' && parent) {
      pieces.push({ node, parent: parent as Parent, offset: text.length });
      text += node.value;
      return;
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
 * Pandoc-style citations with verified quotations.
 *
 * In:  `He called it “a regional power threat” [@shafaq-iraq-resurgence-2025].`
 * Out: `He called it “a regional power threat” <span class="citation">[<a id="cite-1"
 *       class="cite-link" href="/sources/shafaq-iraq-resurgence-2025/#p-4" …>Shafaq ¶4</a>]</span>.`
 *
 * The marker is the source's short label and the paragraph, the same on every page;
 * consecutive items of one source share the label: `[Shafaq ¶4, ¶5; NYT ¶3]`.
 *
 * Each quotation in the sentence before a citation must appear in the cited source (in the
 * named paragraph when there is a `¶N` locator); otherwise the build fails with the
 * quotation, the source and its closest passage. The document's citations are exported on
 * `file.data.astro.frontmatter.citations` for the page's Sources list and preview cards.
 * All state is per document.
 */
export function remarkCitations(options: RemarkCitationsOptions) {
  return citationTransform(options, options.warn ?? warnOnConsole);
}

function citationTransform(options: RemarkCitationsOptions, warn: WarningSink) {
  return (tree: Root, file: VFile) => {
    const library = options.library();
    const fileLabel = file.path ? relative(file.cwd, file.path) : '(briefing)';
    const errors: Problem[] = [];
    const at = (point: Point | undefined) => ({ file: fileLabel, line: point?.line ?? 0, column: point?.column ?? 0 });
    const record: BriefingCitations = emptyCitations();
    const citedSources = new Set<string>();
    const cardIds = new Map<string, string>();
    const claimedQuotations = new Set<string>();
    const glimpsed = new Set<string>();
    const prefix = file.path && options.idPrefix ? options.idPrefix(file.path) : '';
    const withSidenotes = file.path !== undefined && (options.sidenotes ?? ((path: string) => /(?:^|[\\/])content[\\/]briefings[\\/]/u.test(path)))(file.path);
    let linkCount = 0;

    const cite = (bracket: CitationBracket, quotations: Quotation[], piece: TextPiece, localStart: number): PhrasingContent[] => {
      const { items, problems, notices } = resolveCitation(bracket, quotations, library);
      for (const notice of notices) warn({ ...at(pointIn(piece.node, localStart)), ...describeCitationNotice(notice) });
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
      const citation = { type: 'emphasis', data: { hName: 'span', hProperties: { className: ['citation'], dataPagefindIgnore: '' } }, children } as PhrasingContent;
      return withSidenotes ? [citation, ...sidenote(items)] : [citation];
    };

    /**
     * Beside the marker, for the margin: each cited passage's label and a glimpse of it. Hidden
     * from assistive technology (the marker's preview card describes the same passage) and from
     * search (the words are the source's, indexed on its own page).
     */
    const sidenote = (items: ResolvedItem[]): PhrasingContent[] => {
      const notes = items.flatMap((resolved): PhrasingContent[] => {
        const { passage } = resolved;
        // A passage is glimpsed once, beside its first citation: the margin stays near its markers.
        if (!passage || glimpsed.has(`${resolved.source.slug}#${passage.anchor}`)) return [];
        glimpsed.add(`${resolved.source.slug}#${passage.anchor}`);
        const label = passage.paragraph !== undefined ? `${resolved.source.label} ¶${passage.paragraph}` : `${resolved.source.label}, ${passage.label ?? passage.anchor}`;
        const glimpse = passageGlimpse(passage.text, resolved.quotations[0]?.match);
        return [span(['sidenote-item'], [span(['sidenote-label'], [textNode(label)]), textNode(` ${glimpse}`)])];
      });
      return notes.length === 0 ? [] : [{ ...span(['sidenote'], notes), data: { hName: 'span', hProperties: { className: ['sidenote'], ariaHidden: 'true', dataPagefindIgnore: 'all' } } } as PhrasingContent];
    };
    const span = (className: string[], children: PhrasingContent[]): PhrasingContent => ({ type: 'emphasis', data: { hName: 'span', hProperties: { className } }, children }) as PhrasingContent;

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
        url: joinBase(options.base, anchor ? `${source.page}#${anchor}` : source.page),
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

    visit(tree, (node: Nodes) => {
      if (!TEXT_CONTAINERS.has(node.type)) return undefined;
      const container = node as Parent;
      const { text, pieces } = flatten(container);
      if (!text.includes('@') && !text.includes('“') && !text.includes('"')) return undefined;
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
          for (const quotation of quotations) claimedQuotations.add(`${quotation.start}`);
          const before = piece.node.value.slice(last, bracket.start);
          const space = /\s+$/u.exec(before)?.[0] ?? '';
          if (before.length > space.length) replacement.push(textNode(before.slice(0, before.length - space.length)));
          const [citation, ...notes] = cite(bracket, quotations, piece, bracket.start);
          // The space before a citation goes out of the search index with it, or excerpts would
          // read "in Austria ." where the text reads "in Austria [NYT ¶2].".
          replacement.push(space ? ({ type: 'emphasis', data: { hName: 'span', hProperties: { dataPagefindIgnore: '' } }, children: [textNode(space), citation!] } as PhrasingContent) : citation!, ...notes);
          last = bracket.end;
          floor = piece.offset + bracket.end;
        }
        if (last < piece.node.value.length) replacement.push(textNode(piece.node.value.slice(last)));
        const index = piece.parent.children.indexOf(piece.node);
        piece.parent.children.splice(index, 1, ...replacement);
      }
      // A quotation no citation vouches for cannot be checked: say so.
      for (const quotation of findQuotations(text)) {
        if (claimedQuotations.has(`${quotation.start}`) || quotation.text.trim().split(/\s+/u).length < 3) continue;
        const piece = [...pieces].reverse().find((candidate) => candidate.offset <= quotation.start);
        const point = piece ? pointIn(piece.node, quotation.start - piece.offset) : undefined;
        warn({ ...at(point), message: `the quotation “${quotation.text.length > 80 ? `${quotation.text.slice(0, 79).trimEnd()}…` : quotation.text}” has no citation after it in its sentence, so it cannot be verified.` });
      }
      claimedQuotations.clear();
      return SKIP;
    });

    if (errors.length > 0) throw new ProblemError(errors, `${countProblems(errors.length, 'citation')}:`);

    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.citations = record;

    const listed = data.astro.frontmatter.sources;
    if (Array.isArray(listed) && record.links.length > 0) {
      const cited = new Set(record.sources.map((source) => source.slug));
      const listedSet = new Set(listed.map(String));
      for (const slug of listedSet) {
        if (!cited.has(slug)) warn({ file: fileLabel, message: `"${slug}" is listed in frontmatter sources but never cited; cite it or remove it from sources.` });
      }
      for (const slug of cited) {
        if (!listedSet.has(slug)) warn({ file: fileLabel, message: `"${slug}" is cited but not listed in frontmatter sources; add it to sources.` });
      }
    }
  };
}
