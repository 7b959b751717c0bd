import type { Nodes, Parent, PhrasingContent, Text } from 'mdast';
import { lineStarts, pointAt } from '../markdown/source-text.ts';
import type { Problem, WarningSink } from '../problems.ts';
import { joinBase, routes } from '../routes.ts';
import { citationKeysIn } from './citation-key.ts';
import { emptyCitations, type BriefingCitations } from './citation-record.ts';
import { claimSentence } from './claim-sentence.ts';
import { findQuotations, sentenceStart, type Quotation } from './find-quotations.ts';
import { describeCitationProblem } from './format-problem.ts';
import { readRun, segmentAt, sliceRun, sourceMap, maskedText, type InlineRun, type SourceMap } from './inline-run.ts';
import { closestSlugs, NODE_WITH_KEY, parseCitations, unmask, type Citation, type CitationItem, type Span } from './parse-citations.ts';
import { resolveCitation, type ResolvedItem } from './resolve-citation.ts';
import type { SourceLibrary } from './source-library.ts';
import { passageGlimpse } from './passage-glimpse.ts';
import { textDirective } from './text-fragment.ts';

export interface DocumentCitationsOptions {
  /** The source library to verify against. */
  library: SourceLibrary;
  /** Site base path, for link URLs. */
  base: string;
  /** The document, as problems name it: its path relative to the project. */
  file: string;
  /** The Markdown the document's nodes were parsed from (their positions are offsets into it): tells `\@` from `@` and places problems exactly. */
  source?: string;
  /** How many lines of the file precede `source` (a Markdown entry's frontmatter), added to every place in the body; default none. */
  bodyLine?: () => number;
  /** Prefix of the element ids of the document's links and cards (`levant-` → `levant-cite-1`); default none. */
  idPrefix?: string;
  /** The frontmatter `sources` list, compared with what is cited. */
  listedSources?: unknown;
  /**
   * Whether each citation in the body gets a glimpse of the passages it cites beside its marker
   * (a sidenote, shown in the margin where the layout has one: briefings); default no.
   */
  sidenotes?: boolean;
  warn: WarningSink;
}

/** What the editorial rules need to know of a citation. */
export interface CitationFact {
  line: number;
  column: number;
  /** The citation as written. */
  raw: string;
  /** Whether every item names its paragraphs. */
  located: boolean;
  /** Whether it comes straight after a quotation's closing mark (and verifies it). */
  followsQuotation: boolean;
}

/** Text that is not the document's body but is cited like it (a key takeaway in the frontmatter), with where it sits. */
export interface DetachedText {
  /** The Markdown it was parsed from. */
  source: string;
  /** The place in the document's file of an offset into `source`. */
  place(offset: number): { line: number; column: number };
}

/** The citations of one document: feed it its text containers in document order, then read what it found. */
export interface DocumentCitations {
  /**
   * A text container (paragraph, heading, table cell) with its citations turned into links:
   * its new children, or undefined when it has none. `detached` places text parsed apart from
   * the body (a key takeaway).
   */
  container(node: Parent, detached?: DetachedText): PhrasingContent[] | undefined;
  /** Every problem found so far, in document order. */
  problems(): Problem[];
  /** Every citation read so far that resolved, for the editorial rules. */
  facts(): CitationFact[];
  /** How many citations have been read so far, resolved or not. */
  count(): number;
  /** The document's citations, for its page; after the last container. Warns about listed sources never cited. */
  finish(): BriefingCitations;
}

interface Point {
  line: number;
  column: number;
}

/** A parsed citation with where it sits: its run, and its offset in the container's flat text. */
interface Located {
  citation: Citation;
  run: InlineRun;
  /** Offsets of its start and end in the container's flat text. */
  start: number;
  end: number;
}

/** Inline nodes read as part of a run of their own (their children are phrasing). */
const NESTED_RUN = new Set(['emphasis', 'strong', 'delete', 'mdxJsxTextElement']);
/** Inline nodes whose text is written by the author but never made into citations: a citation there would be a link in a link. */
const NO_CITATIONS = new Set(['link', 'linkReference']);
/** Nodes whose content is not prose. */
const SKIPPED = new Set(['inlineCode', 'html', 'mdxTextExpression', 'mdxFlowExpression', 'footnoteReference']);

function textNode(value: string): Text {
  return { type: 'text', value };
}

/** What a marker shows of where: the locator as written (`¶5–6`), else the paragraph a quotation was found in. */
function placeLabel(resolved: ResolvedItem<CitationItem>): string {
  if (resolved.item.locator) return resolved.item.locator.label;
  return resolved.passage?.paragraph !== undefined ? `¶${resolved.passage.paragraph}` : '';
}

function ignoredBySearch(children: PhrasingContent[]): PhrasingContent {
  return { type: 'emphasis', data: { hName: 'span', hProperties: { dataPagefindIgnore: '' } }, children } as PhrasingContent;
}

/** Leading or trailing white space of a list of nodes dropped where it is text. */
function trimNodes(nodes: PhrasingContent[], side: 'start' | 'end'): PhrasingContent[] {
  const result = [...nodes];
  const index = side === 'start' ? 0 : result.length - 1;
  const edge = result[index];
  if (edge?.type === 'text') {
    const value = side === 'start' ? edge.value.trimStart() : edge.value.trimEnd();
    if (value === '') result.splice(index, 1);
    else result[index] = textNode(value);
  }
  return result;
}

/**
 * Pandoc-style citations with verified quotations, for one document.
 *
 * In:  `He called it “a regional power threat” [@shafaq-iraq-resurgence-2025].`
 * Out: `He called it “a regional power threat” <span class="citation">[<a id="cite-1"
 *       class="cite-link" href="/sources/shafaq-iraq-resurgence-2025/#p-4" …>Shafaq ¶4</a>]</span>.`
 *
 * The marker is the source's short label and the paragraphs, the same on every page;
 * consecutive items of one source share the label: `[Shafaq ¶4, ¶5; NYT ¶3]`. An author-in-text
 * citation (`@shafaq-iraq-resurgence-2025 [¶4] reports`) writes the source's name with the
 * marker: "Shafaq News [¶4] reports". A range or list (`¶5–6`, `¶3, ¶5`) links to its first
 * paragraph and highlights all of them on arrival.
 *
 * Each quotation in the sentence before a citation (and, for an author-in-text one, after it)
 * must appear in the cited source, in one of the named paragraphs when there is a locator.
 * Whatever looks like a citation and cannot be read is a problem: nothing citation-shaped
 * reaches a page as text. All state is per document.
 */
export function documentCitations(options: DocumentCitationsOptions): DocumentCitations {
  const { library, file, warn } = options;
  const prefix = options.idPrefix ?? '';
  const body = sourceMap(options.source);
  let bodyLines: number[] | undefined;
  const problems: Problem[] = [];
  const facts: CitationFact[] = [];
  const record: BriefingCitations = emptyCitations();
  const cardIds = new Map<string, string>();
  let linkCount = 0;
  let citationCount = 0;
  /** The claim of the citation being rendered: its sentence as the document reads (see claimSentence). */
  let claim: string | undefined;

  /** The place of a character of a text node. */
  const placeIn = (map: SourceMap, detached: DetachedText | undefined, node: Text | undefined, index: number): Point => {
    if (!node) return { line: 0, column: 0 };
    const origin = map.aligned(node)?.origins[Math.min(index, node.value.length - 1)];
    const offset = origin !== undefined && origin >= 0 ? origin + (index >= node.value.length ? 1 : 0) : node.position?.start.offset;
    if (offset !== undefined && offset !== null) {
      if (detached) return detached.place(offset);
      if (map.source !== undefined) {
        const point = pointAt((bodyLines ??= lineStarts(map.source)), offset);
        return { line: point.line + (options.bodyLine?.() ?? 0), column: point.column };
      }
    }
    const start = node.position?.start;
    return start ? { line: start.line + (detached ? 0 : (options.bodyLine?.() ?? 0)), column: start.column + index } : { line: 0, column: 0 };
  };

  const linkFor = (resolved: ResolvedItem<CitationItem>, visible: string, inText: boolean): PhrasingContent => {
    const { source, item } = resolved;
    let entry = record.sources.find((candidate) => candidate.slug === source.slug);
    if (!entry) {
      entry = { slug: source.slug, label: source.label, paragraphs: [] };
      record.sources.push(entry);
    }
    const covered = resolved.paragraphs.length > 0 ? resolved.paragraphs : resolved.passage ? [resolved.passage] : [];
    for (const passage of covered) {
      if (passage.paragraph !== undefined && !entry.paragraphs.includes(passage.paragraph)) entry.paragraphs.push(passage.paragraph);
    }
    entry.paragraphs.sort((a, b) => a - b);
    const anchor = resolved.passage?.anchor;
    const paragraph = resolved.passage?.paragraph;
    const match = resolved.quotations[0]?.match;
    // A range or list highlights every paragraph it names, one stretch per run of consecutive ones.
    const several = item.locator && resolved.paragraphs.length > 1 ? item.locator : undefined;
    const directive = several
      ? textDirective(
          several.paragraphs.map(({ from, to }) => ({
            first: source.paragraphs[from - 1]?.text ?? '',
            last: source.paragraphs[to - 1]?.text ?? '',
          })),
        )
      : undefined;
    // The card shows the passage the quotation was found in, else the one the link lands on.
    const cardPassage = match?.passage ?? resolved.passage;
    const cardKey = `${source.slug}#${cardPassage?.anchor ?? ''}#${match ? `${match.start}-${match.end}` : ''}#${several?.label ?? ''}`;
    let card = cardIds.get(cardKey);
    if (!card) {
      card = `${prefix}cite-card-${cardIds.size + 1}`;
      cardIds.set(cardKey, card);
      record.cards.push({
        id: card,
        slug: source.slug,
        ...(cardPassage ? { anchor: cardPassage.anchor } : {}),
        ...(match ? { highlight: { start: match.start, end: match.end } } : {}),
        ...(several ? { label: several.label, ...(anchor && directive ? { textDirective: directive } : {}) } : {}),
      });
    }
    linkCount += 1;
    const id = `${prefix}cite-${linkCount}`;
    record.links.push({
      id,
      slug: source.slug,
      ...(anchor ? { anchor } : {}),
      ...(paragraph !== undefined ? { paragraph } : {}),
      ...(several ? { covers: resolved.paragraphs.map((passage) => ({ paragraph: passage.paragraph ?? 0, anchor: passage.anchor })) } : {}),
      card,
      ...(claim ? { sentence: claim } : {}),
    });
    const where = several ? `, paragraphs ${several.label.replace(/¶/gu, '')}` : paragraph !== undefined ? `, paragraph ${paragraph}` : anchor ? `, ${resolved.passage?.label ?? anchor}` : '';
    const fragment = anchor ? `${anchor}${directive ?? ''}` : undefined;
    return {
      type: 'link',
      url: joinBase(options.base, fragment ? routes.passage(source.slug, fragment) : routes.source(source.slug)),
      children: [textNode(visible)],
      data: {
        hProperties: {
          id,
          className: ['cite-link'],
          // The accessible name starts with the visible text, so speech users can say what they see (WCAG 2.5.3).
          ariaLabel: inText && !item.locator ? `${visible}: ${source.title}` : `${visible}: ${source.publisher}${where}`,
          ariaDescribedBy: [card],
        },
      },
    };
  };

  const span = (className: string[], children: PhrasingContent[]): PhrasingContent => ({ type: 'emphasis', data: { hName: 'span', hProperties: { className } }, children }) as PhrasingContent;
  const glimpsed = new Set<string>();
  /**
   * Beside the marker, for the margin: each cited passage's label and a glimpse of it, once per
   * passage (the margin stays near its markers). Hidden from assistive technology (the marker's
   * preview card describes the same passage) and from search (the words are the source's,
   * indexed on its own page).
   */
  const sidenote = (resolvedItems: ResolvedItem<CitationItem>[]): PhrasingContent[] => {
    const notes = resolvedItems.flatMap((resolved): PhrasingContent[] => {
      const { passage } = resolved;
      const key = `${resolved.source.slug}#${passage?.anchor ?? ''}`;
      if (!passage || glimpsed.has(key)) return [];
      glimpsed.add(key);
      const place = placeLabel(resolved);
      const label = place ? `${resolved.source.label} ${place}` : `${resolved.source.label}, ${passage.label ?? passage.anchor}`;
      const glimpse = passageGlimpse(passage.text, resolved.quotations[0]?.match);
      return [span(['sidenote-item'], [span(['sidenote-label'], [textNode(label)]), textNode(` ${glimpse}`)])];
    });
    return notes.length === 0 ? [] : [{ type: 'emphasis', data: { hName: 'span', hProperties: { className: ['sidenote'], ariaHidden: 'true', dataPagefindIgnore: 'all' } }, children: notes } as PhrasingContent];
  };

  const citationSpan = (children: PhrasingContent[]): PhrasingContent =>
    ({ type: 'emphasis', data: { hName: 'span', hProperties: { className: ['citation'], dataPagefindIgnore: '' } }, children }) as PhrasingContent;

  /** The nodes a citation becomes: its marker (and, in text, the source's name). */
  const render = (located: Located, resolvedItems: ResolvedItem<CitationItem>[]): PhrasingContent[] => {
    const { citation, run } = located;
    if (citation.kind === 'in-text') {
      const resolved = resolvedItems[0];
      if (!resolved) return [textNode(unmask(run.text.slice(citation.start, citation.end)))];
      const name = resolved.source.publisher;
      if (!resolved.item.locator) return [linkFor(resolved, name, true)];
      const suffix = trimNodes(sliceRun(run, resolved.item.suffix), 'end');
      return [textNode(name), ignoredBySearch([textNode(' '), citationSpan([textNode('['), linkFor(resolved, placeLabel(resolved), true), ...suffix, textNode(']')])])];
    }
    const children: PhrasingContent[] = [textNode('[')];
    resolvedItems.forEach((resolved, index) => {
      const previous = resolvedItems[index - 1];
      const item = resolved.item;
      const hasPrefix = item.prefix.end > item.prefix.start;
      // "[Shafaq ¶4, ¶5]": a run of plain items from one source names the source once.
      const continues =
        previous !== undefined &&
        previous.source.slug === resolved.source.slug &&
        previous.item.suffix.end === previous.item.suffix.start &&
        !hasPrefix &&
        !item.suppressAuthor &&
        resolved.passage?.paragraph !== undefined &&
        previous.passage?.paragraph !== undefined;
      if (index > 0) children.push(textNode(continues ? ', ' : '; '));
      if (hasPrefix) children.push(...trimNodes(sliceRun(run, item.prefix), 'end'), textNode(' '));
      const place = placeLabel(resolved);
      const visible = continues || item.suppressAuthor ? place : [resolved.source.label, place].filter(Boolean).join(' ');
      children.push(linkFor(resolved, visible, false));
      children.push(...trimNodes(sliceRun(run, item.suffix), 'end'));
    });
    if (resolvedItems.length === 0) children.push(...sliceRun(run, { start: citation.start + 1, end: citation.end - 1 }));
    children.push(textNode(']'));
    return [citationSpan(children)];
  };

  /** Reports what looks like a citation in text that cannot hold one (a link's text). */
  const checkUncitable = (node: Nodes, map: SourceMap, detached: DetachedText | undefined): void => {
    if (node.type === 'text') {
      const text = maskedText(node, map);
      for (const { start, key } of citationKeysIn(text)) {
        problems.push({
          file,
          ...placeIn(map, detached, node, start),
          message: `"${unmask(text.slice(start, start + key.length))}" in a link's text reads as a citation, which cannot be made a link inside a link.\n  closest sources: ${closestSlugs(key.name, library.slugs).join(', ')}`,
          hint: 'put the citation after the link ([the report](https://…) [@slug, ¶3]), or write \\@ for a literal at-sign.',
        });
      }
      return;
    }
    if (SKIPPED.has(node.type) || !('children' in node)) return;
    for (const child of node.children as Nodes[]) checkUncitable(child, map, detached);
  };

  return {
    container(node, detached) {
      const map = detached ? sourceMap(detached.source) : body;
      // The container's text as one string (emphasis, links and code included) for sentences and quotations.
      let flat = '';
      const offsets = new Map<Text, number>();
      // The same text with code as written, for the claim sentences recorded with each link.
      let prose = '';
      const proseOffsets = new Map<Text, number>();
      const walk = (parent: Parent) => {
        for (const child of parent.children as Nodes[]) {
          if (child.type === 'text') {
            offsets.set(child, flat.length);
            flat += child.value;
            proseOffsets.set(child, prose.length);
            prose += child.value;
          } else if (child.type === 'inlineCode') {
            flat += '\uFFFC'; // code is not prose: no quotation or sentence end in it
            prose += child.value;
          } else if (child.type === 'break') {
            flat += '\n';
            prose += '\n';
          }
          else if (!SKIPPED.has(child.type) && 'children' in child) walk(child as Parent);
        }
      };
      walk(node);
      if (!flat.includes('@') && !flat.includes('“') && !flat.includes('"') && !flat.includes('‘') && !flat.includes("'")) return undefined;

      // Read every run: the container's own, then those of its emphasis, strong… in text order.
      const located: Located[] = [];
      const runs = new Map<Parent, { run: InlineRun; citations: Located[] }>();
      const globalOffset = (run: InlineRun, offset: number): number => {
        const segment = segmentAt(run, offset);
        if (segment?.node.type === 'text') return (offsets.get(segment.node) ?? 0) + (offset - segment.start);
        return flat.length;
      };
      const textAt = (run: InlineRun, offset: number): { node: Text | undefined; index: number } => {
        const segment = segmentAt(run, offset);
        return segment?.node.type === 'text' ? { node: segment.node, index: offset - segment.start } : { node: undefined, index: 0 };
      };
      /** What the author wrote for a stretch of a run: the Markdown itself when the source is known. */
      const written = (run: InlineRun, span: Span): string => {
        const first = textAt(run, span.start);
        const last = textAt(run, span.end - 1);
        const from = first.node ? map.aligned(first.node)?.origins[first.index] : undefined;
        const to = last.node ? map.aligned(last.node)?.origins[last.index] : undefined;
        if (map.source !== undefined && from !== undefined && to !== undefined && from >= 0 && to >= from) return map.source.slice(from, to + 1);
        return unmask(run.text.slice(span.start, span.end)).replace(/[\uFFFC\uE000]/gu, '…');
      };
      const readRuns = (parent: Parent) => {
        const run = readRun(parent, map);
        const parsed = run.text.includes('@') || run.text.includes(NODE_WITH_KEY) ? parseCitations(run.text) : { citations: [], errors: [] };
        for (const error of parsed.errors) {
          const at = textAt(run, error.start);
          problems.push({ file, ...placeIn(map, detached, at.node, at.index), message: `cannot read the citation ${written(run, error)}: ${error.message}`, ...(error.hint ? { hint: error.hint } : {}) });
        }
        const mine = parsed.citations.map((citation) => ({ citation, run, start: globalOffset(run, citation.start), end: globalOffset(run, citation.end - 1) + 1 }));
        runs.set(parent, { run, citations: mine });
        located.push(...mine);
        for (const segment of run.segments) {
          const child = segment.node;
          // A node that is part of a citation (in its prefix or suffix), or of one that cannot be read, is carried whole.
          const within = (span: Span) => segment.start >= span.start && segment.end <= span.end;
          if (mine.some(({ citation }) => within(citation)) || parsed.errors.some(within)) continue;
          if (NESTED_RUN.has(child.type)) readRuns(child as Parent);
          else if (NO_CITATIONS.has(child.type)) checkUncitable(child, map, detached);
        }
      };
      readRuns(node);
      located.sort((a, b) => a.start - b.start);
      citationCount += located.length;

      // Resolve in text order: each citation vouches for the quotations of its sentence before it
      // (after the previous citation) and, written in text, after it (before the next one).
      const quotations = findQuotations(flat);
      const claimed = new Set<number>();
      const rendered = new Map<Citation, PhrasingContent[]>();
      const notesOf = new Map<Citation, PhrasingContent[]>();
      let floor = 0;
      // The claims: each citation's sentence as the document reads it, an author-in-text citation
      // read as the source's name (claimSentence takes the bracketed ones out itself).
      const proseAt = (run: InlineRun, offset: number): number => {
        const segment = segmentAt(run, offset);
        return segment?.node.type === 'text' ? (proseOffsets.get(segment.node) ?? 0) + (offset - segment.start) : prose.length;
      };
      const inText = located
        .filter(({ citation }) => citation.kind === 'in-text')
        .map(({ citation, run }) => ({ start: proseAt(run, citation.start), end: proseAt(run, citation.end - 1) + 1, name: library.get(citation.items[0]?.key ?? '')?.publisher ?? '' }));
      let claimText = prose;
      for (const span of [...inText].reverse()) claimText = `${claimText.slice(0, span.start)}${span.name}${claimText.slice(span.end)}`;
      const claimOf = (entry: Located): string | undefined => {
        const at = proseAt(entry.run, entry.citation.start);
        const shift = inText.filter((span) => span.end <= at).reduce((sum, span) => sum + span.name.length - (span.end - span.start), 0);
        return claimSentence(claimText, at + shift) || undefined;
      };

      located.forEach((entry, index) => {
        const { citation, run } = entry;
        const sentence = sentenceStart(flat, entry.start, floor, quotations);
        const next = located[index + 1]?.start ?? flat.length;
        const vouched = quotations.filter((quotation) => {
          if (claimed.has(quotation.start)) return false;
          if (quotation.start >= sentence && quotation.end <= entry.start) return true;
          return citation.kind === 'in-text' && quotation.start >= entry.end && quotation.end <= next && sentenceStart(flat, quotation.start, entry.end, quotations) === entry.end;
        });
        for (const quotation of vouched) claimed.add(quotation.start);
        const { items, problems: found } = resolveCitation(citation.items, vouched, library);
        const at = textAt(run, citation.start);
        const point = placeIn(map, detached, at.node, at.index);
        for (const problem of found) {
          let where = point;
          if (problem.kind === 'quotation-not-found') {
            const quotation: Quotation = problem.quotation;
            const owner = [...offsets].filter(([, offset]) => offset <= quotation.start).at(-1);
            if (owner) where = placeIn(map, detached, owner[0], quotation.start - owner[1]);
          }
          problems.push({ file, ...where, ...describeCitationProblem(problem) });
        }
        const before = flat.slice(0, entry.start).trimEnd();
        // A citation that did not resolve is reported once, as such: the editorial rules need not speak of it too.
        if (found.length === 0) facts.push({
          ...point,
          raw: written(run, citation),
          located: citation.items.every((item) => item.locator !== undefined),
          followsQuotation: quotations.some((quotation) => quotation.end === before.length && vouched.includes(quotation)),
        });
        claim = claimOf(entry);
        rendered.set(citation, render(entry, items));
        claim = undefined;
        if (options.sidenotes && !detached) notesOf.set(citation, sidenote(items));
        floor = entry.end;
      });

      // A quotation no citation vouches for cannot be checked: say so.
      for (const quotation of quotations) {
        if (claimed.has(quotation.start) || quotation.text.trim().split(/\s+/u).length < 3) continue;
        const owner = [...offsets].filter(([, offset]) => offset <= quotation.start).at(-1);
        const point = owner ? placeIn(map, detached, owner[0], quotation.start - owner[1]) : { line: 0, column: 0 };
        warn({ file, ...point, message: `the quotation “${quotation.text.length > 80 ? `${quotation.text.slice(0, 79).trimEnd()}…` : quotation.text}” has no citation after it in its sentence, so it cannot be verified.` });
      }
      if (located.length === 0) return undefined;

      // Rebuild the runs that hold citations, and the nodes on the way to them.
      const rebuild = (parent: Parent): PhrasingContent[] | undefined => {
        const entry = runs.get(parent);
        if (!entry) return undefined;
        const { run, citations } = entry;
        const children: PhrasingContent[] = [];
        let changed = citations.length > 0;
        let last = 0;
        for (const { citation } of citations) {
          const before = sliceRun(run, { start: last, end: citation.start });
          // The space before a bracket goes out of the search index with it, or excerpts would
          // read "in Austria ." where the text reads "in Austria [NYT ¶2].".
          const lastBefore = before.at(-1);
          const space = citation.kind === 'bracket' && lastBefore?.type === 'text' ? (/\s+$/u.exec(lastBefore.value)?.[0] ?? '') : '';
          children.push(...rebuildAll(space ? trimNodes(before, 'end') : before));
          const nodes = rendered.get(citation) ?? [];
          children.push(...(space ? [ignoredBySearch([textNode(space), ...nodes])] : nodes), ...(notesOf.get(citation) ?? []));
          last = citation.end;
        }
        const rest = sliceRun(run, { start: last, end: run.text.length });
        const rebuiltRest = rebuildAll(rest);
        if (rebuiltRest !== rest) changed = true;
        children.push(...rebuiltRest);
        return changed ? children : undefined;
      };
      const rebuildAll = (nodes: PhrasingContent[]): PhrasingContent[] => {
        let changed = false;
        const result = nodes.map((child) => {
          if (!NESTED_RUN.has(child.type)) return child;
          const inner = rebuild(child as Parent);
          if (!inner) return child;
          changed = true;
          const copy: Record<string, unknown> = {};
          for (const [key, value] of Object.entries(child)) if (key !== 'children' && !key.startsWith('_')) copy[key] = value;
          return { ...copy, children: inner } as PhrasingContent;
        });
        return changed ? result : nodes;
      };
      return rebuild(node);
    },

    problems: () => [...problems],
    facts: () => [...facts],
    count: () => citationCount,

    finish() {
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

export type { Span };
