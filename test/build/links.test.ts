import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { checkLinks, formatBrokenLinks } from '../../tools/quality/check-links.ts';
import { allDistFiles, allDistPages, assertDistBuilt } from '../helpers/dist.ts';

describe('links in dist/', () => {
  it('every internal href and src, fragments included, resolves', () => {
    assertDistBuilt();
    const pages = allDistPages();
    expect(pages.length).toBeGreaterThan(0);
    const broken = checkLinks(pages, { base: config.base ?? '/', site: config.site, files: allDistFiles() });
    expect(broken, `Broken internal links:\n${formatBrokenLinks(broken)}`).toEqual([]);
  });
});
