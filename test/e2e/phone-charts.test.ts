import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInChromium } from '../helpers/browser.ts';
import { pagesByTemplate, urlPathOf } from '../helpers/templates.ts';

/**
 * The measures of the readers issue, in Chromium at 390×844 in both colour schemes, on every
 * chart page and every briefing that embeds a chart: nothing scrolls sideways, every visible
 * SVG text is at least 12 px high on screen, and no chart mark paints outside its picture.
 */
const PHONE = { width: 390, height: 844 } as const;
const SCHEMES = ['light', 'dark'] as const;
/** Smallest label on screen, CSS pixels (text box height and font size). */
const MIN_TEXT = 12;
/** WCAG 2.2 2.5.8: a target at least 24 by 24 CSS pixels, or spaced so a 24 px circle on it touches no other. */
const MIN_TARGET = 24;

const chromium = useSiteInChromium();

const chartPages = pagesByTemplate()
  .flatMap(({ template, pages }) => pages.map((page) => ({ template, ...page })))
  .filter((page) => page.template.startsWith('visuals/') || (page.template === 'briefings/[slug].astro' && /<figure\b[^>]*\sdata-chart=/u.test(page.html)))
  .map((page) => urlPathOf(page.path))
  .sort();

async function openPhone(path: string, scheme: (typeof SCHEMES)[number]): Promise<Page> {
  const context = await chromium.browser.newContext({ viewport: PHONE, colorScheme: scheme, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${chromium.site.url}${path}`, { waitUntil: 'networkidle' });
  // Bring every chart into view so that its script (loaded when visible) has run.
  for (const figure of await page.locator('figure[data-chart]').all()) await figure.scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** Elements that scroll sideways: the document, or any element whose content is wider than its box and may scroll. */
function sidewaysScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const describe = (element: Element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/u).join('.')}` : ''}`;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) found.push(`the page (${document.documentElement.scrollWidth} px wide in ${window.innerWidth})`);
    for (const element of document.body.querySelectorAll('*')) {
      if (!element.checkVisibility()) continue;
      const style = getComputedStyle(element);
      if (!/auto|scroll/u.test(style.overflowX)) continue;
      if (element.scrollWidth > element.clientWidth + 1) found.push(`${describe(element)} (${element.scrollWidth} px of content in ${element.clientWidth})`);
    }
    return found;
  });
}

/** Visible SVG texts in charts smaller than the minimum on screen: box height, and font size times the drawing's scale. */
function smallTexts(page: Page, min: number): Promise<string[]> {
  return page.evaluate((minimum) => {
    const found: string[] = [];
    for (const text of document.querySelectorAll<SVGTextElement>('figure[data-chart] svg text')) {
      if (!text.checkVisibility() || (text.textContent ?? '').trim() === '') continue;
      const box = text.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const scale = text.getScreenCTM()?.a ?? 1;
      const fontSize = Number.parseFloat(getComputedStyle(text).fontSize) * scale;
      if (box.height < minimum - 0.01 || fontSize < minimum - 0.01) {
        found.push(`"${text.textContent?.trim()}" in ${text.closest('figure')?.id}: box ${box.height.toFixed(1)} px high, font ${fontSize.toFixed(1)} px`);
      }
    }
    return found;
  }, min);
}

/** Visible chart marks (every drawn shape and text) that reach outside their own picture. */
function marksOutside(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('figure[data-chart] svg.chart-svg')) {
      if (!svg.checkVisibility()) continue;
      const frame = svg.getBoundingClientRect();
      for (const mark of svg.querySelectorAll<SVGGraphicsElement>('path, line, rect, circle, polygon, polyline, text, use')) {
        if (!mark.checkVisibility() || mark.closest('defs, clipPath, pattern')) continue;
        const box = mark.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        const outside = box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1;
        if (outside) found.push(`${mark.tagName} ${mark.getAttribute('class') ?? ''} in ${svg.closest('figure')?.id} ${svg.getAttribute('class')}: ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)} outside ${Math.round(frame.left)},${Math.round(frame.top)}–${Math.round(frame.right)},${Math.round(frame.bottom)}`);
      }
    }
    return found;
  });
}

/**
 * Visible chart links under the minimum target size (WCAG 2.2 2.5.8) that meet none of its
 * exceptions: spacing (a 24 px circle on the target reaches no other target) or an equivalent
 * (another link in the drawing to the same place, a place's name, that is large enough).
 */
function smallTargets(page: Page, min: number): Promise<string[]> {
  return page.evaluate((minimum) => {
    const marks = [...document.querySelectorAll<SVGAElement>('figure[data-chart] svg a')].filter((mark) => mark.checkVisibility());
    const boxes = marks.map((mark) => mark.getBoundingClientRect());
    const large = (box: DOMRect) => box.width >= minimum - 0.01 && box.height >= minimum - 0.01;
    const found: string[] = [];
    boxes.forEach((box, i) => {
      if (large(box)) return;
      const mark = marks[i]!;
      const equivalent = marks.some((other, j) => j !== i && other.closest('svg') === mark.closest('svg') && other.getAttribute('data-ref') === mark.getAttribute('data-ref') && large(boxes[j]!));
      if (equivalent) return;
      const cx = box.left + box.width / 2;
      const cy = box.top + box.height / 2;
      const crowded = boxes.some((other, j) => {
        if (i === j) return false;
        const nx = Math.max(other.left, Math.min(cx, other.right));
        const ny = Math.max(other.top, Math.min(cy, other.bottom));
        return Math.hypot(nx - cx, ny - cy) < minimum / 2;
      });
      if (crowded) found.push(`${marks[i]!.getAttribute('aria-label') ?? marks[i]!.getAttribute('data-id')}: ${box.width.toFixed(0)}×${box.height.toFixed(0)} px`);
    });
    return found;
  }, min);
}

describe('charts on a phone (390×844)', () => {
  it('covers every chart page and the briefings with charts', () => {
    expect(chartPages).toEqual(expect.arrayContaining(['visuals/', 'visuals/map/', 'visuals/network/', 'visuals/timeline/', 'visuals/figures/']));
    expect(chartPages.filter((path) => path.startsWith('briefings/')).length).toBeGreaterThan(0);
  });

  for (const scheme of SCHEMES) {
    for (const path of chartPages) {
      it(`/${path} (${scheme}): nothing scrolls sideways, labels are legible, marks stay in their pictures, targets are large enough`, async () => {
        const page = await openPhone(path, scheme);
        try {
          expect(await sidewaysScrollers(page), 'elements that scroll sideways').toEqual([]);
          expect(await smallTexts(page, MIN_TEXT), `SVG texts under ${MIN_TEXT} px`).toEqual([]);
          expect(await marksOutside(page), 'marks outside their picture').toEqual([]);
          expect(await smallTargets(page, MIN_TARGET), `chart links under ${MIN_TARGET} px without spacing`).toEqual([]);
        } finally {
          await page.context().close();
        }
      });
    }
  }
});

describe('the map on a phone', () => {
  it('shows the whole main map and the Iraq–Syria inset, one above the other, within the screen', async () => {
    const page = await openPhone('visuals/map/', 'light');
    try {
      const svg = page.locator('figure[data-chart="map"] svg.chart-svg:visible');
      expect(await svg.count()).toBe(1);
      for (const name of ['Wadi Hauran', 'Hamrin mountains', 'Erbil', 'Idlib', 'Kabul', 'Benin']) {
        const label = svg.locator('text', { hasText: name });
        const box = await label.boundingBox();
        expect(box, name).not.toBeNull();
        expect(box!.x, name).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width, name).toBeLessThanOrEqual(PHONE.width);
      }
      const main = (await svg.locator('.map-main .map-frame').boundingBox())!;
      const inset = (await svg.locator('.map-inset .map-frame').boundingBox())!;
      expect(inset.y).toBeGreaterThanOrEqual(main.y + main.height - 1);
    } finally {
      await page.context().close();
    }
  });
});

describe('the actor network on a phone', () => {
  it('shows every actor within the screen, and lists every relation under the picture', async () => {
    const page = await openPhone('visuals/network/', 'light');
    try {
      const figure = page.locator('figure[data-chart="network"]');
      const actors = await figure.locator('svg.chart-svg:visible .net-node').count();
      expect(actors).toBeGreaterThan(10);
      for (const name of ['ISIS-K', 'Taliban', 'Russia', 'NATO']) {
        const box = await figure.locator('svg.chart-svg:visible .net-node', { hasText: name }).boundingBox();
        expect(box, name).not.toBeNull();
        expect(box!.x + box!.width, name).toBeLessThanOrEqual(PHONE.width);
      }
      // The picture is an overview: every relation is drawn, and listed under it with its source.
      const rows = await figure.locator('tbody tr').count();
      expect(await figure.locator('svg.chart-svg:visible .net-edge').count()).toBe(rows);
      expect(await figure.locator('.net-relation-list li:visible').count()).toBe(rows);
    } finally {
      await page.context().close();
    }
  });
});

describe('the timeline filters, on a phone and on a desktop', () => {
  for (const viewport of [PHONE, { width: 1280, height: 900 }]) {
    it(`at ${viewport.width} px: a filtered drawing stays inside its box, and the vertical one closes ranks`, async () => {
      const context = await chromium.browser.newContext({ viewport });
      const page = await context.newPage();
      try {
        await page.goto(`${chromium.site.url}visuals/timeline/`);
        const form = page.locator('figure[data-chart="timeline"] form.chart-filters');
        await form.waitFor();
        const svg = page.locator('figure[data-chart="timeline"] svg.chart-svg:visible');
        const fullHeight = (await svg.boundingBox())!.height;
        const regions = form.locator('fieldset', { has: page.locator('legend', { hasText: 'Region' }) }).getByRole('checkbox');
        for (const box of await regions.all()) if ((await box.getAttribute('value')) !== 'sahel') await box.uncheck();
        await expect.poll(async () => (await svg.boundingBox())!.height).toBeLessThan(fullHeight * 0.6);
        expect(await marksOutside(page)).toEqual([]);
        const boxes = await svg.locator('a.chart-mark:visible').evaluateAll((marks) => marks.map((mark) => mark.getBoundingClientRect().toJSON() as DOMRect));
        expect(boxes.length).toBeGreaterThan(0);
        if (viewport.width < 500) {
          // The vertical timeline: the shown events follow one another without the gaps hidden ones left
          // (a break that says "N years without events" may sit between two of them).
          for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top - boxes[i - 1]!.bottom).toBeLessThan(40);
        }
      } finally {
        await context.close();
      }
    });

    it(`at ${viewport.width} px: with every event filtered out it says so instead of drawing an empty axis`, async () => {
      const context = await chromium.browser.newContext({ viewport });
      const page = await context.newPage();
      try {
        await page.goto(`${chromium.site.url}visuals/timeline/`);
        const form = page.locator('figure[data-chart="timeline"] form.chart-filters');
        await form.waitFor();
        for (const box of await form.locator('input[name="category"]').all()) await box.uncheck();
        await expect.poll(() => page.locator('figure[data-chart="timeline"] svg.chart-svg:visible').count()).toBe(0);
        expect(await page.locator('figure[data-chart="timeline"] .chart-empty').textContent()).toMatch(/no events match/iu);
        await form.locator('input[name="category"]').first().check();
        await expect.poll(() => page.locator('figure[data-chart="timeline"] svg.chart-svg:visible').count()).toBe(1);
        expect(await page.locator('figure[data-chart="timeline"] .chart-empty').isVisible()).toBe(false);
      } finally {
        await context.close();
      }
    });
  }

  it('the phone legend describes only what the vertical timeline draws (no bars)', async () => {
    const page = await openPhone('visuals/timeline/', 'light');
    try {
      const legend = page.locator('figure[data-chart="timeline"] .chart-legend');
      expect(await legend.getByText('Bar: the whole month or year').isVisible()).toBe(false);
      expect(await page.locator('figure[data-chart="timeline"] svg.chart-svg:visible .tl-span').count()).toBe(0);
    } finally {
      await page.context().close();
    }
  });
});
