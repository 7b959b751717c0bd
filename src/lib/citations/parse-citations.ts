/** One cited work inside a citation bracket. */
export interface CitationItem {
  /** Text before the key, e.g. "see". */
  prefix: string;
  /** The cited source's slug. */
  key: string;
  /** Paragraph number from a `¶N` locator. */
  paragraph?: number;
  /** Text after the locator, e.g. "for the figures". */
  suffix: string;
}

/** A Pandoc-style citation bracket found in text: `[see @slug, ¶3; @other]`. */
export interface CitationBracket {
  /** Offsets of the whole bracket in the text searched, end exclusive. */
  start: number;
  end: number;
  raw: string;
  items: CitationItem[];
}

/** A bracket that looks like a citation but cannot be read as one. */
export interface CitationSyntaxError {
  start: number;
  end: number;
  raw: string;
  message: string;
}

const BRACKET = /\[([^[\]]*)\](?![(:[])/gu;
const HAS_KEY = /(?:^|[\s;-])@[A-Za-z0-9_]/u;
const ITEM = /^(?<prefix>.*?)(?:^|\s)-?@(?<key>[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?)(?<rest>.*)$/su;
const PARAGRAPH_LOCATOR = /^\s*(?:¶\s*|para(?:graph)?\.?\s+|p-)(?<number>\d+)(?<suffix>.*)$/su;

/**
 * Finds Pandoc/Quarto citation brackets in a run of text:
 * `[@slug]`, `[@slug, ¶12]`, `[@a; @b]`, `[see @slug, ¶3]`, `[@slug, ¶3, for the figures]`.
 * Paragraph locators may be written `¶12`, `¶ 12`, `para 12` or `paragraph 12`.
 * A bracket followed by `(` or `:` is a Markdown link or definition, not a citation.
 */
export function parseCitations(text: string): { citations: CitationBracket[]; errors: CitationSyntaxError[] } {
  const citations: CitationBracket[] = [];
  const errors: CitationSyntaxError[] = [];
  for (const match of text.matchAll(BRACKET)) {
    if (!HAS_KEY.test(match[1] ?? '')) continue;
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    const items: CitationItem[] = [];
    let problem: string | undefined;
    for (const part of (match[1] ?? '').split(';')) {
      const item = ITEM.exec(part.trim());
      if (!item?.groups) {
        problem = `"${part.trim()}" has no @key; write each cited source as @slug, separated by semicolons`;
        break;
      }
      const { prefix = '', key = '', rest = '' } = item.groups;
      let paragraph: number | undefined;
      let suffix = rest.trim();
      // Pandoc takes a locator straight after the key with or without a comma: [@slug, ¶3] or [@slug ¶3].
      const afterKey = suffix.startsWith(',') ? suffix.slice(1) : suffix;
      const locator = PARAGRAPH_LOCATOR.exec(afterKey);
      if (locator?.groups) {
        paragraph = Number(locator.groups.number);
        suffix = (locator.groups.suffix ?? '').replace(/^\s*,?\s*/u, '').trim();
      } else if (/^\s*(?:p{1,2}\.|pages?|ch\.|chapter|sec\.|section)\s*\d/iu.test(afterKey)) {
        problem = `"${afterKey.trim()}" is a page or section locator; sources here are addressed by paragraph: write ¶N (for example [@${key}, ¶3])`;
        break;
      } else if (suffix.startsWith(',')) {
        suffix = afterKey.trim();
      }
      if (paragraph !== undefined && paragraph < 1) {
        problem = `¶${paragraph} is not a paragraph number; paragraphs count from ¶1`;
        break;
      }
      items.push({ prefix: prefix.trim(), key, ...(paragraph !== undefined ? { paragraph } : {}), suffix });
    }
    if (problem) errors.push({ start, end, raw, message: problem });
    else citations.push({ start, end, raw, items });
  }
  return { citations, errors };
}
