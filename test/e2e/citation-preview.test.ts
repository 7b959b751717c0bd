import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertDistBuilt, distFiles } from '../helpers/dist.ts';
import { launchChromium, serveSite, type RunningSite } from '../helpers/browser.ts';

let browser: Browser;
let site: RunningSite;
let briefingPath: string;

beforeAll(async () => {
  assertDistBuilt();
  const briefing = distFiles('.html').find((file) => /^briefings\/[^/]+\/index\.html$/u.test(file));
  if (!briefing) throw new Error('no briefing page in dist/');
  briefingPath = briefing.replace(/index\.html$/u, '');
  site = await serveSite();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function openBriefing(options: { javaScriptEnabled?: boolean; hasTouch?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 }, ...options });
  const page = await context.newPage();
  await page.goto(`${site.url}${briefingPath}`);
  return page;
}

const cardOf = (page: Page) => page.locator('a.cite-link').first().getAttribute('aria-describedby');

describe('citation preview cards', () => {
  it('open on hover and close when the pointer leaves', async () => {
    const page = await openBriefing();
    const link = page.locator('a.cite-link').first();
    const card = page.locator(`[id="${await cardOf(page)}"]`);
    await link.hover();
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await link.getAttribute('aria-expanded')).toBe('true');
    await page.mouse.move(5, 5);
    await expect.poll(() => card.isVisible()).toBe(false);
    expect(await link.getAttribute('aria-expanded')).toBe('false');
    await page.context().close();
  });

  it('open on keyboard focus, close on Escape, and Enter follows the link to the paragraph', async () => {
    const page = await openBriefing();
    const link = page.locator('a.cite-link').first();
    const card = page.locator(`[id="${await cardOf(page)}"]`);
    await link.focus();
    await expect.poll(() => card.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    const href = await link.getAttribute('href');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname + url.hash === href);
    await page.context().close();
  });

  it('a click pins the card open, showing the passage with the quotation highlighted', async () => {
    const page = await openBriefing();
    const cardId = await page.locator('.cite-card:has(mark)').first().getAttribute('id');
    const link = page.locator(`a.cite-link[aria-describedby="${cardId}"]`).first();
    const card = page.locator(`[id="${cardId}"]`);
    const before = page.url();
    await link.click();
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(page.url()).toBe(before);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(400);
    expect(await card.isVisible()).toBe(true);
    expect(await card.locator('a').first().getAttribute('href')).toMatch(/\/sources\/[^/]+\//u);
    expect((await card.locator('mark').textContent())?.length).toBeGreaterThan(3);
    await page.screenshot({ path: '/tmp/card.png' });
    await page.mouse.click(5, 700);
    await expect.poll(() => card.isVisible()).toBe(false);
    await page.context().close();
  });

  it('a tap opens the card on a touch screen and it stays open; a second tap follows the link', async () => {
    const page = await openBriefing({ hasTouch: true });
    const link = page.locator('a.cite-link').first();
    const card = page.locator(`[id="${await cardOf(page)}"]`);
    await link.tap();
    await expect.poll(() => card.isVisible()).toBe(true);
    // A touch sends pointerleave right after the tap; the card must outlast the hide delay (250 ms).
    await page.waitForTimeout(700);
    expect(await card.isVisible()).toBe(true);
    expect(await link.getAttribute('aria-expanded')).toBe('true');
    const href = await link.getAttribute('href');
    await link.tap();
    await page.waitForURL((url) => url.pathname + url.hash === href);
    await page.context().close();
  });

  it("arriving at a citation from a source page's backlink keeps its card closed and the sentence in view", async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.url}${briefingPath}`);
    const link = page.locator('a.cite-link[id]').nth(5);
    const id = await link.getAttribute('id');
    await page.goto(`${site.url}${briefingPath}#${id}`);
    await page.waitForTimeout(500);
    const card = page.locator(`[id="${await link.getAttribute('aria-describedby')}"]`);
    expect(await card.isVisible()).toBe(false);
    // Landed well below the top of the window, so the words before the marker are visible.
    const top = await link.evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(150);
    await context.close();
  });

  it('print in a dark colour scheme uses the light palette: dark text on a light page and boxes', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await page.goto(`${site.url}${briefingPath}`);
    const colours = await page.evaluate(() => {
      const of = (selector: string) => {
        const element = document.querySelector(selector);
        return element ? getComputedStyle(element).backgroundColor : 'missing';
      };
      return { body: getComputedStyle(document.body).backgroundColor, text: getComputedStyle(document.body).color, takeaways: of('.takeaways') };
    });
    const luminance = (rgb: string) => {
      const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/gu) ?? []).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    expect(luminance(colours.body)).toBeGreaterThan(0.9);
    expect(luminance(colours.takeaways)).toBeGreaterThan(0.85);
    expect(luminance(colours.text)).toBeLessThan(0.2);
    await context.close();
  });

  it('without JavaScript a citation is a plain link to the paragraph, and the cards stay hidden', async () => {
    const page = await openBriefing({ javaScriptEnabled: false });
    const link = page.locator('a.cite-link').first();
    expect(await page.locator('.cite-card').first().isVisible()).toBe(false);
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL((url) => url.pathname + url.hash === href);
    const fragment = href?.split('#')[1];
    if (fragment) expect(await page.locator(`[id="${fragment}"]`).isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('glossary preview cards', () => {
  const termOf = (page: Page) => page.locator('a.glossary-link[aria-describedby]').first();

  it('show a term’s definition, with its citations, on hover and on keyboard focus, and close with Escape', async () => {
    const page = await openBriefing();
    const term = termOf(page);
    const card = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
    await term.hover();
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.textContent()).toMatch(/^Glossary.+\[[A-Z][\w ]* ¶\d+/u);
    expect(await card.getByRole('link', { name: 'Read it in the glossary' }).getAttribute('href')).toBe(await term.getAttribute('href'));
    await page.mouse.move(5, 5);
    await expect.poll(() => card.isVisible()).toBe(false);

    await term.focus();
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await term.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    await page.context().close();
  });

  it('on a touch screen, a tap opens the card and a second tap follows the link to the entry', async () => {
    const page = await openBriefing({ hasTouch: true });
    const term = termOf(page);
    const card = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
    const target = (await term.getAttribute('href'))!;
    await term.tap();
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(new URL(page.url()).hash).toBe('');
    await term.tap();
    await page.waitForURL((url) => url.pathname.endsWith('/glossary/') && url.hash === target.slice(target.indexOf('#')));
    await page.context().close();
  });

  it('without JavaScript, a term is a link to its entry, and its card stays hidden', async () => {
    const page = await openBriefing({ javaScriptEnabled: false });
    const term = termOf(page);
    expect(await term.getAttribute('href')).toMatch(/\/glossary\/#[a-z0-9-]+$/u);
    expect(await page.locator('.glossary-card:visible').count()).toBe(0);
    await page.context().close();
  });
});
