import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';

/** An MDX body's syntax tree, parsed by the site's processor, Sätteri, as Astro's MDX integration has it parse (GFM on). */
export function parseMdx(body: string): Root {
  return mdxToMdast(body, { features: { gfm: true, smartPunctuation: false }, position: false }) as Root;
}
