import type { BlockRole, SourceBlock } from './types.ts';

/** What the manifest tells ingestion about an article, used to recognise its furniture. */
export interface ArticleFacts {
  title: string;
  publisher: string;
  authors: readonly string[];
}

/** Lines that are reader furniture, not the article. Matched case-insensitively against a whole line. */
const BOILERPLATE_PATTERNS: readonly RegExp[] = [
  /^table of contents$/iu,
  /share your thoughts in the comments/iu,
  /^(?:leave|post) a comment/iu,
  /^(?:subscribe|sign up)\b.*newsletter/iu,
  /^advertisement$/iu,
  /^(?:read more|related)(?: articles?)?:?$/iu,
  /^follow us on /iu,
];

const CREDIT_PATTERN = /^(?:written|edited|reported|compiled|reporting)(?: and edited)? by\b/iu;
const NOTE_PATTERN = /^\d{1,3}\s+\S/u;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DATE_LINE_PATTERN = new RegExp(
  `^(?:(?:${MONTHS})\\.? \\d{1,2},? \\d{4}|\\d{1,2} (?:${MONTHS}) \\d{4}|\\d{4}-\\d{2}-\\d{2})$`,
  'u',
);
const HEADING_MAX_LENGTH = 80;
const HEADING_MAX_WORDS = 14;
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'vs.', 'with']);

/** Comparable form of a short line: NFC, straight apostrophes, single spaces, lower case. */
function comparable(line: string): string {
  return line.normalize('NFC').replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ').trim().toLowerCase();
}

function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/u).filter((word) => /\p{L}/u.test(word));
  const significant = words.filter((word, i) => i === 0 || !SMALL_WORDS.has(word.toLowerCase()));
  const capitalised = significant.filter((word) => /^[^\p{L}]*\p{Lu}/u.test(word));
  return significant.length > 0 && capitalised.length / significant.length >= 0.75;
}

/** A short line standing alone without closing punctuation (or a short title-case question). */
export function looksLikeHeading(line: string): boolean {
  if (line.length > HEADING_MAX_LENGTH) return false;
  if (line.split(/\s+/u).length > HEADING_MAX_WORDS) return false;
  if (NOTE_PATTERN.test(line)) return false;
  if (/[.,;:!"”'’)\]…]$/u.test(line)) return false;
  if (line.endsWith('?')) return isTitleCase(line);
  return /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(line);
}

function surnameOf(author: string): string {
  const parts = author.trim().split(/\s+/u);
  return parts[parts.length - 1] ?? author;
}

/**
 * Recognises the furniture of an article (title, publisher line, byline, author bio,
 * headings, endnotes, boilerplate, staff credit) so it can be moved or marked rather than
 * published as body text. Never drops, merges or edits a unit: every unit comes back,
 * in order, in exactly one block.
 */
export function classifyUnits(units: readonly string[], facts: ArticleFacts): SourceBlock[] {
  const title = comparable(facts.title);
  const publisher = comparable(facts.publisher);
  const authors = facts.authors.map(comparable).filter((author) => author !== '');
  const surnames = facts.authors.map((author) => comparable(surnameOf(author)));

  const mentionsAuthor = (line: string): boolean => authors.some((author) => comparable(line).includes(author));
  const isAuthorNameLine = (line: string): boolean => authors.includes(comparable(line));
  const startsWithAuthor = (line: string): boolean => {
    const c = comparable(line);
    return (
      authors.some((author) => c.startsWith(author + ' ')) ||
      surnames.some((surname) => new RegExp(`^(?:mr|ms|mrs|dr|prof)\\.? ${escapeRegExp(surname)} (?:is|was|has|teaches|writes)\\b`, 'u').test(c))
    );
  };

  // Endnotes: the trailing run of numbered lines, each starting with the number before it plus one.
  let notesStart = units.length;
  for (let i = units.length - 1; i >= 0; i--) {
    const match = /^(\d{1,3})\s/u.exec(units[i] ?? '');
    if (!match) break;
    notesStart = i;
  }
  if (!isNumberedRun(units.slice(notesStart))) notesStart = units.length;

  const roles: BlockRole[] = [];
  let inHeader = true;
  for (let i = 0; i < units.length; i++) {
    const line = units[i] ?? '';
    const c = comparable(line);
    let role: BlockRole;
    if (i >= notesStart) role = 'notes';
    else if (BOILERPLATE_PATTERNS.some((pattern) => pattern.test(line))) role = 'boilerplate';
    else if (inHeader && i === 0 && c === title) role = 'title';
    else if (inHeader && c === publisher) role = roles.length > 0 && roles[roles.length - 1] === 'byline' ? 'byline' : 'publisher';
    else if (inHeader && (mentionsAuthor(line) && line.length <= HEADING_MAX_LENGTH)) role = 'byline';
    else if (inHeader && DATE_LINE_PATTERN.test(line)) role = 'byline';
    else if (isAuthorNameLine(line) && startsWithAuthor(units[i + 1] ?? '')) role = 'bio';
    else if (startsWithAuthor(line)) role = 'bio';
    else if (i === units.length - 1 && CREDIT_PATTERN.test(line)) role = 'credit';
    else if (looksLikeHeading(line) && i + 1 < notesStart) role = 'heading';
    else role = 'paragraph';
    if (role === 'paragraph' || role === 'heading') inHeader = false;
    roles.push(role);
  }

  return groupBlocks(units, roles);
}

function isNumberedRun(lines: readonly string[]): boolean {
  return lines.length > 0 && lines.every((line, i) => line.startsWith(`${i + 1} `));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Consecutive units of a multi-line role (byline, bio, notes) share one block. */
const GROUPED_ROLES: ReadonlySet<BlockRole> = new Set(['byline', 'bio', 'notes']);

function groupBlocks(units: readonly string[], roles: readonly BlockRole[]): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  units.forEach((line, i) => {
    const role = roles[i] ?? 'paragraph';
    const last = blocks[blocks.length - 1];
    if (last && last.role === role && GROUPED_ROLES.has(role)) last.lines.push(line);
    else blocks.push({ role, lines: [line] });
  });
  return blocks;
}
