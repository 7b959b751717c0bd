import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { linkUnderBase } from '../lib/publishing/link-under-base.ts';

export interface RehypeBasePathLinksOptions {
  /** The site's base path, with slashes at both ends ("/briefings-site/"). Default "/": links stay as written. */
  base?: string;
}

/**
 * Puts the site's base path on the root-relative links an author writes in Markdown, so a
 * briefing links to another page with a plain link and no import:
 *
 *   [Syria and the border](/briefings/syria-and-the-border/)
 *   → <a href="/briefings-site/briefings/syria-and-the-border/">Syria and the border</a>
 *
 * Only Markdown links (`<a>` elements): a JSX `<a href="/x/">` in MDX is code, left as written.
 * The rule is src/lib/publishing/link-under-base.ts.
 */
export function rehypeBasePathLinks(options: RehypeBasePathLinksOptions = {}) {
  const base = options.base ?? '/';
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'a' && typeof node.properties.href === 'string') node.properties.href = linkUnderBase(node.properties.href, base);
    });
  };
}
