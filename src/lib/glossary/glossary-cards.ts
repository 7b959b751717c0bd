import { parseCitations } from '../citations/parse-citations.ts';
import { escapeHtml } from '../text/escape-html.ts';

/** What one glossary preview card shows. */
export interface GlossaryCardView {
  /** Element id, named by the term's links in aria-describedby: "glossary-card-<slug>". */
  id: string;
  term: string;
  /** The definition as plain text, its citations as the markers readers see. */
  definition: string;
  /** The entry on the glossary page (base path included). */
  href: string;
}

/** The element id of a term's preview card. */
export function glossaryCardId(slug: string): string {
  return `glossary-card-${slug}`;
}

/**
 * A definition's Markdown as the plain text of its preview card: emphasis and links reduced to
 * their words, and each citation written as the marker the briefing shows (`[@shafaq…, ¶5]` →
 * `[Shafaq ¶5]`, a run of one source's paragraphs naming it once), so the card keeps its evidence.
 */
export function definitionPreview(markdown: string, labelOf: (slug: string) => string | undefined): string {
  const { citations } = parseCitations(markdown);
  let text = '';
  let last = 0;
  for (const citation of citations) {
    text += markdown.slice(last, citation.start);
    let previous: string | undefined;
    const parts = citation.items.map((item) => {
      const label = labelOf(item.key) ?? item.key;
      const place = item.locator?.label ?? '';
      const same = previous === label && place !== '';
      previous = label;
      return { text: same || item.suppressAuthor ? place : [label, place].filter(Boolean).join(' '), same };
    });
    const [first] = citation.items;
    // An author-in-text citation (`@slug [¶3]`) reads as the source's name, with its marker when it has one.
    text +=
      citation.kind === 'in-text' && first
        ? `${labelOf(first.key) ?? first.key}${first.locator ? ` [${first.locator.label}]` : ''}`
        : `[${parts.map((part, i) => (i === 0 ? '' : part.same ? ', ' : '; ') + part.text).join('')}]`;
    last = citation.end;
  }
  text += markdown.slice(last);
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/(\*\*|__|\*|_)(.+?)\1/gu, '$2')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The preview cards of glossary terms, in the citation cards' form (src/lib/citations/
 * render-citation-cards.ts) so one stylesheet and one script serve both: hidden until a term's
 * link is hovered, focused, clicked or tapped (src/client/citation-preview.ts).
 */
export function renderGlossaryCards(cards: readonly GlossaryCardView[]): string {
  return cards
    .map(
      (card) =>
        `<div class="cite-card glossary-card" id="${escapeHtml(card.id)}" popover="manual" role="note">` +
        `<p class="cite-card-meta">Glossary</p><p class="cite-card-title">${escapeHtml(card.term)}</p>` +
        `<p class="cite-card-passage">${escapeHtml(card.definition)}</p>` +
        `<p class="cite-card-links"><a href="${escapeHtml(card.href)}">Read it in the glossary</a></p></div>`,
    )
    .join('');
}
