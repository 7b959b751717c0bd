import { describe, expect, it } from 'vitest';
import { renderCitationCards } from '../../../src/lib/citations/render-citation-cards.ts';

const card = {
  id: 'cite-card-1',
  publisher: 'Shafaq News',
  title: 'After US withdrawal: <Why> experts warn',
  date: 'September 2025',
  label: '¶3',
  before: 'The embassy voiced ',
  quoted: '“deep concern” & more',
  after: ' this week.',
  passageHref: '/sources/shafaq/#p-3',
  originalHref: 'https://www.shafaq.com/en/x#:~:text=deep%20concern',
};

describe('renderCitationCards', () => {
  it('renders the passage with the quotation highlighted, escaping every value', () => {
    const html = renderCitationCards([card]);
    expect(html).toContain('<div class="cite-card" id="cite-card-1" popover="manual" role="note">');
    expect(html).toContain('<p class="cite-card-meta">Shafaq News · September 2025 · ¶3</p>');
    expect(html).toContain('After US withdrawal: &lt;Why&gt; experts warn');
    expect(html).toContain('The embassy voiced <mark>“deep concern” &amp; more</mark> this week.');
    expect(html).toContain('<a href="/sources/shafaq/#p-3">Read ¶3 in the source</a>');
    expect(html).toContain('Original at shafaq.com</a>');
  });

  it('says when the whole article is cited and leaves out an unknown original', () => {
    const html = renderCitationCards([{ ...card, label: undefined, before: '', quoted: undefined, after: '', originalHref: undefined }]);
    expect(html).toContain('The whole article is cited.');
    expect(html).toContain('Read the source</a></p>');
    expect(html).not.toContain('Original at');
  });
});
