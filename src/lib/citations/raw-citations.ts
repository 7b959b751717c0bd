import { mayStartKey, readCitationKey } from './citation-key.ts';
import type { SourceLibrary } from './source-library.ts';
import type { Problem } from '../problems.ts';

/** Parts of a page whose text is never a citation: code as written (the guide's examples), styles, scripts other than structured data, comments. */
const NOT_PROSE = /<(code|pre|style)\b[^>]*>[\s\S]*?<\/\1>|<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>|<!--[\s\S]*?-->/giu;

export interface RawCitation {
  /** The key as written, with its `@`. */
  key: string;
  /** The words around it as a reader would see them, tags removed. */
  excerpt: string;
}

function excerptAround(html: string, at: number): string {
  // Cut where a tag is whole: a slice may start inside one or end inside one.
  const before = html.slice(Math.max(0, at - 300), at).replace(/^[^<]*>/u, '').replace(/<[^>]*>/gu, ' ');
  const after = html.slice(at, at + 300).replace(/<[^>]*$/u, '').replace(/<[^>]*>/gu, ' ');
  const words = (text: string) => text.replace(/\s+/gu, ' ');
  return `${words(before).slice(-50).trimStart()}${words(after).slice(0, 60).trimEnd()}`;
}

/**
 * Citation keys a built page shows as text, in its words or its attributes (an image's alt, a
 * title, a meta description, structured data): a key of a known source anywhere, or any key
 * opening a bracket (`[@…`, `[see @…`). The citation plugin turns every citation it reads into a
 * link and fails on what it cannot read, but it reads Markdown prose, key takeaways and notes;
 * a key typed into a title, a term, a component's prop or an `{expression}` reaches the page as
 * written, and this finds it there. Code (`<code>`, `<pre>`) is left alone: the guide's examples.
 * So is a key a source's own text holds (`isReceived`): source texts are published as received,
 * on their pages and in the passages cards quote.
 */
export function rawCitationsInHtml(html: string, keys: { isSourceSlug(name: string): boolean; isReceived(name: string): boolean }): RawCitation[] {
  const text = html.replace(NOT_PROSE, (part) => ' '.repeat(part.length));
  const found: RawCitation[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (!mayStartKey(text, at)) continue;
    const key = readCitationKey(text, at);
    if (!key) continue;
    // Inside a bracket that opened at most 40 characters before, with no tag, other bracket or JSON object (structured data's "@type") between.
    const opensBracket = /\[[^[\]<>{"]{0,40}$/u.test(text.slice(Math.max(0, at - 41), at));
    if ((!keys.isSourceSlug(key.name) && !opensBracket) || keys.isReceived(key.name)) continue;
    found.push({ key: text.slice(at, at + key.length), excerpt: excerptAround(html, at) });
  }
  return found;
}

/** The names of the keys a text holds (`@name`, where an `@` may start a key), for isReceived. */
export function citationKeyNames(text: string): string[] {
  const names: string[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    const key = mayStartKey(text, at) ? readCitationKey(text, at) : undefined;
    if (key) names.push(key.name);
  }
  return names;
}

/** The keys rawCitationsInHtml looks for, from the source library: its slugs, and the keys its texts hold. */
export function rawCitationKeys(library: SourceLibrary): { isSourceSlug(name: string): boolean; isReceived(name: string): boolean } {
  const slugs = new Set(library.slugs);
  const received = new Set<string>();
  for (const slug of library.slugs) for (const passage of library.get(slug)?.passages ?? []) for (const name of citationKeyNames(passage.text)) received.add(name);
  return { isSourceSlug: (name) => slugs.has(name), isReceived: (name) => received.has(name) };
}

/** The problem of a page that shows citation keys as text: the first, and how many more. */
export function rawCitationProblem(page: string, found: readonly RawCitation[]): Problem {
  const [first] = found;
  return {
    file: `page ${page}`,
    message: `shows the citation key ${first?.key ?? ''} as text, not as a link to its source: “…${first?.excerpt ?? ''}…”${found.length > 1 ? ` (and ${found.length - 1} more on this page)` : ''}.`,
    hint: 'citations are read in Markdown prose, key takeaways, corrections and updates; one in a title, dek, term, name, image description, component prop or {expression} is not. Move it into the prose, or name the source in words.',
  };
}
