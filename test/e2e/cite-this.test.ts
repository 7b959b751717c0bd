import { describe, expect, it } from 'vitest';
import { distFiles } from '../helpers/dist.ts';
import { useSiteInChromium } from '../helpers/browser.ts';

const chromium = useSiteInChromium();
const briefingPath = () => {
  const briefing = distFiles('.html').find((file) => /^briefings\/[^/]+\/index\.html$/u.test(file));
  if (!briefing) throw new Error('no briefing page in dist/');
  return `/${briefing.replace(/index\.html$/u, '')}`;
};

describe('Cite this briefing', () => {
  it('copies the BibTeX entry and the reference with a button, and says so', async () => {
    const context = await chromium.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${chromium.site.url}${briefingPath().slice(1)}`);
    const bibtexButton = page.getByRole('button', { name: 'Copy BibTeX' });
    await expect.poll(() => bibtexButton.isVisible()).toBe(true);
    await bibtexButton.click();
    const status = page.locator('#cite-this-status');
    await expect.poll(() => status.textContent()).toBe('Copied the BibTeX entry.');
    const bibtex = (await page.locator('#cite-this-bibtex').textContent())?.trim();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bibtex);
    expect(bibtex).toMatch(/^@misc\{[a-z0-9-]+,/u);

    await page.getByRole('button', { name: 'Copy reference' }).click();
    await expect.poll(() => status.textContent()).toBe('Copied the reference.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await page.locator('#cite-this-reference').textContent())?.trim());
    expect(copied).toMatch(/\(\d{4}, [A-Z][a-z]+ \d{1,2}\)\. .+\. After the Caliphate\. http/u);
    await context.close();
  });

  it('without JavaScript shows no buttons, and the reference and BibTeX are there to select', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${chromium.site.url}${briefingPath().slice(1)}`);
    expect(await page.locator('button[data-copy-target]').count()).toBe(2);
    expect(await page.locator('button[data-copy-target]:visible').count()).toBe(0);
    const bibtex = page.locator('#cite-this-bibtex');
    await bibtex.click({ clickCount: 3 });
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected.length).toBeGreaterThan(20);
    expect((await bibtex.textContent()) ?? '').toContain(selected.trim().split('\n')[0] ?? '∅');
    expect(await page.locator('#cite-this-reference').evaluate((element) => getComputedStyle(element).userSelect)).not.toBe('none');
    await context.close();
  });
});
