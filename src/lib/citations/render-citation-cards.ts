import { escapeHtml } from '../text/escape-html.ts';

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


/**
 * The preview cards' HTML. Written as a string rather than as Astro markup because a
 * briefing of an archive may carry dozens of cards and thousands of briefings are built at
 * once; every value is escaped here.
 */
export function renderCitationCards(cards: readonly CitationCardView[]): string {
  return cards
    .map((card) => {
      const meta = [card.publisher, card.date, card.label].filter(Boolean).map((part) => escapeHtml(part ?? '')).join(' · ');
      const passage =
        card.before || card.quoted
          ? `<blockquote class="cite-card-passage">${escapeHtml(card.before)}${card.quoted ? `<mark>${escapeHtml(card.quoted)}</mark>` : ''}${escapeHtml(card.after)}</blockquote>`
          : '<p class="cite-card-passage">The whole article is cited.</p>';
      const read = card.label ? `Read ${card.label} in the source` : 'Read the source';
      const original = card.originalHref
        ? `<a href="${escapeHtml(card.originalHref)}" rel="nofollow noopener">Original at ${escapeHtml(new URL(card.originalHref).hostname.replace(/^www\./u, ''))}</a>`
        : '';
      return (
        `<div class="cite-card" id="${escapeHtml(card.id)}" popover="manual" role="note">` +
        `<p class="cite-card-meta">${meta}</p><p class="cite-card-title">${escapeHtml(card.title)}</p>${passage}` +
        `<p class="cite-card-links"><a href="${escapeHtml(card.passageHref)}">${escapeHtml(read)}</a>${original}</p></div>`
      );
    })
    .join('');
}
