const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * The one HTML escaper, for text written into HTML as strings (citation cards, the feed's
 * chart links and attributes): element content or a double-quoted attribute value. Astro
 * escapes what components render; XML has its own escaper (src/lib/publishing/xml.ts).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/gu, (char) => ESCAPES[char] ?? char);
}
