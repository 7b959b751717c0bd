import { closestFirst } from '../text/closest.ts';
import { closestPassage, type ClosestPassage } from './closest-passage.ts';
import type { Quotation } from './find-quotations.ts';
import { matchQuotation, toMatchablePassage, type MatchablePassage, type QuotationMatch } from './match-quotation.ts';
import { locatorParagraphs, type Locator } from './parse-locator.ts';
import type { LibrarySource, SourceLibrary } from './source-library.ts';

/** What a citation names: a source by its key, perhaps a version, perhaps paragraphs. */
export interface CitedWork {
  key: string;
  version?: number;
  locator?: Locator;
}

/** A cited work, resolved to the passage a reader should land on. */
export interface ResolvedItem<W extends CitedWork = CitedWork> {
  item: W;
  source: LibrarySource;
  /** The paragraphs the locator names, in order (none without a locator). */
  paragraphs: MatchablePassage[];
  /** The passage: the locator's first paragraph, else where a verified quotation was found, else none (link to the source page). */
  passage?: MatchablePassage;
  /** Verified quotations that this item vouches for, with where they matched. */
  quotations: { quotation: Quotation; match: QuotationMatch }[];
}

export type CitationProblem =
  | { kind: 'unknown-source'; item: CitedWork; closest: string[] }
  | { kind: 'unknown-version'; item: CitedWork; source: LibrarySource }
  | { kind: 'paragraph-out-of-range'; item: CitedWork; source: LibrarySource; paragraph: number; paragraphs: number }
  | {
      kind: 'quotation-not-found';
      quotation: Quotation;
      /** The sources it was looked for in, with the locator when the citation had one. */
      searched: { source: LibrarySource; locator?: Locator }[];
      /** Where it does occur in a cited source, when only the locator was wrong. */
      elsewhere?: QuotationMatch;
      /** Two consecutive passages it runs across, when it would match only if they were one. */
      across?: [MatchablePassage, MatchablePassage];
      closest?: ClosestPassage;
    };

export interface ResolvedCitation<W extends CitedWork = CitedWork> {
  items: ResolvedItem<W>[];
  problems: CitationProblem[];
}

/**
 * Resolves the works of a citation against the source library and verifies the quotations of
 * its sentence: each must appear in one of the cited sources (in one of the named paragraphs
 * when there is a locator: a range or list is searched whole). A quotation's match gives an
 * item without a locator its passage.
 */
export function resolveCitation<W extends CitedWork>(works: readonly W[], quotations: readonly Quotation[], library: SourceLibrary): ResolvedCitation<W> {
  const problems: CitationProblem[] = [];
  const items: ResolvedItem<W>[] = [];
  for (const item of works) {
    const source = library.get(item.key);
    if (!source) {
      problems.push({ kind: 'unknown-source', item, closest: closestFirst(item.key, library.slugs) });
      continue;
    }
    if (item.version !== undefined) {
      // Sources have one text each until versions exist (the history issue): a pinned version cannot be found.
      problems.push({ kind: 'unknown-version', item, source });
      continue;
    }
    const numbers = item.locator ? locatorParagraphs(item.locator) : [];
    const missing = numbers.find((number) => number > source.paragraphs.length);
    if (missing !== undefined) {
      problems.push({ kind: 'paragraph-out-of-range', item, source, paragraph: missing, paragraphs: source.paragraphs.length });
      continue;
    }
    const paragraphs = numbers.map((number) => source.paragraphs[number - 1]).filter((passage): passage is MatchablePassage => passage !== undefined);
    const first = item.locator ? source.paragraphs[(item.locator.paragraphs[0]?.from ?? 1) - 1] : undefined;
    items.push({ item, source, paragraphs, ...(first ? { passage: first } : {}), quotations: [] });
  }
  if (items.length === 0) return { items, problems };

  for (const quotation of quotations) {
    let verified = false;
    for (const resolved of items) {
      const scope = resolved.item.locator ? resolved.paragraphs : resolved.source.passages;
      const match = matchQuotation(quotation.text, scope);
      if (match) {
        resolved.quotations.push({ quotation, match });
        resolved.passage ??= match.passage;
        verified = true;
        break;
      }
    }
    if (verified) continue;
    const searched = items.map((resolved) => ({
      source: resolved.source,
      ...(resolved.item.locator ? { locator: resolved.item.locator } : {}),
    }));
    let elsewhere: QuotationMatch | undefined;
    for (const resolved of items) {
      if (!resolved.item.locator) continue;
      elsewhere = matchQuotation(quotation.text, resolved.source.passages);
      if (elsewhere) break;
    }
    const across = elsewhere ? undefined : findAcrossPassages(quotation.text, items.map((resolved) => resolved.source));
    const closest = elsewhere || across ? undefined : closestPassage(quotation.text, items.flatMap((resolved) => resolved.source.passages));
    problems.push({ kind: 'quotation-not-found', quotation, searched, ...(elsewhere ? { elsewhere } : {}), ...(across ? { across } : {}), ...(closest ? { closest } : {}) });
  }
  return { items, problems };
}

/** The first pair of consecutive paragraphs that would contain the quotation if they were one. */
function findAcrossPassages(quotation: string, sources: readonly LibrarySource[]): [MatchablePassage, MatchablePassage] | undefined {
  for (const source of sources) {
    for (let i = 0; i + 1 < source.paragraphs.length; i++) {
      const first = source.paragraphs[i];
      const second = source.paragraphs[i + 1];
      if (!first || !second) continue;
      const joined = toMatchablePassage({ anchor: first.anchor, text: `${first.text} ${second.text}` });
      const match = matchQuotation(quotation, [joined]);
      if (match && match.start < first.text.length && match.end > first.text.length) return [first, second];
    }
  }
  return undefined;
}
