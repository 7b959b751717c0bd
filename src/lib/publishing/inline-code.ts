import { createHash } from 'node:crypto';

/** What a page runs or styles inline, as CSP source expressions (`'sha256-…'`). */
export interface InlineCode {
  scripts: string[];
  styles: string[];
}

/** Script types a browser executes; anything else (`application/ld+json`) is a data block CSP ignores. */
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?`, 'iu').exec(attributes);
  if (!match) return undefined;
  return match[1] ?? match[2] ?? match[3] ?? '';
}

/** `'sha256-<base64>'` of an inline element's text, as CSP wants it. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Hashes of the inline `<script>` and `<style>` elements in a built page, so the CSP can allow
 * exactly these and nothing else. Scripts with `src` and data blocks (JSON-LD) need no hash.
 *
 * ```html
 * <script type="module">go()</script>  → scripts: ["'sha256-…'"]
 * <script type="application/ld+json">…  → ignored
 * ```
 */
export function inlineCodeHashes(html: string): InlineCode {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/giu)) {
    const attributes = match[1] ?? '';
    if (attribute(attributes, 'src') !== undefined) continue;
    const type = (attribute(attributes, 'type') ?? '').trim().toLowerCase();
    if (!EXECUTABLE_TYPES.has(type)) continue;
    scripts.push(cspHash(match[2] ?? ''));
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/giu)) styles.push(cspHash(match[1] ?? ''));
  return { scripts, styles };
}

/**
 * `style="…"` attributes in markup, which the CSP blocks (it has no `'unsafe-inline'`): the
 * build warns about them and a test fails on them. SVG presentation attributes (`fill="…"`)
 * and `element.style` set from scripts are not affected.
 */
export function styleAttributes(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.replace(/<!--[\s\S]*?-->/gu, '').matchAll(/<[a-z][a-z0-9-]*\b[^>]*>/giu)) {
    const match = /\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/iu.exec(tag[0]);
    if (match) found.push(match[1] ?? match[2] ?? '');
  }
  return found;
}
