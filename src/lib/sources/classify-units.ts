import { boilerplateKind, CAPTION_CREDIT, CREDIT_ONLY } from './furniture-patterns.ts';
import { groupUnits } from './group-units.ts';
import type { ReceivedUnit } from './received.ts';
import type { BlockRole, SourceBlock } from './types.ts';

/** What the manifest tells ingestion about an article, used to recognise its furniture. */
export interface ArticleFacts {
  title: string;
  publisher: string;
  authors: readonly string[];
}

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

/** Arabic agencies' photo credits: (أ ف ب) AFP, (رويترز) Reuters, (أ ب) AP, (إ ب أ) EPA, (الأناضول) Anadolu, (غيتي) Getty. */
const ARABIC_CREDIT = /[(（]\s*(?:أ\.?\s?ف\.?\s?ب\.?|رويترز|أ\.?\s?ب\.?|إ\.?\s?ب\.?\s?أ\.?|الأناضول|غيتي(?: إيماجز)?|(?:تصوير|صورة)\s*[:：][^)）]{1,40})\s*[)）]\s*\.?$/u;

/**
 * Recognises the furniture of an article (title, publisher line, byline, author bio,
 * headings, endnotes, boilerplate, staff credit) so it can be moved or marked rather than
 * published as body text. Never drops, merges or edits a unit: every unit comes back,
 * in order, in exactly one block.
 */
export function classifyUnits(units: readonly string[], facts: ArticleFacts): SourceBlock[] {
  return groupUnits(classifyTextUnits(units, facts)).blocks;
}

/** classifyUnits, unit by unit, with the reason for each decision (for `--explain`). */
export function classifyTextUnits(units: readonly string[], facts: ArticleFacts): ReceivedUnit[] {
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

  const result: ReceivedUnit[] = [];
  let inHeader = true;
  for (let i = 0; i < units.length; i++) {
    const line = units[i] ?? '';
    const c = comparable(line);
    const previous = result[result.length - 1]?.role;
    const [role, reason]: [BlockRole, string] = ((): [BlockRole, string] => {
      if (i >= notesStart) return ['notes', 'in the run of numbered notes that ends the text'];
      const boilerplate = boilerplateKind(line);
      if (boilerplate) return ['boilerplate', `reads as ${boilerplate}`];
      if (inHeader && i === 0 && c === title) return ['title', 'the first line is the title'];
      if (c === title && title !== '') return ['title', 'repeats the headline'];
      if (inHeader && c === publisher) return [previous === 'byline' ? 'byline' : 'publisher', 'names the publisher at the top'];
      if (inHeader && mentionsAuthor(line) && line.length <= HEADING_MAX_LENGTH) return ['byline', 'names the author at the top'];
      if (inHeader && DATE_LINE_PATTERN.test(line)) return ['byline', 'a date line at the top'];
      if (isAuthorNameLine(line) && startsWithAuthor(units[i + 1] ?? '')) return ['bio', 'the author\'s name above a bio'];
      if (startsWithAuthor(line)) return ['bio', 'starts with the author\'s name'];
      if (i === units.length - 1 && CREDIT_PATTERN.test(line)) return ['credit', 'a staff credit at the end'];
      if (line.length <= 100 && CREDIT_ONLY.test(line)) return ['credit', 'reads as a photo credit'];
      if (line.length <= 300 && (ARABIC_CREDIT.test(line) || (CAPTION_CREDIT.test(line) && /\b(?:[Pp]hoto|[Ii]mage|AFP|Reuters|EPA|Getty)\b/u.test(line)))) return ['caption', 'a caption: it ends with a photo credit'];
      if ((line.match(/\p{L}/gu) ?? []).length <= 2 && !/\p{N}/u.test(line)) return ['boilerplate', 'a stray fragment of two letters or fewer'];
      if (looksLikeHeading(line) && i + 1 < notesStart) return ['heading', 'a short line standing alone without closing punctuation'];
      return ['paragraph', 'body text'];
    })();
    if (role === 'paragraph' || role === 'heading') inHeader = false;
    result.push({ text: line, role, reason });
  }
  return result;
}

function isNumberedRun(lines: readonly string[]): boolean {
  return lines.length > 0 && lines.every((line, i) => line.startsWith(`${i + 1} `));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
