import { describe, expect, it } from 'vitest';
import { useSiteInChromium } from '../helpers/browser.ts';

const chromium = useSiteInChromium();
const BRIEFING = 'briefings/why-the-threat-outlived-the-caliphate/';

/** Opens a page and records the font files it requests. */
async function open(path: string, viewport = { width: 1280, height: 900 }) {
  const page = await chromium.browser.newPage({ viewport });
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname);
  });
  await page.goto(`${chromium.site.url}${path}`, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  return { page, fonts };
}

describe('the site’s typefaces', () => {
  it('sets text in Source Serif 4 and Source Sans 3, served from the site as small core subsets', async () => {
    const { page, fonts } = await open(BRIEFING);
    const families = await page.evaluate(() => ({
      body: getComputedStyle(document.querySelector('.briefing-body p')!).fontFamily,
      heading: getComputedStyle(document.querySelector('h1')!).fontFamily,
      serif: document.fonts.check('16px "Source Serif 4"'),
      sans: document.fonts.check('600 16px "Source Sans 3"'),
    }));
    expect(families.body).toMatch(/^"Source Serif 4"/u);
    expect(families.heading).toMatch(/^"Source Sans 3"/u);
    expect(families.serif && families.sans).toBe(true);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^\/_astro\/source-(serif-4|sans-3)-\d+-(normal|italic)-core\.[\w-]+\.woff2$/u);
    await page.close();
  });

  it('draws Arabic in Noto Naskh Arabic, fetched only by a page with Arabic in it', async () => {
    const { page, fonts } = await open(BRIEFING);
    expect(fonts.some((font) => font.includes('naskh'))).toBe(false);
    const requested = page.waitForRequest((request) => /noto-naskh-arabic-400-normal-arabic\.[\w-]+\.woff2$/u.test(request.url()));
    await page.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.lang = 'ar';
      paragraph.dir = 'rtl';
      paragraph.textContent = 'قال المسؤولون إن التنظيم ما زال نشطاً';
      document.querySelector('.briefing-body')!.append(paragraph);
    });
    await requested;
    const family = await page.evaluate(() => getComputedStyle(document.querySelector('.briefing-body p[lang="ar"]')!).fontFamily);
    expect(family).toMatch(/^"Noto Naskh Arabic"/u);
    await page.close();
  });
});

describe('the reading layout', () => {
  it('on a wide screen, puts glimpses of cited passages in the margin beside the text, and charts across both', async () => {
    const { page } = await open(BRIEFING);
    const layout = await page.evaluate(() => {
      const text = document.querySelector('.briefing-body > p')!.getBoundingClientRect();
      const notes = [...document.querySelectorAll('.sidenote')].map((note) => note.getBoundingClientRect());
      const chart = document.querySelector('.briefing-body .chart')!.getBoundingClientRect();
      return { text: text.toJSON() as DOMRect, notes: notes.map((note) => note.toJSON() as DOMRect), chart: chart.toJSON() as DOMRect, width: innerWidth };
    });
    expect(layout.text.width).toBeLessThan(700);
    expect(layout.notes.length).toBeGreaterThan(5);
    for (const note of layout.notes) {
      expect(note.left).toBeGreaterThan(layout.text.right);
      expect(note.right).toBeLessThanOrEqual(layout.width);
    }
    expect(layout.chart.width).toBeGreaterThan(layout.text.width + 200);
    await page.close();
  });

  it('on a phone, is one column: no glimpses beside the text', async () => {
    const { page } = await open(BRIEFING, { width: 390, height: 844 });
    expect(await page.locator('.sidenote:visible').count()).toBe(0);
    await page.close();
  });
});
