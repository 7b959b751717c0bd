import { quotationsBefore } from './find-quotations.ts';
import { parseCitations } from './parse-citations.ts';
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
  /** The bracket as written: `[@slug, ¶4]`. */
  bracket: string;
  slug: string;
  /** The version the citation was written against, and the current one. */
  fromVersion: number;
  toVersion: number;
  reanchoring: Reanchoring;
}

/** A rewrite of one citation bracket. */
export interface LocatorFix {
  file: string;
  line: number;
  column: number;
  /** Offsets of the bracket in the file's text. */
  start: number;
  end: number;
  before: string;
  after: string;
  slug: string;
  /** `moved`: the locator follows the words; `unpin`: a pin to the current text, no longer needed once every citation is re-anchored. */
  reason: 'moved' | 'unpin';
}

export interface ReanchorPlan {
  reports: CitationReport[];
  fixes: LocatorFix[];
  /** Sources whose `reanchorFrom` can be removed once every fix of theirs is applied: nothing of theirs changed or went. */
  clearable: string[];
}

const LOCATOR = /(¶\s*|para(?:graph)?\.?\s+|p-)(\d+)/u;

function placeOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/**
 * The text with YAML's own string quotes in the frontmatter blanked (same length), so
 * `- "A takeaway [@slug, ¶3]."` is not read as a quotation of the source.
 */
function blankYamlQuotes(text: string): string {
  const head = /^---\n[\s\S]*?\n---\n/u.exec(text);
  if (!head) return text;
  const blanked = head[0]
    .split('\n')
    .map((line) => line.replace(/^(\s*(?:-\s+|[\w-]+:\s+))"(.*)"(\s*)$/u, (_, lead: string, value: string, tail: string) => `${lead} ${value} ${tail}`))
    .join('\n');
  return blanked + text.slice(head[0].length);
}

/** The item texts of a bracket (`[see @a, ¶3; @b]` → ["see @a, ¶3", " @b"]), with the version each is pinned to. */
function itemsOf(raw: string): { text: string; key: string; version?: number }[] {
  return raw
    .slice(1, -1)
    .split(';')
    .map((text) => {
      const match = /(?:^|\s)-?@([A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?)(?:@v(\d+))?/u.exec(text);
      return { text, key: match?.[1] ?? '', ...(match?.[2] ? { version: Number(match[2]) } : {}) };
    });
}

/**
 * Follows every unpinned citation of each source awaiting re-anchoring (a current text with
 * `reanchorFrom`) from the version it was written against into the current text, with the same
 * rules as the build (reanchorCitation), and plans the rewrites of those that moved. When no
 * citation of a source changed or went, its pins to the current text (`@slug@v2`, written while
 * it awaited re-anchoring) are planned away too, and the source is clearable.
 */
export function planReanchoring(documents: readonly CitingDocument[], library: SourceLibrary): ReanchorPlan {
  const pending = new Set(library.slugs.filter((slug) => library.get(slug)?.reanchorFrom !== undefined));
  const reports: CitationReport[] = [];
  const moved: LocatorFix[] = [];
  const pins: LocatorFix[] = [];
  const blocked = new Set<string>();
  for (const document of documents) {
    const text = blankYamlQuotes(document.text.replace(/\r\n?/gu, '\n'));
    let floor = 0;
    for (const bracket of parseCitations(text).citations) {
      const quotations = quotationsBefore(text, bracket.start, floor).map((quotation) => quotation.text);
      floor = bracket.end;
      const items = itemsOf(bracket.raw);
      let rewritten = false;
      const parts = items.map((item, index) => {
        const source = library.get(item.key);
        if (!pending.has(item.key) || !source) return item.text;
        if (item.version !== undefined) {
          if (item.version !== source.version) return item.text;
          pins.push({ file: document.file, ...placeOf(text, bracket.start), start: bracket.start, end: bracket.end, before: bracket.raw, after: '', slug: item.key, reason: 'unpin' });
          return item.text;
        }
        const from = library.get(item.key, source.reanchorFrom);
        const paragraph = bracket.items[index]?.paragraph;
        if (!from) return item.text;
        const reanchoring = reanchorCitation({ paragraph, quotations }, from, source);
        reports.push({ file: document.file, ...placeOf(text, bracket.start), bracket: bracket.raw, slug: item.key, fromVersion: from.version, toVersion: source.version, reanchoring });
        if (reanchoring.status === 'changed' || reanchoring.status === 'gone') blocked.add(item.key);
        if (reanchoring.status !== 'moved') return item.text;
        rewritten = true;
        const [first, ...rest] = reanchoring.to;
        return [item.text.replace(LOCATOR, (_, mark: string) => `${mark}${first}`), ...rest.map((number) => ` @${item.key}, ¶${number}`)].join(';');
      });
      if (rewritten) {
        moved.push({ file: document.file, ...placeOf(text, bracket.start), start: bracket.start, end: bracket.end, before: bracket.raw, after: `[${parts.join(';')}]`, slug: items.find((item) => pending.has(item.key))?.key ?? '', reason: 'moved' });
      }
    }
  }
  const clearable = [...pending].filter((slug) => !blocked.has(slug)).sort();
  // Unpinning rewrites the bracket as it will be after its moved items are fixed: pins are planned per bracket, after the moves.
  const fixes = [...moved];
  for (const pin of pins) {
    if (!clearable.includes(pin.slug)) continue;
    const existing = fixes.find((fix) => fix.file === pin.file && fix.start === pin.start);
    const base = existing ? existing.after : pin.before;
    const after = itemsOf(base)
      .map((item) => (item.version !== undefined && item.key === pin.slug && library.get(item.key)?.version === item.version ? item.text.replace(`@${item.key}@v${item.version}`, `@${item.key}`) : item.text))
      .join(';');
    if (existing) existing.after = `[${after}]`;
    else fixes.push({ ...pin, after: `[${after}]` });
  }
  fixes.sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start);
  return { reports, fixes, clearable };
}

/** A file's text with the chosen fixes applied (each replaces its bracket; offsets are the original text's). */
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
