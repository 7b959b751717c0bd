import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertDistBuilt } from '../helpers/dist.ts';
import { launchChromium, serveSite, type RunningSite } from '../helpers/browser.ts';

let browser: Browser;
let site: RunningSite;

beforeAll(async () => {
  assertDistBuilt();
  site = await serveSite();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a source page in Chromium', () => {
  it('scrolls to and highlights a paragraph addressed by #p-N', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}sources/shafaq-iraq-resurgence-2025/#p-5`);
    const target = page.locator('#p-5');
    await expect.poll(() => target.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await target.isVisible()).toBe(true);
    const box = await target.boundingBox();
    expect(box?.y ?? 9999).toBeLessThan(200);
    await page.close();
  });

  it('serves the 404 page for an unknown address', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${site.url}no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    await page.close();
  });
});
