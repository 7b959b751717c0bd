import { describe, expect, it } from 'vitest';
import { useSiteInChromium } from '../helpers/browser.ts';

const chromium = useSiteInChromium();

describe('glossary and people pages in Chromium', () => {
  for (const [path, entry] of [
    ['glossary/', 'badia'],
    ['people/', 'alaa-al-nashou'],
  ] as const) {
    it(`${path}: a citation in an entry further down the page opens that entry's own card`, async () => {
      const page = await chromium.browser.newPage({ viewport: { width: 1100, height: 800 } });
      await page.goto(`${chromium.site.url}${path}#${entry}`);
      const link = page.locator(`[id="${entry}"] a.cite-link`).first();
      const cardId = await link.getAttribute('aria-describedby');
      expect(cardId?.startsWith(`${entry}-`)).toBe(true);
      await link.hover();
      const card = page.locator(`[id="${cardId}"]`);
      await expect.poll(() => card.isVisible()).toBe(true);
      expect(await card.textContent()).toContain('Shafaq News');
      await page.close();
    });
  }

  it('a glossary link in a briefing lands on the highlighted entry (a first click shows its card, a second follows it)', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1100, height: 800 } });
    await page.goto(`${chromium.site.url}briefings/syria-and-the-border/`);
    const link = page.locator('a.glossary-link[href$="#badia"]');
    await link.click();
    await expect.poll(() => page.locator('#glossary-card-badia').isVisible()).toBe(true);
    await link.click();
    await page.waitForURL((url) => url.pathname.endsWith('/glossary/') && url.hash === '#badia');
    const entry = page.locator('[id="badia"]');
    await expect.poll(() => entry.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });
});
