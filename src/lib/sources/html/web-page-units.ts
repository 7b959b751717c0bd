import type { LeftOut } from '../received.ts';

/** A run of text between block boundaries of a web page, with what its markup says about it. */
export interface WebUnit {
  /** Its text with HTML's white space collapsed (runs of spaces, tabs and newlines are one space, as a browser shows them). */
  text: string;
  /** The block element holding it: "p", "li", "h2", "figcaption", "div" … */
  tag: string;
  /** Tags of the block's ancestors below the article's root, nearest first. */
  ancestors: string[];
  /**
   * Words of the class, id, rel, itemprop and role attributes of the block and its ancestors
   * below the root ("share", "related", "byline"), each with the length of that element's
   * text, so a hint on a small box counts and one on the whole article does not.
   */
  hints: { word: string; size: number }[];
  /** Its nearest `lang` attribute below `<html>`, if any. */
  lang?: string;
  /** Whether Readability kept its block as part of the article. */
  kept: boolean;
  /** Share of its text inside links. */
  linkDensity: number;
  /** Whether its only content is a `<time>` element. */
  onlyTime: boolean;
}

/** Elements that hold no article text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio', 'source', 'track', 'img', 'picture', 'map', 'head', 'link', 'meta']);
const FORM_CONTROLS = new Set(['input', 'select', 'option', 'optgroup', 'textarea', 'datalist']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'legend', 'li',
  'main', 'menu', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const AD_WORDS = new Set(['ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'adunit', 'dfp', 'gpt', 'sponsored', 'taboola', 'outbrain']);
const NAVIGATION_WORDS = new Set(['nav', 'navbar', 'navigation', 'breadcrumb', 'breadcrumbs', 'menu', 'skip']);

/** "share-buttons__item" → share, buttons, item; "relatedArticles" → related, articles. */
export function hintWords(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/gu, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter((word) => word !== '');
}

function attributeWords(element: Element): string[] {
  return ['class', 'id', 'rel', 'itemprop', 'role', 'data-testid', 'data-component'].flatMap((name) => hintWords(element.getAttribute(name) ?? ''));
}

/** HTML's white space (not the no-break space, which is text). */
const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/gu, ' ');

interface Block {
  element: Element;
  parts: string[];
  linkChars: number;
  timeOnly: boolean | undefined;
}

/**
 * The text units of a web page's article, in document order: every run of text between block
 * boundaries under `root`, with its markup's hints. Navigation (`<nav>`, `role=navigation`,
 * breadcrumbs), advertisements, hidden elements and form controls are left out and listed;
 * scripts, styles and media hold no text and are skipped. `kept` holds the `data-ingest-id`s of
 * the elements Readability kept.
 */
export function webPageUnits(root: Element, kept: ReadonlySet<string>): { units: WebUnit[]; leftOut: LeftOut[] } {
  const units: WebUnit[] = [];
  const leftOut: LeftOut[] = [];
  const sizes = new Map<Element, number>();
  const sizeOf = (element: Element) => {
    let size = sizes.get(element);
    if (size === undefined) {
      size = collapse(element.textContent ?? '').trim().length;
      sizes.set(element, size);
    }
    return size;
  };

  const chain: Element[] = [];
  const flush = (block: Block) => {
    const text = collapse(block.parts.join('')).trim();
    if (text === '') return;
    const ancestors = chain.slice(0, -1).reverse();
    const hints = chain.flatMap((element) => attributeWords(element).map((word) => ({ word, size: sizeOf(element) })));
    const langElement = chain.slice().reverse().find((element) => element.hasAttribute('lang'));
    const lang = langElement?.getAttribute('lang')?.trim() || undefined;
    units.push({
      text,
      tag: block.element.localName,
      ancestors: ancestors.map((element) => element.localName),
      hints,
      ...(lang ? { lang } : {}),
      kept: kept.has(block.element.getAttribute('data-ingest-id') ?? ''),
      linkDensity: text.length === 0 ? 0 : Math.min(1, block.linkChars / text.length),
      onlyTime: block.timeOnly === true,
    });
    block.parts = [];
    block.linkChars = 0;
    block.timeOnly = undefined;
  };

  const visit = (node: Node, block: Block, inLink: boolean, inTime: boolean) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      block.parts.push(value);
      if (inLink) block.linkChars += collapse(value).length;
      if (value.trim() !== '') block.timeOnly = (block.timeOnly ?? true) && inTime;
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.localName;
    if (SKIPPED.has(tag)) return;
    const words = attributeWords(element);
    const text = () => collapse(element.textContent ?? '').trim();
    if (FORM_CONTROLS.has(tag)) {
      if (text()) leftOut.push({ what: 'form control', text: text() });
      return;
    }
    if (element.hasAttribute('hidden') || /display\s*:\s*none|visibility\s*:\s*hidden/iu.test(element.getAttribute('style') ?? '')) {
      if (text()) leftOut.push({ what: 'hidden', text: text() });
      return;
    }
    if (tag === 'nav' || element.getAttribute('role') === 'navigation' || words.some((word) => NAVIGATION_WORDS.has(word))) {
      if (text()) leftOut.push({ what: 'navigation', text: text() });
      return;
    }
    if (words.some((word) => AD_WORDS.has(word)) || /^advertisement$/iu.test(element.getAttribute('aria-label') ?? '')) {
      leftOut.push({ what: 'advertisement', text: text() });
      return;
    }
    if (tag === 'br') {
      block.parts.push('\n');
      return;
    }
    if (BLOCKS.has(tag)) {
      flush(block);
      chain.push(element);
      const inner: Block = { element, parts: [], linkChars: 0, timeOnly: undefined };
      for (const child of element.childNodes) visit(child, inner, inLink, inTime);
      flush(inner);
      chain.pop();
      return;
    }
    for (const child of element.childNodes) visit(child, block, inLink || tag === 'a', inTime || tag === 'time');
  };

  chain.push(root);
  const top: Block = { element: root, parts: [], linkChars: 0, timeOnly: undefined };
  for (const child of root.childNodes) visit(child, top, false, false);
  flush(top);
  return { units, leftOut };
}
