/**
 * How reader furniture reads, whatever the format: the words of share and newsletter prompts,
 * "Read more" lines, photo credits, related-links headings and date lines. Each pattern is
 * matched against one whole unit (a line of a text, a block of a page).
 */

/** Calls to action and navigation residue that are not the article. Returns the kind, for explanations. */
const BOILERPLATE: readonly [RegExp, string][] = [
  [/^table of contents$/iu, 'a table-of-contents label'],
  [/share your thoughts in the comments/iu, 'a call for comments'],
  [/^(?:leave|post|add) a comment/iu, 'a call for comments'],
  [/^(?:\d+\s+)?comments?$/iu, 'a comments link'],
  [/^(?:subscribe|sign up|register)\b.*\b(?:newsletter|briefing|updates|inbox|alerts)/iu, 'a newsletter prompt'],
  [/^(?:get|receive) (?:our|the) .*\bnewsletter/iu, 'a newsletter prompt'],
  [/\bnewsletter\b.*\b(?:sign up|subscribe)\b/iu, 'a newsletter prompt'],
  [/^advertisement$/iu, 'an advertisement label'],
  [/^(?:read more|related|see also|more on this story|more from [\p{L} ]+|most read|recommended(?: for you)?|you may also like|further reading)(?: articles?| stories)?\s*[:…]?$/iu, 'a related-links heading'],
  [/^(?:read|continue reading|read the (?:rest|full story|full article|original|whole story))\b.{0,80}\b(?:at|on|here|in)\b.{0,60}$/iu, 'a "read the rest at" line'],
  [/^(?:read more|continue reading|read the full (?:story|article))\b.{0,80}$/iu, 'a "read more" line'],
  [/^(?:share (?:this|on|via)|share(?: article| story)?$|tweet$|email$|print$|copy link$)/iu, 'a share prompt'],
  [/^(?:follow us on|follow .{1,40} on (?:twitter|x|facebook|instagram|telegram|whatsapp|linkedin))/iu, 'a follow prompt'],
  [/^(?:click here|tap here)\b/iu, 'a link prompt'],
];

/** The kind of boilerplate a unit is ("a share prompt"), or undefined. */
export function boilerplateKind(line: string): string | undefined {
  if (line.length > 200) return undefined;
  return BOILERPLATE.find(([pattern]) => pattern.test(line.trim()))?.[1];
}

/** A heading that introduces a list of links to other articles. */
export const RELATED_HEADING = /^(?:related(?: articles?| stories| content| coverage| links)?|read more|see also|more on this (?:story|topic)|more from [\p{L} ]+|most (?:read|popular)|recommended(?: for you)?|you (?:may|might) also like|further reading|read next|what to read next)\s*:?$/iu;

/** A photo credit standing alone: "Photo: AFP", "(Reuters/Ahmed Saad)", "© EPA", "Image: Getty Images". */
export const CREDIT_ONLY = /^\(?(?:(?:photo(?:graph)?|image|picture|pic|credit|video|illustration|graphic|foto)s?(?: credit)?\s*(?::|by\b)|©|\(c\)|copyright\b)[^.!?]{0,80}\)?\.?$|^\(?(?:AFP|AP|Reuters|EPA|Getty Images|Anadolu(?: Agency)?|SIPA|Xinhua|ANSA)(?:\s*(?:\/|via)\s*[^.!?]{1,60})?\)?\.?$/iu;

/** A photo credit at the end of a caption: "… in Mosul. (Photo: AFP)", "… in Mosul. Reuters/Khalid al-Mousily". */
export const CAPTION_CREDIT = /(?:\((?:photo|image|credit|file photo)s?\s*(?::|by)\s*[^)]{1,60}\)|\b(?:photo|image|credit)s?\s*:\s*[^.]{1,60}|\b(?:AFP|AP|Reuters|EPA|Getty Images)(?:\s*\/\s*[\p{L} .'-]{1,40}|\s+via\s+Getty Images)?)\s*\.?\)?$/u;

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** A line giving the time of publication or update, standing alone: "Published 3 November 2025, 14:02 GMT", "Updated: Nov. 3, 2025 10:04 a.m. ET". */
export const DATE_LINE = new RegExp(
  `^(?:(?:first )?(?:published|posted|updated|last updated|modified)(?: on)?:?\\s*)?(?:[A-Z][a-z]+day,? )?(?:${MONTH} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH},? \\d{4}|\\d{4}-\\d{2}-\\d{2})(?:,?\\s*(?:at\\s*)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,5}|\\s*\\(?(?:GMT|UTC)[+-]?\\d{0,2}\\)?)?)?\\.?$|^(?:published|posted|updated|last updated)\\b.{0,60}\\d{4}.{0,20}$`,
  'iu',
);
