import { describe, expect, it } from 'vitest';
import { definitionPreview, renderGlossaryCards } from '../../../src/lib/glossary/glossary-cards.ts';

const labels: Record<string, string> = { 'shafaq-iraq-resurgence-2025': 'Shafaq', 'nyt-costa-clarke-2024': 'NYT' };
const labelOf = (slug: string) => labels[slug];

describe('definitionPreview', () => {
  it('turns a definition’s Markdown into plain text, its citations into the markers readers see', () => {
    const body =
      'A valley in *Anbar*, the longest in [Iraq](https://example.org) [@shafaq-iraq-resurgence-2025, ¶5]. It connects to the **Syrian Badia** [@shafaq-iraq-resurgence-2025, ¶6; @nyt-costa-clarke-2024, ¶2].\n';
    expect(definitionPreview(body, labelOf)).toBe('A valley in Anbar, the longest in Iraq [Shafaq ¶5]. It connects to the Syrian Badia [Shafaq ¶6; NYT ¶2].');
  });

  it('names the source once for a run of its paragraphs, and keeps a whole-source citation', () => {
    expect(definitionPreview('Two [@shafaq-iraq-resurgence-2025, ¶5; @shafaq-iraq-resurgence-2025, ¶6] and [@nyt-costa-clarke-2024].', labelOf)).toBe('Two [Shafaq ¶5, ¶6] and [NYT].');
  });
});

describe('renderGlossaryCards', () => {
  it('writes one hidden card per term, in the citation cards’ form, every value escaped', () => {
    const html = renderGlossaryCards([{ id: 'glossary-card-wadi-hauran', term: 'Wadi <Hauran>', definition: 'A valley & more [Shafaq ¶5].', href: '/glossary/#wadi-hauran' }]);
    expect(html).toBe(
      '<div class="cite-card glossary-card" id="glossary-card-wadi-hauran" popover="manual" role="note">' +
        '<p class="cite-card-meta">Glossary</p><p class="cite-card-title">Wadi &lt;Hauran&gt;</p>' +
        '<p class="cite-card-passage">A valley &amp; more [Shafaq ¶5].</p>' +
        '<p class="cite-card-links"><a href="/glossary/#wadi-hauran">Read it in the glossary</a></p></div>',
    );
  });
});
