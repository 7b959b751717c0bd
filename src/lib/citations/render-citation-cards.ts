/** What one preview card shows, computed by the page from the citation record and the source. */
export interface CitationCardView {
  id: string;
  publisher: string;
  title: string;
  /** The source's date at its precision: "September 2025". */
  date: string;
  /** "¶5", "author bio", or undefined when the whole article is cited. */
  label?: string | undefined;
  /** The passage as received, split around the verified quotation (if any). */
  before: string;
  quoted?: string | undefined;
  after: string;
  /** Link to the passage in the source library (base path included). */
  passageHref: string;
  /** Link to the original at the publisher, with a text fragment, when its address is known. */
  originalHref?: string | undefined;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/gu, (char) => ESCAPES[char] ?? char);
/** Escapes text for HTML element content or a double-quoted attribute (also used by tools/bench's synthetic pages). */
export { escape as escapeHtml };

/**
 * The preview cards' HTML. Written as a string rather than as Astro markup because a
 * briefing of an archive may carry dozens of cards and thousands of briefings are built at
 * once; every value is escaped here.
 */
export function renderCitationCards(cards: readonly CitationCardView[]): string {
  return cards
    .map((card) => {
      const meta = [card.publisher, card.date, card.label].filter(Boolean).map((part) => escape(part ?? '')).join(' · ');
      const passage =
        card.before || card.quoted
          ? `<blockquote class="cite-card-passage">${escape(card.before)}${card.quoted ? `<mark>${escape(card.quoted)}</mark>` : ''}${escape(card.after)}</blockquote>`
          : '<p class="cite-card-passage">The whole article is cited.</p>';
      const read = card.label ? `Read ${card.label} in the source` : 'Read the source';
      const original = card.originalHref
        ? `<a href="${escape(card.originalHref)}" rel="nofollow noopener">Original at ${escape(new URL(card.originalHref).hostname.replace(/^www\./u, ''))}</a>`
        : '';
      return (
        `<div class="cite-card" id="${escape(card.id)}" popover="manual" role="note">` +
        `<p class="cite-card-meta">${meta}</p><p class="cite-card-title">${escape(card.title)}</p>${passage}` +
        `<p class="cite-card-links"><a href="${escape(card.passageHref)}">${escape(read)}</a>${original}</p></div>`
      );
    })
    .join('');
}
