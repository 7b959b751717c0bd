import { describe, expect, it } from 'vitest';
import { citationKeyNames, rawCitationsInHtml } from '../../../src/lib/citations/raw-citations.ts';

const keys = { isSourceSlug: (name: string) => name === 'shafaq-iraq-resurgence-2025', isReceived: (name: string) => name === 'quoted-handle' };
const found = (html: string) => rawCitationsInHtml(html, keys).map((raw) => raw.key);

describe('rawCitationsInHtml', () => {
  it('finds a known source key shown as text, in words and in attributes', () => {
    expect(found('<h1>As @shafaq-iraq-resurgence-2025 [¶2] tells it</h1>')).toEqual(['@shafaq-iraq-resurgence-2025']);
    expect(found('<img src="/x.svg" alt="Hideouts [@shafaq-iraq-resurgence-2025, ¶6]">')).toEqual(['@shafaq-iraq-resurgence-2025']);
    expect(found('<meta name="description" content="see @shafaq-iraq-resurgence-2025@v1">')).toEqual(['@shafaq-iraq-resurgence-2025@v1']);
  });

  it('finds any key opening a bracket, known or not', () => {
    expect(found('<p>A dek [see @shafak-2025, ¶2] here.</p>')).toEqual(['@shafak-2025']);
    expect(found('<p>Suppressed [-@unknown-source, ¶2].</p>')).toEqual(['@unknown-source']);
  });

  it('leaves alone code, e-mail addresses, structured data keywords, scripts and keys a source text holds', () => {
    expect(found('<p>Write <code>[@shafaq-iraq-resurgence-2025, ¶2]</code>.</p><pre>@shafaq-iraq-resurgence-2025</pre>')).toEqual([]);
    expect(found('<a href="mailto:desk@shafaq-iraq-resurgence-2025">desk@shafaq-iraq-resurgence-2025</a>')).toEqual([]);
    expect(found('<script type="application/ld+json">{"citation":[{"@type":"CreativeWork"}]}</script>')).toEqual([]);
    expect(found('<script>const key = "[@shafaq-iraq-resurgence-2025";</script><!-- [@a -->')).toEqual([]);
    expect(found('<p>The tweet said [@quoted-handle] it.</p>')).toEqual([]);
  });

  it('shows the words around a key without tags, even where the slice cut one', () => {
    const [raw] = rawCitationsInHtml(`<div class="${'x'.repeat(290)}"><h1>Syria, as @shafaq-iraq-resurgence-2025 [¶2] tells it</h1></div>`, keys);
    expect(raw?.excerpt).toBe('Syria, as @shafaq-iraq-resurgence-2025 [¶2] tells it');
  });
});

describe('citationKeyNames', () => {
  it('lists the keys a text holds, not e-mail addresses', () => {
    expect(citationKeyNames('Follow @quoted-handle or write to press@example.org [@a, ¶1].')).toEqual(['quoted-handle', 'a']);
  });
});
