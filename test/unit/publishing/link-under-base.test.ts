import { describe, expect, it } from 'vitest';
import { linkUnderBase } from '../../../src/lib/publishing/link-under-base.ts';

describe('linkUnderBase', () => {
  it('puts the base path in front of a root-relative link, keeping its fragment and query', () => {
    expect(linkUnderBase('/briefings/syria-and-the-border/', '/briefings-site/')).toBe('/briefings-site/briefings/syria-and-the-border/');
    expect(linkUnderBase('/glossary/#caliphate', '/briefings-site/')).toBe('/briefings-site/glossary/#caliphate');
    expect(linkUnderBase('/search/?q=Sahel', '/briefings-site/')).toBe('/briefings-site/search/?q=Sahel');
    expect(linkUnderBase('/', '/briefings-site/')).toBe('/briefings-site/');
  });

  it('leaves every link alone at the root', () => {
    expect(linkUnderBase('/briefings/x/', '/')).toBe('/briefings/x/');
  });

  it('leaves a link that already carries the base path alone, so it can run after the citation plugins', () => {
    for (const href of ['/briefings-site/sources/x/#p-3', '/briefings-site/', '/briefings-site', '/briefings-site#top']) {
      expect(linkUnderBase(href, '/briefings-site/')).toBe(href);
    }
    expect(linkUnderBase('/briefings-site-archive/', '/briefings-site/')).toBe('/briefings-site/briefings-site-archive/');
  });

  it('leaves absolute, protocol-relative, relative, fragment and mailto links as written', () => {
    for (const href of ['https://example.org/a', '//cdn.example.org/a', '../x/', 'x/', '#p-3', '?q=a', 'mailto:desk@example.org', '']) {
      expect(linkUnderBase(href, '/briefings-site/')).toBe(href);
    }
  });
});
