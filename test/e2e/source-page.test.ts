import { describe, expect, it } from 'vitest';
import { useSiteInChromium } from '../helpers/browser.ts';

const chromium = useSiteInChromium();

describe('a source page in Chromium', () => {
  it('scrolls to and highlights a paragraph addressed by #p-N', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.site.url}sources/shafaq-iraq-resurgence-2025/#p-5`);
    const target = page.locator('#p-5');
    await expect.poll(() => target.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await target.isVisible()).toBe(true);
    const box = await target.boundingBox();
    expect(box?.y ?? 9999).toBeLessThan(200);
    await page.close();
  });

  it('serves the 404 page for an unknown address', async () => {
    const page = await chromium.browser.newPage();
    const response = await page.goto(`${chromium.site.url}no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    await page.close();
  });
});
