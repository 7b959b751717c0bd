import { boilerplateKind, CAPTION_CREDIT, CREDIT_ONLY, DATE_LINE, RELATED_HEADING } from '../furniture-patterns.ts';
import { readDate } from '../metadata/read-date.ts';
import type { ReceivedUnit } from '../received.ts';
import type { BlockRole } from '../types.ts';
import type { WebUnit } from './web-page-units.ts';

/** What the classification knows of the article: its headline and authors, to recognise them where the page repeats them. */
export interface WebArticleFacts {
  title: string;
  authors: readonly string[];
}

/** A hint counts when it sits on a box no bigger than this many characters of text: a share bar, not the whole article. */
const SMALL_BOX = 600;

const HINTS: readonly { words: readonly string[]; role: BlockRole; reason: string }[] = [
  { words: ['headline'], role: 'title', reason: 'the page\'s headline (<h1>), above the article' },
  { words: ['caption', 'figcaption', 'wp-caption-text'], role: 'caption', reason: 'marked as a caption' },
  { words: ['credit', 'credits', 'copyright', 'photographer', 'byline-photo', 'source-image'], role: 'credit', reason: 'marked as a credit' },
  { words: ['bio', 'biography', 'contributor-bio'], role: 'bio', reason: 'marked as an author bio' },
  { words: ['byline', 'author', 'authors', 'writer', 'contributor', 'byline-name'], role: 'byline', reason: 'marked as the byline' },
  { words: ['dateline', 'timestamp', 'published', 'publish', 'pubdate', 'updated', 'date', 'datetime', 'time'], role: 'dateline', reason: 'marked as a date' },
  { words: ['share', 'sharing', 'social', 'sharebar', 'sharetools'], role: 'boilerplate', reason: 'in a share bar' },
  { words: ['newsletter', 'subscribe', 'subscription', 'signup', 'promo', 'cta', 'paywall'], role: 'boilerplate', reason: 'in a newsletter or subscription prompt' },
  { words: ['related', 'recommended', 'recommendations', 'more', 'readnext', 'mostread', 'popular', 'trending', 'teaser', 'teasers', 'further'], role: 'related', reason: 'in a related-articles box' },
  { words: ['tags', 'tag', 'topics', 'keywords'], role: 'boilerplate', reason: 'in a tag list' },
];

const comparable = (text: string) => text.normalize('NFC').replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ').trim().toLowerCase();

function hinted(unit: WebUnit): { role: BlockRole; reason: string; word: string } | undefined {
  // The nearest hinted element decides: a credit inside a caption is a credit.
  for (let i = unit.hints.length - 1; i >= 0; i--) {
    const hint = unit.hints[i]!;
    if (hint.size > SMALL_BOX) continue;
    const match = HINTS.find((candidate) => candidate.words.includes(hint.word));
    if (match) return { role: match.role, reason: `${match.reason} ("${hint.word}" in its markup)`, word: hint.word };
  }
  return undefined;
}

/**
 * Decides what each unit of a web page's article is. Markup first (a `<figcaption>`, a box
 * whose class says `share`, `related` or `byline`), then the words (a repeated headline, "By"
 * and an author's name, a date line, "Read more …", a photo credit), then what Readability
 * decided: a block it left out of the article is boilerplate. Headings are the page's `<h2>`…
 * `<h6>`; list items and block quotations are body paragraphs with their form. Never drops,
 * merges or edits a unit.
 */
export function classifyWebUnits(units: readonly WebUnit[], facts: WebArticleFacts): ReceivedUnit[] {
  const title = comparable(facts.title);
  const authors = facts.authors.map(comparable).filter(Boolean);
  const result: ReceivedUnit[] = [];
  let relatedGroup = 0;
  let inRelatedList = false;

  units.forEach((unit, index) => {
    const text = unit.text;
    const c = comparable(text);
    const inside = (tag: string) => unit.tag === tag || unit.ancestors.includes(tag);
    const isHeading = /^h[1-6]$/u.test(unit.tag);
    const lang = unit.lang ? { lang: unit.lang } : {};
    const push = (role: BlockRole, reason: string, extra: Partial<ReceivedUnit> = {}) => result.push({ text, role, reason, ...lang, ...extra });

    // A list of links after a "Related" heading, or inside a related box, is one block.
    if (inRelatedList && unit.tag === 'li' && unit.linkDensity > 0.5) return push('related', 'a link in the list under a related-articles heading', { group: relatedGroup });
    inRelatedList = false;

    if (c === title && (isHeading || c.length > 0) && (isHeading || unit.tag === 'p' || unit.tag === 'div')) return push('title', 'repeats the headline');
    if (inside('figcaption')) {
      const hint = hinted(unit);
      if (hint?.role === 'credit' || CREDIT_ONLY.test(text)) return push('credit', hint?.role === 'credit' ? hint.reason : 'a photo credit inside a figure caption');
      return push('caption', 'a figure caption (<figcaption>)');
    }
    const hint = hinted(unit);
    if (hint) {
      if (hint.role === 'related') {
        relatedGroup += 1;
        inRelatedList = true;
        return push('related', hint.reason, { group: relatedGroup });
      }
      if (hint.role === 'dateline' && !(unit.onlyTime || DATE_LINE.test(text) || text.length <= 60)) {
        // A "date" word on a box of running text is not a date line.
      } else if (hint.role === 'byline' && text.length > 160) {
        // Neither is a long paragraph in an "author" box.
      } else {
        return push(hint.role, hint.reason);
      }
    }
    if (CREDIT_ONLY.test(text) && text.length <= 100) return push('credit', 'reads as a photo credit');
    if (inside('figure') && !isHeading) return push('caption', 'text inside a figure');
    if (unit.onlyTime) return push('dateline', 'only a <time> element');
    if (text.length <= 100 && DATE_LINE.test(text)) return push('dateline', 'reads as a publication date line');
    if (text.length <= 160 && /^by\s+/iu.test(text) && authors.some((author) => c.includes(author))) return push('byline', '"By" and the author\'s name');
    if (text.length <= 80 && authors.length > 0 && authors.some((author) => c === author)) return push('byline', 'the author\'s name alone');
    if (text.length <= 120 && authors.some((author) => c.includes(author)) && (!unit.kept || readDate(text))) return push('byline', 'names the author (and the date) outside the body');
    if (isHeading && RELATED_HEADING.test(text)) {
      relatedGroup += 1;
      const next = units[index + 1];
      if (next && next.tag === 'li' && next.linkDensity > 0.5) inRelatedList = true;
      return push('related', 'a related-articles heading', { group: relatedGroup });
    }
    const boilerplate = boilerplateKind(text);
    if (boilerplate) return push('boilerplate', `reads as ${boilerplate}`);
    if (!unit.kept) return push(isHeading ? 'boilerplate' : 'boilerplate', 'left out of the article by Readability');
    if (isHeading) return push('heading', `a <${unit.tag}> heading`);
    if (unit.tag === 'li' || (unit.ancestors[0] === 'li' && !inside('blockquote'))) return push('paragraph', 'a list item', { form: 'item' });
    if (inside('blockquote')) return push('paragraph', 'a block quotation', { form: 'quote' });
    if (CAPTION_CREDIT.test(text) && text.length <= 300 && /\b(?:photo|image|AFP|Reuters|EPA|Getty)\b/u.test(text)) return push('caption', 'ends with a photo credit');
    push('paragraph', 'body text Readability kept');
  });
  return result;
}
