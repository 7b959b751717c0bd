import { closestFirst } from '../text/closest.ts';
import { closestPassage, type ClosestPassage } from './closest-passage.ts';
import type { Quotation } from './find-quotations.ts';
import { matchQuotation, toMatchablePassage, type MatchablePassage, type QuotationMatch } from './match-quotation.ts';
import type { CitationBracket, CitationItem } from './parse-citations.ts';
import { reanchorCitation, type Reanchoring } from './reanchor-citation.ts';
import type { LibrarySource, SourceLibrary } from './source-library.ts';

/** A cited work, resolved to the passage a reader should land on. */
export interface ResolvedItem {
  item: CitationItem;
  source: LibrarySource;
  /** The passage: from the locator, else from a verified quotation, else none (link to the source page). */
  passage?: MatchablePassage;
  /** Verified quotations that this item vouches for, with where they matched. */
  quotations: { quotation: Quotation; match: QuotationMatch }[];
}

export type CitationProblem =
  | { kind: 'unknown-source'; item: CitationItem; closest: string[] }
  /** `[@slug@v3]` where the source has no version 3. */
  | { kind: 'unknown-version'; item: CitationItem; version: number; versions: number[] }
  /** The cited words of an older text differ in the current one (see reanchorCitation). */
  | { kind: 'citation-changed'; item: CitationItem; source: LibrarySource; fromVersion: number; reanchoring: Extract<Reanchoring, { status: 'changed' }> }
  /** The cited words of an older text are not in the current one. */
  | { kind: 'citation-gone'; item: CitationItem; source: LibrarySource; fromVersion: number; reanchoring: Extract<Reanchoring, { status: 'gone' }> }
  | { kind: 'paragraph-out-of-range'; item: CitationItem; source: LibrarySource; paragraphs: number }
  | {
      kind: 'quotation-not-found';
      quotation: Quotation;
      /** The sources it was looked for in, with the paragraph when the citation named one. */
      searched: { source: LibrarySource; paragraph?: number }[];
      /** Where it does occur in a cited source, when only the locator was wrong. */
      elsewhere?: QuotationMatch;
      /** Two consecutive passages it runs across, when it would match only if they were one. */
      across?: [MatchablePassage, MatchablePassage];
      closest?: ClosestPassage;
    };

/** A citation of an older text whose words are at another paragraph of the current one: it is linked there, and its locator should change. */
export interface CitationNotice {
  kind: 'citation-moved';
  item: CitationItem;
  source: LibrarySource;
  fromVersion: number;
  from: number;
  to: number[];
}

export interface ResolvedCitation {
  items: ResolvedItem[];
  problems: CitationProblem[];
  /** What the author should know but does not stop the build: citations re-anchored to a new paragraph. */
  notices: CitationNotice[];
}

/** The version a citation item is pinned to (`@slug@v1`), when the parser records one. */
function pinnedVersion(item: CitationItem): number | undefined {
  return (item as CitationItem & { version?: number }).version;
}

/**
 * Resolves a citation bracket against the source library and verifies the quotations of
 * its sentence: each must appear in one of the cited sources (in the named paragraph when
 * there is a locator). A quotation's match gives the item its passage when it had no locator.
 */
export function resolveCitation(bracket: CitationBracket, quotations: readonly Quotation[], library: SourceLibrary): ResolvedCitation {
  const problems: CitationProblem[] = [];
  const notices: CitationNotice[] = [];
  const items: ResolvedItem[] = [];
  for (const written of bracket.items) {
    let item = written;
    const version = pinnedVersion(item);
    const source = library.get(item.key, version);
    if (!source) {
      if (version !== undefined && library.get(item.key)) problems.push({ kind: 'unknown-version', item, version, versions: library.versions(item.key) });
      else problems.push({ kind: 'unknown-source', item, closest: closestFirst(item.key, library.slugs) });
      continue;
    }
    // An unpinned citation of a source with a new text is followed from the text it was written against.
    const from = version === undefined && source.reanchorFrom !== undefined ? library.get(item.key, source.reanchorFrom) : undefined;
    if (from) {
      const reanchoring = reanchorCitation({ paragraph: item.paragraph, quotations: quotations.map((quotation) => quotation.text) }, from, source);
      if (reanchoring.status === 'changed') {
        problems.push({ kind: 'citation-changed', item, source, fromVersion: from.version, reanchoring });
        continue;
      }
      if (reanchoring.status === 'gone') {
        problems.push({ kind: 'citation-gone', item, source, fromVersion: from.version, reanchoring });
        continue;
      }
      if (reanchoring.status === 'moved') {
        notices.push({ kind: 'citation-moved', item, source, fromVersion: from.version, from: reanchoring.from, to: reanchoring.to });
        item = { ...item, paragraph: reanchoring.to[0]! };
      }
    }
    if (item.paragraph !== undefined && item.paragraph > source.paragraphs.length) {
      problems.push({ kind: 'paragraph-out-of-range', item, source, paragraphs: source.paragraphs.length });
      continue;
    }
    const passage = item.paragraph !== undefined ? source.paragraphs[item.paragraph - 1] : undefined;
    items.push({ item, source, ...(passage ? { passage } : {}), quotations: [] });
  }
  if (items.length === 0) return { items, problems, notices };

  for (const quotation of quotations) {
    let verified = false;
    for (const resolved of items) {
      const scope = resolved.item.paragraph !== undefined && resolved.passage ? [resolved.passage] : resolved.source.passages;
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
      ...(resolved.item.paragraph !== undefined ? { paragraph: resolved.item.paragraph } : {}),
    }));
    let elsewhere: QuotationMatch | undefined;
    for (const resolved of items) {
      if (resolved.item.paragraph === undefined) continue;
      elsewhere = matchQuotation(quotation.text, resolved.source.passages);
      if (elsewhere) break;
    }
    const across = elsewhere ? undefined : findAcrossPassages(quotation.text, items.map((resolved) => resolved.source));
    const closest = elsewhere || across ? undefined : closestPassage(quotation.text, items.flatMap((resolved) => resolved.source.passages));
    problems.push({ kind: 'quotation-not-found', quotation, searched, ...(elsewhere ? { elsewhere } : {}), ...(across ? { across } : {}), ...(closest ? { closest } : {}) });
  }
  return { items, problems, notices };
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
