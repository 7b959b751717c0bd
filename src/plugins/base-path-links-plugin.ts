import type { HastPluginDefinition } from 'satteri';
import { linkUnderBase } from '../lib/publishing/link-under-base.ts';

export interface BasePathLinksPluginOptions {
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
 * A Sätteri hast plugin over Markdown links (`<a>` elements) only: a JSX `<a href="/x/">` in
 * MDX is code, left as written. The rule is src/lib/publishing/link-under-base.ts.
 */
export function basePathLinksPlugin(options: BasePathLinksPluginOptions = {}): HastPluginDefinition {
  const base = options.base ?? '/';
  return {
    name: 'base-path-links',
    element: {
      filter: ['a'],
      visit(node, context) {
        const href = node.properties?.href;
        if (typeof href !== 'string') return;
        const under = linkUnderBase(href, base);
        if (under !== href) context.setProperty(node, 'href', under);
      },
    },
  };
}
