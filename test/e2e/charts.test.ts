import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInChromium } from '../helpers/browser.ts';

const chromium = useSiteInChromium();

const CHART_MODULE = /\/_astro\/(timeline|map|figures|network)-chart\.[\w-]+\.js$/u;

async function openTimeline(width = 1100): Promise<Page> {
  const page = await chromium.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${chromium.site.url}visuals/timeline/`);
  await page.locator('figure[data-chart="timeline"] form.chart-filters').waitFor();
  return page;
}

describe('chart scripts load lazily', () => {
  it('requests a chart’s module only when the chart scrolls into view', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1100, height: 700 } });
    const requested: string[] = [];
    page.on('request', (request) => {
      const match = CHART_MODULE.exec(new URL(request.url()).pathname);
      if (match) requested.push(match[1]!);
    });
    await page.goto(`${chromium.site.url}visuals/`, { waitUntil: 'networkidle' });
    const network = page.locator('figure[data-chart="network"]');
    const below = await network.evaluate((figure) => figure.getBoundingClientRect().top > window.innerHeight);
    expect(below).toBe(true);
    expect(requested).not.toContain('network');
    expect(requested).not.toContain('timeline');

    const loaded = page.waitForRequest((request) => /network-chart\./u.test(request.url()));
    await network.scrollIntoViewIfNeeded();
    await loaded;
    await expect.poll(() => network.getAttribute('data-enhanced')).toBe('true');
    expect(requested).not.toContain('timeline');
    await page.close();
  });
});

describe('the timeline in Chromium', () => {
  it('filters events and table rows by category', async () => {
    const page = await openTimeline();
    const wide = page.locator('.timeline-wide');
    const total = await wide.locator('a.chart-mark').count();
    const attacks = await wide.locator('a.tl-attack').count();
    expect(attacks).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: 'Attack' }).uncheck();
    await expect.poll(() => wide.locator('a.chart-mark:visible').count()).toBe(total - attacks);
    expect(await wide.locator('a.tl-attack:visible').count()).toBe(0);
    expect(await page.locator('tbody tr.is-filtered-out').count()).toBe(attacks);
    expect(await page.getByRole('status').textContent()).toBe(`Showing ${total - attacks} of ${total} events.`);
    await page.close();
  });

  it('filters by region: with only Iraq checked, every event shown concerns Iraq', async () => {
    const page = await openTimeline();
    const regions = page.locator('fieldset', { has: page.locator('legend', { hasText: 'Region' }) }).getByRole('checkbox');
    for (const box of await regions.all()) if ((await box.getAttribute('value')) !== 'iraq') await box.uncheck();
    const shown = page.locator('.timeline-wide a.chart-mark:visible');
    const count = await shown.count();
    expect(count).toBeGreaterThan(0);
    for (const regionList of await shown.evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-regions')))) expect(regionList).toContain('iraq');
    expect(count).toBeLessThan(await page.locator('.timeline-wide a.chart-mark').count());
    await page.close();
  });

  it('closes ranks when a filter leaves few events: they move down to the axis and the empty rows are cropped', async () => {
    const page = await openTimeline();
    const wide = page.locator('.timeline-wide');
    const fullHeight = await wide.evaluate((svg) => svg.getBoundingClientRect().height);
    const regions = page.locator('fieldset', { has: page.locator('legend', { hasText: 'Region' }) }).getByRole('checkbox');
    for (const box of await regions.all()) if ((await box.getAttribute('value')) !== 'sahel') await box.uncheck();
    const shown = wide.locator('a.chart-mark:visible');
    await expect.poll(() => shown.count()).toBeGreaterThan(0);
    const picture = await wide.evaluate((svg) => svg.getBoundingClientRect());
    expect(picture.height).toBeLessThan(fullHeight * 0.6);
    // Every event still shown lies inside the cropped picture.
    for (const box of await shown.evaluateAll((marks) => marks.map((mark) => mark.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.top).toBeGreaterThanOrEqual(picture.top - 1);
      expect(box.bottom).toBeLessThanOrEqual(picture.bottom + 1);
    }
    // Ticking every region again restores the full picture.
    for (const box of await regions.all()) await box.check();
    await expect.poll(() => wide.evaluate((svg) => svg.getBoundingClientRect().height)).toBeCloseTo(fullHeight, 0);
    await page.close();
  });

  it('reaches the marks with the keyboard and shows the source’s words on focus', async () => {
    const page = await openTimeline();
    await page.locator('input[name="region"]').last().focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    expect(focused).toBeTruthy();
    const tooltip = page.locator('.chart-tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const quote = await page.locator(`#chart-timeline-src-${focused} blockquote`).textContent();
    expect(await tooltip.textContent()).toContain(quote);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    await page.close();
  });

  it('turns vertical on a narrow screen', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${chromium.site.url}visuals/timeline/`);
    expect(await page.locator('.timeline-narrow').isVisible()).toBe(true);
    expect(await page.locator('.timeline-wide').isVisible()).toBe(false);
    const box = await page.locator('.timeline-narrow').boundingBox();
    expect(box!.height).toBeGreaterThan(box!.width * 2);
    await page.close();
  });
});

describe('charts without JavaScript', () => {
  it('are complete: marks are shown and each leads to its source paragraph', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${chromium.site.url}visuals/`);
    for (const kind of ['timeline', 'map', 'figures', 'network']) {
      expect(await page.locator(`figure[data-chart="${kind}"] svg.chart-svg:visible a.chart-mark`).count(), kind).toBeGreaterThan(0);
    }
    expect(await page.locator('form.chart-filters').count()).toBe(0);
    const mark = page.locator('figure[data-chart="map"] a.chart-mark').first();
    const href = (await mark.getAttribute('href'))!;
    await page.goto(new URL(href, page.url()).href);
    const anchor = href.split('#')[1]!;
    expect(await page.locator(`#${anchor}`).isVisible()).toBe(true);
    await context.close();
  });
});

describe('a chart’s citation', () => {
  it('is copied by its button when scripts run', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1100, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: chromium.site.origin });
    const page = await context.newPage();
    await page.goto(`${chromium.site.url}visuals/map/`);
    const figure = page.locator('figure[data-chart="map"]');
    await figure.scrollIntoViewIfNeeded();
    const button = figure.getByRole('button', { name: 'Copy the citation' });
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await expect.poll(() => figure.locator('.chart-cite-status').textContent()).toBe('Copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await figure.locator('.chart-cite-text').textContent())!.trim());
    expect(copied).toMatch(/\/visuals\/map\/\. Data: /u);
    await context.close();
  });
});
