import { parseHTML } from 'linkedom';
import { wordsOf } from '../../src/lib/sources/words.ts';

/**
 * The words of a fixture page's article text, as a reader sees them: every text node under the
 * page's `<article>` (or `<body>`), in document order, with the page's navigation,
 * advertisements (`aria-label="Advertisement"`), scripts, styles and form controls left out.
 */
export function articleWords(html: string, options: { leaveOut?: string } = {}): string[] {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const root = document.querySelector('article') ?? document.body;
  const leaveOut = ['nav', 'script', 'style', 'noscript', 'template', 'input', 'select', 'textarea', '[aria-label="Advertisement"]', '[hidden]', options.leaveOut].filter(Boolean).join(', ');
  for (const element of [...root.querySelectorAll(leaveOut)]) element.remove();
  const texts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === 3) texts.push(node.nodeValue ?? '');
    for (const child of node.childNodes) visit(child);
  };
  // The headline often stands outside the article's element.
  const headline = document.querySelector('h1');
  if (headline && !root.contains(headline)) visit(headline);
  visit(root);
  return wordsOf(texts.join(' '));
}
