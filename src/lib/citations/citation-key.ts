/**
 * The grammar of a citation key, decided once (docs/authoring.md, "Citation keys"):
 *
 *     key      = "@" name [ "@v" digits ]          @nyt-costa-clarke-2024   @shafaq-iraq-resurgence-2025@v1
 *              | "@{" anything but "}" "}" [ "@v" digits ]
 *     name     = letters, digits and "_", with single hyphens inside: it ends at the first other
 *                character, so the full stop in "as @nyt-costa-clarke-2024." is not part of it
 *
 * A key is only a key where the `@` does not follow a letter, digit or `_`: `press@nyt.com` is an
 * e-mail address. `\@` writes a literal at-sign. A name is read with capitals and underscores so
 * that a mistyped slug is reported (with the closest ones) rather than published as text; only
 * the slugs of content/sources/ resolve. The version suffix pins an older version of a source.
 */
export interface CitationKey {
  /** The name as written (`nyt-costa-clarke-2024`). */
  name: string;
  /** The version asked for with `@vN`, if any. */
  version?: number;
  /** Characters the key takes, from its `@`. */
  length: number;
}

const NAME = /^(?:\{([^{}\n]*)\}|([\p{L}\p{N}_](?:[\p{L}\p{N}_]|-(?=[\p{L}\p{N}_]))*))(?:@v(\d+)(?![\p{L}\p{N}_]))?/u;
const WORD = /[\p{L}\p{N}_]/u;

/** The key whose `@` is at `at`, or undefined when none starts there. Does not look at what precedes it. */
export function readCitationKey(text: string, at: number): CitationKey | undefined {
  if (text[at] !== '@') return undefined;
  const match = NAME.exec(text.slice(at + 1));
  if (!match) return undefined;
  const name = (match[1] ?? match[2] ?? '').trim();
  if (name === '') return undefined;
  return { name, ...(match[3] !== undefined ? { version: Number(match[3]) } : {}), length: 1 + match[0].length };
}

/** Whether an `@` at `at` may start a key: not after a letter, digit or `_` (an e-mail address). */
export function mayStartKey(text: string, at: number): boolean {
  return at === 0 || !WORD.test(text[at - 1] ?? '');
}

/** Every key in a text that could be a citation, with its offset: what must never reach a page unread. */
export function citationKeysIn(text: string): { start: number; key: CitationKey }[] {
  const found: { start: number; key: CitationKey }[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (!mayStartKey(text, at)) continue;
    const key = readCitationKey(text, at);
    if (key) {
      found.push({ start: at, key });
      at += key.length - 1;
    }
  }
  return found;
}
