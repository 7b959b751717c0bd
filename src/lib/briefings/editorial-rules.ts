import type { Problem } from '../problems.ts';

/** The rules a briefing is held to (the site's are EDITORIAL in src/config.ts). */
export interface EditorialRules {
  words: { min: number; max: number };
  takeaways: { min: number; max: number };
  citedTakeaways: boolean;
  minSources: number;
  sections: readonly string[];
  uncitedParagraphWords: number;
  ownWords: readonly string[];
  requireLocator: boolean;
}

/** What the rules look at in one briefing, gathered while it renders. */
export interface BriefingFacts {
  /** The file, as problems name it. */
  file: string;
  /** Prose words. */
  words: number;
  /** How many key takeaways the frontmatter lists. */
  takeaways: number;
  /** The takeaways that cite nothing, by index, with the place of each in the file when known. */
  uncitedTakeaways: readonly { index: number; line?: number; column?: number }[];
  /** The slugs of the sources it cites, each once. */
  citedSources: readonly string[];
  /** The text of its second-level headings. */
  sections: readonly string[];
  /** Paragraphs that cite nothing, outside the components for our own words, with their words. */
  uncitedParagraphs: readonly { line: number; column: number; words: number }[];
  /** Citations, with whether each names its paragraphs and whether it comes straight after a quotation. */
  citations: readonly { line: number; column: number; raw: string; located: boolean; followsQuotation: boolean }[];
}

const number = (value: number) => value.toLocaleString('en-US');
const plural = (count: number, one: string, many = `${one}s`) => `${number(count)} ${count === 1 ? one : many}`;
const RULES_AT = 'EDITORIAL in src/config.ts';

/** Line numbers for a message: "line 12", "lines 12, 30 and 44". */
function lines(places: readonly { line: number }[]): string {
  const numbers = places.map((place) => String(place.line));
  if (numbers.length === 1) return `line ${numbers[0]}`;
  return `lines ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

/**
 * The editorial rules a briefing breaks, one problem per rule, each naming the file (and the
 * first place, where there is one), what was found and the fix.
 */
export function editorialProblems(facts: BriefingFacts, rules: EditorialRules): Problem[] {
  const problems: Problem[] = [];
  const { file } = facts;
  const { words } = rules;
  if (facts.words < words.min || facts.words > words.max) {
    const short = facts.words < words.min;
    problems.push({
      file,
      message: `${plural(facts.words, 'word')} of prose; a briefing has ${number(words.min)} to ${number(words.max)} (${RULES_AT}).`,
      hint: short ? `add ${plural(words.min - facts.words, 'word')}, or fold the briefing into another one.` : `cut ${plural(facts.words - words.max, 'word')}, or split the briefing in two.`,
    });
  }
  const { takeaways } = rules;
  if (facts.takeaways < takeaways.min || facts.takeaways > takeaways.max) {
    problems.push({
      file,
      message: `${plural(facts.takeaways, 'key takeaway')}; a briefing lists ${takeaways.min} to ${takeaways.max} (${RULES_AT}).`,
      hint: facts.takeaways < takeaways.min ? 'add to keyTakeaways in the frontmatter what a reader should remember, each with its citation.' : `keep the ${takeaways.max} that matter most in keyTakeaways.`,
    });
  }
  const [firstUncitedTakeaway] = facts.uncitedTakeaways;
  if (rules.citedTakeaways && firstUncitedTakeaway) {
    const count = facts.uncitedTakeaways.length;
    const which = facts.uncitedTakeaways.map((takeaway) => takeaway.index + 1);
    problems.push({
      file,
      ...(firstUncitedTakeaway.line !== undefined ? { line: firstUncitedTakeaway.line, column: firstUncitedTakeaway.column } : {}),
      message: `key takeaway${count === 1 ? '' : 's'} ${which.length === 1 ? which[0] : `${which.slice(0, -1).join(', ')} and ${which.at(-1)}`} ${count === 1 ? 'cites' : 'cite'} nothing; every takeaway cites the paragraphs it rests on (${RULES_AT}).`,
      hint: 'end each takeaway with its citation, as in the body: "… [@slug, ¶N]."',
    });
  }
  if (facts.citedSources.length < rules.minSources) {
    problems.push({
      file,
      message: `cites ${plural(facts.citedSources.length, 'source')}${facts.citedSources.length > 0 ? ` (${facts.citedSources.join(', ')})` : ''}; a briefing cites at least ${rules.minSources} (${RULES_AT}).`,
      hint: 'cite another source of content/sources/ for what it says, or ingest one (npm run ingest).',
    });
  }
  for (const section of rules.sections) {
    if (facts.sections.some((heading) => heading.trim().toLowerCase() === section.toLowerCase())) continue;
    problems.push({ file, message: `has no "${section}" section (${RULES_AT}).`, hint: `add a "## ${section}" section near the end, with its citations.` });
  }
  const uncited = facts.uncitedParagraphs.filter((paragraph) => paragraph.words >= rules.uncitedParagraphWords);
  const [firstUncited] = uncited;
  if (firstUncited) {
    problems.push({
      file,
      line: firstUncited.line,
      column: firstUncited.column,
      message: `${uncited.length === 1 ? 'a paragraph' : `${uncited.length} paragraphs`} of ${rules.uncitedParagraphWords} words or more ${uncited.length === 1 ? 'cites' : 'cite'} nothing (${lines(uncited)}) (${RULES_AT}).`,
      hint: `cite the source of each paragraph's facts, or put what is our own reading inside ${rules.ownWords.map((name) => `<${name}>…</${name}>`).join(' or ')}.`,
    });
  }
  const unlocated = rules.requireLocator ? facts.citations.filter((citation) => !citation.located && !citation.followsQuotation) : [];
  const [firstUnlocated] = unlocated;
  if (firstUnlocated) {
    problems.push({
      file,
      line: firstUnlocated.line,
      column: firstUnlocated.column,
      message: `${unlocated.length === 1 ? 'a citation names' : `${unlocated.length} citations name`} no paragraph and ${unlocated.length === 1 ? 'follows' : 'follow'} no quotation: ${unlocated.map((citation) => `${citation.raw} (line ${citation.line})`).join(', ')} (${RULES_AT}).`,
      hint: 'add the paragraph ([@slug, ¶N]; the number is beside each paragraph on the source page), or put the citation straight after the quotation it verifies ("…" [@slug]).',
    });
  }
  return problems;
}
