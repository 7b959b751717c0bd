import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { fail } from '../../problems.ts';
import { decodeArticleText } from '../decode-text.ts';
import type { ReceivedDocument } from '../received.ts';
import { readPageMetadata } from './page-metadata.ts';
import { webPageUnits, type WebUnit } from './web-page-units.ts';

/** The character set a page declares in its first kilobytes (`<meta charset>` or `http-equiv`), read before decoding. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head)?.[1];
}

const ID = 'data-ingest-id';
/** The fewest characters of body text Readability must find for a page to hold an article. */
const MINIMUM_ARTICLE = 200;

/** The nearest element containing all of `elements`: widened one element at a time, so it costs the elements times the depth. */
function commonAncestor(elements: readonly Element[]): Element | undefined {
  let candidate: Element | null | undefined = elements[0];
  for (const element of elements) {
    while (candidate && !candidate.contains(element)) candidate = candidate.parentElement;
  }
  return candidate ?? undefined;
}

/**
 * Reads a saved web page ("Save page as", HTML only or complete): decodes it in its declared
 * character set, reads its metadata (see readPageMetadata), lets Mozilla's Readability find the
 * article, then walks the article's own element (its `<article>`, else the nearest element
 * holding everything Readability kept) in the original page, so the furniture Readability
 * strips (captions, bylines, share bars, related links) is kept and classified rather than lost.
 * The page's headline, when it stands outside that element, comes first.
 */
export function readWebPage(bytes: Uint8Array, file: string): Extract<ReceivedDocument, { format: 'html' }> {
  const decoded = decodeArticleText(bytes, file, { declaredCharset: declaredCharset(bytes) });
  const { document } = parseHTML(decoded.text) as unknown as { document: Document };
  const { facts, notes } = readPageMetadata(document, decoded.text);

  const elements = [...document.querySelectorAll('body *')];
  elements.forEach((element, i) => element.setAttribute(ID, String(i)));
  const copy = document.cloneNode(true) as Document;
  const article = new Readability(copy, { charThreshold: 200 }).parse();
  const kept = new Set([...(article?.content ?? '').matchAll(/data-ingest-id="(\d+)"/gu)].map((match) => match[1]!));
  const keptText = [...kept].map((id) => elements[Number(id)]).filter((element): element is Element => element !== undefined && /\S/u.test(element.textContent ?? ''));
  const lowest = commonAncestor(keptText);
  // Readability always returns its best try; under a few sentences of text, that is not an article.
  if (!article || !lowest || (article.textContent ?? '').replace(/\s+/gu, ' ').trim().length < MINIMUM_ARTICLE) {
    fail({
      file,
      message: 'no article was found in this web page: Readability found no run of body text (it may be a front page, a search page, a page that needs JavaScript to show its text, or a cookie or paywall notice).',
      hint: 'open the article itself in the browser and save it again (File → Save Page As…, "Web Page, complete" or "HTML only"); if the text only appears after scripts run, copy it into a .txt file instead.',
    });
  }
  const root = lowest.closest('article') ?? lowest;
  const { units, leftOut } = webPageUnits(root, kept);

  // The headline usually stands above the article's element, in the page's header.
  const headline = document.querySelector('h1');
  const headlineText = headline?.textContent?.replace(/[ \t\n\r\f]+/gu, ' ').trim();
  if (headline && headlineText && !root.contains(headline)) {
    const unit: WebUnit = { text: headlineText, tag: 'h1', ancestors: [], hints: [{ word: 'headline', size: 0 }], kept: false, linkDensity: 0, onlyTime: false };
    const lang = headline.closest('[lang]');
    if (lang && lang !== document.documentElement) unit.lang = lang.getAttribute('lang') ?? undefined;
    units.unshift(unit);
  }
  for (const element of elements) element.removeAttribute(ID);

  if (!facts.title && article.title) facts.title = { value: article.title, from: 'Readability' };
  if (!facts.authors && article.byline) {
    const names = article.byline.replace(/^by\s+/iu, '').split(/\s*(?:,|\band\b|&)\s*/u).map((name) => name.trim()).filter((name) => name !== '' && name.length < 60);
    if (names.length > 0) facts.authors = { value: names, from: 'Readability byline' };
  }
  if (!facts.publisher && article.siteName) facts.publisher = { value: article.siteName, from: 'Readability site name' };
  return { format: 'html', units, leftOut, facts, quirks: [...decoded.quirks, ...notes] };
}
