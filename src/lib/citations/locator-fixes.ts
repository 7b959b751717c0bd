import { vouchedQuotations } from './find-quotations.ts';
import { maskMarkdown, parseCitations } from './parse-citations.ts';
import { locatorOf, locatorParagraphs } from './parse-locator.ts';
import { reanchorCitation, type Reanchoring } from './reanchor-citation.ts';
import type { SourceLibrary } from './source-library.ts';

/** A file that cites sources: a briefing, a glossary or people entry (frontmatter included). */
export interface CitingDocument {
  /** Path relative to the project root, for messages. */
  file: string;
  text: string;
}

/** One unpinned citation item of a source awaiting re-anchoring, and what became of it. */
export interface CitationReport {
  file: string;
  line: number;
  column: number;
  /** The citation as written: `[@slug, ¶4]`, `@slug [¶4]`. */
  citation: string;
  slug: string;
  /** The version the citation was written against, and the current one. */
  fromVersion: number;
  toVersion: number;
  reanchoring: Reanchoring;
}

/** A rewrite of one citation. */
export interface LocatorFix {
  file: string;
  line: number;
  column: number;
  /** Offsets of the citation in the file's text (line endings as `\n`). */
  start: number;
  end: number;
  before: string;
  after: string;
  slug: string;
  /** `moved`: a locator follows the words; `unpin`: only a pin to the current text goes, no longer needed once every citation is re-anchored. */
  reason: 'moved' | 'unpin';
}

export interface ReanchorPlan {
  reports: CitationReport[];
  fixes: LocatorFix[];
  /** Sources whose `reanchorFrom` can be removed once every fix of theirs is applied: nothing of theirs changed or went. */
  clearable: string[];
}

/** A stretch of a document's text where citations may be, read as the citation parser reads a run. */
interface CitingBlock {
  start: number;
  /** The file's text from `start`, same length, with code and escaped syntax characters masked. */
  text: string;
}

function placeOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/**
 * The stretches of a document where the build finds citations, each as one run: every string of
 * its frontmatter (a takeaway, a correction), and every paragraph, heading, list item or table
 * row of its body. Component tags and code blocks are left out.
 */
function citingBlocks(text: string): CitingBlock[] {
  const blocks: CitingBlock[] = [];
  let offset = 0;
  const head = /^---\n([\s\S]*?)\n---(?:\n|$)/u.exec(text);
  if (head) {
    let at = '---\n'.length;
    for (const line of (head[1] ?? '').split('\n')) {
      const value = /^(\s*(?:-\s+)?(?:[\w-]+:\s+)?)(["']?)(.*?)\2\s*$/u.exec(line);
      if (value) blocks.push({ start: at + (value[1] ?? '').length + (value[2] ?? '').length, text: maskMarkdown(value[3] ?? '') });
      at += line.length + 1;
    }
    offset = head[0].length;
  }
  let block: CitingBlock | undefined;
  let fenced = false;
  for (const line of text.slice(offset).split('\n')) {
    const fence = /^\s*(?:```|~~~)/u.test(line);
    const tagOnly = /^\s*<\/?[A-Za-z][^>]*>\s*$/u.test(line);
    const starts = /^\s*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|\||>)/u.test(line);
    if (fenced || fence || tagOnly || line.trim() === '' || starts) block = undefined;
    if (fence) fenced = !fenced;
    if (!fenced && !fence && !tagOnly && line.trim() !== '') {
      if (block) block.text += `\n${maskMarkdown(line)}`;
      else blocks.push((block = { start: offset, text: maskMarkdown(line) }));
    }
    offset += line.length + 1;
  }
  return blocks;
}

/** A planned change of part of a citation. */
interface Edit {
  start: number;
  end: number;
  text: string;
  slug: string;
  reason: LocatorFix['reason'];
}

/**
 * Follows every unpinned citation of each source awaiting re-anchoring (a current text with
 * `reanchorFrom`) from the version it was written against into the current text, with the same
 * parser, quotations and rules as the build (parseCitations, vouchedQuotations,
 * reanchorCitation), and plans the rewrites of the locators of those that moved. When no
 * citation of a source changed or went, its pins to the current text (`@slug@v2`, written while
 * it awaited re-anchoring) are planned away too, and the source is clearable.
 */
export function planReanchoring(documents: readonly CitingDocument[], library: SourceLibrary): ReanchorPlan {
  const pending = new Set(library.slugs.filter((slug) => library.get(slug)?.reanchorFrom !== undefined));
  const reports: CitationReport[] = [];
  const blocked = new Set<string>();
  const planned: { file: string; text: string; start: number; end: number; edits: Edit[] }[] = [];
  for (const document of documents) {
    const text = document.text.replace(/\r\n?/gu, '\n');
    for (const block of citingBlocks(text)) {
      const { citations } = parseCitations(block.text);
      const vouched = vouchedQuotations(block.text, citations);
      citations.forEach((citation, index) => {
        const start = block.start + citation.start;
        const end = block.start + citation.end;
        const edits: Edit[] = [];
        for (const item of citation.items) {
          const source = library.get(item.key);
          if (!source || !pending.has(item.key)) continue;
          if (item.version !== undefined) {
            if (item.version !== source.version) continue;
            const pin = `@v${item.version}`;
            edits.push({ start: block.start + item.keySpan.end - pin.length, end: block.start + item.keySpan.end, text: '', slug: item.key, reason: 'unpin' });
            continue;
          }
          const from = source.reanchorFrom !== undefined ? library.get(item.key, source.reanchorFrom) : undefined;
          if (!from) continue;
          const paragraphs = item.locator ? locatorParagraphs(item.locator) : [];
          const reanchoring = reanchorCitation({ paragraphs, quotations: (vouched[index] ?? []).map((quotation) => quotation.text) }, from, source);
          reports.push({ file: document.file, ...placeOf(text, start), citation: text.slice(start, end), slug: item.key, fromVersion: from.version, toVersion: source.version, reanchoring });
          if (reanchoring.status === 'changed' || reanchoring.status === 'gone') blocked.add(item.key);
          if (reanchoring.status !== 'moved') continue;
          // The locator is what lies between the key and the suffix, after the comma (or, in text, the bracket) that leads it.
          const locatorStart = item.keySpan.end;
          const written = block.text.slice(locatorStart, item.suffix.start);
          const lead = (citation.kind === 'in-text' ? /^[ \u00a0]?\[\s*,?\s*/u : /^\s*,?\s*/u).exec(written)?.[0] ?? '';
          edits.push({ start: block.start + locatorStart + lead.length, end: block.start + item.suffix.start, text: locatorOf(reanchoring.to).label, slug: item.key, reason: 'moved' });
        }
        if (edits.length > 0) planned.push({ file: document.file, text, start, end, edits });
      });
    }
  }
  const clearable = [...pending].filter((slug) => !blocked.has(slug)).sort();
  const fixes: LocatorFix[] = [];
  for (const citation of planned) {
    // A pin is dropped only once its source is clearable.
    const edits = citation.edits.filter((edit) => edit.reason === 'moved' || clearable.includes(edit.slug));
    if (edits.length === 0) continue;
    let after = citation.text.slice(citation.start, citation.end);
    for (const edit of [...edits].sort((a, b) => b.start - a.start)) after = after.slice(0, edit.start - citation.start) + edit.text + after.slice(edit.end - citation.start);
    const reason = edits.some((edit) => edit.reason === 'moved') ? 'moved' : 'unpin';
    fixes.push({
      file: citation.file,
      ...placeOf(citation.text, citation.start),
      start: citation.start,
      end: citation.end,
      before: citation.text.slice(citation.start, citation.end),
      after,
      slug: (edits.find((edit) => edit.reason === reason) ?? edits[0]!).slug,
      reason,
    });
  }
  fixes.sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start);
  return { reports, fixes, clearable };
}

/** A file's text with the chosen fixes applied (each replaces its citation; offsets are the original text's). */
export function applyFixes(text: string, fixes: readonly LocatorFix[]): string {
  let result = text.replace(/\r\n?/gu, '\n');
  for (const fix of [...fixes].sort((a, b) => b.start - a.start)) {
    if (result.slice(fix.start, fix.end) !== fix.before) throw new Error(`${fix.file}:${fix.line}:${fix.column}: the citation ${fix.before} is no longer there; run npm run fix-locators again.`);
    result = result.slice(0, fix.start) + fix.after + result.slice(fix.end);
  }
  return result;
}

/** A source file without its `reanchorFrom` line: every citation of it now cites the current text. */
export function withoutReanchorFrom(sourceFile: string): string {
  const end = sourceFile.indexOf('\n---', 3);
  if (end < 0) return sourceFile;
  return sourceFile.slice(0, end).replace(/\nreanchorFrom:[^\n]*/u, '') + sourceFile.slice(end);
}
