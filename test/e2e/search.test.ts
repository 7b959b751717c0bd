import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createStaticServer } from '../../tools/server/static-server.ts';
import { DIST } from '../helpers/dist.ts';
import { useSiteInChromium } from '../helpers/browser.ts';

const chromium = useSiteInChromium();

/** A fresh context (empty cache) with a page that records uncaught errors. */
async function openPage(options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await chromium.browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

const isSearchAsset = (path: string) => /\/pagefind\/|search-box|\.pagefind$|\.pf_(?:meta|index|fragment|filter)$/u.test(path);

/** Waits until the search page shows the results and the filter counts for the state with this canonical query string. */
async function renderedState(page: Page, state: string): Promise<void> {
  const value = state.replace(/"/gu, '\\"');
  await page.locator(`[data-search-page][data-rendered-state="${value}"][data-rendered-facets="${value}"]`).waitFor();
}

/** Opens a filter's list of values (labelled `label`) and waits for its counts. */
async function openFacet(page: Page, label: string): Promise<void> {
  const opener = page.locator('[data-facet-open]', { hasText: new RegExp(`^${label}$`, 'u') });
  if ((await opener.getAttribute('aria-expanded')) !== 'true') await opener.click();
  await page.locator(`fieldset[data-facet]:has([data-facet-open][aria-expanded="true"]:text-is("${label}")) :is(.facet-count, .facet-none)`).first().waitFor();
}

async function hits(page: Page): Promise<{ title: string; href: string; badge: string }[]> {
  return page.locator('.search-hit').evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('.search-hit-title a')?.textContent ?? '',
      href: item.querySelector('.search-hit-title a')?.getAttribute('href') ?? '',
      badge: item.querySelector('.search-badge')?.textContent ?? '',
    })),
  );
}

/** Asserts the page is scrolled to a highlighted paragraph addressed by the URL, and returns its text. */
async function landedParagraph(page: Page): Promise<string> {
  expect(page.url()).toMatch(/#(?:p|note|bio)-\d+$/u);
  const target = page.locator(':target');
  await expect.poll(() => target.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  const box = await target.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeLessThan(viewport.height);
  return (await target.textContent()) ?? '';
}

describe('search loading', () => {
  it('fetches no search script, style, WebAssembly or index before the search field is used', async () => {
    const { context, page } = await openPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    for (const path of ['', 'briefings/', 'briefings/why-the-threat-outlived-the-caliphate/', 'sources/', 'sources/shafaq-iraq-resurgence-2025/', 'about/']) {
      await page.goto(`${chromium.site.url}${path}`);
      await page.waitForLoadState('networkidle');
      await page.mouse.move(300, 300);
      await page.mouse.wheel(0, 400);
    }
    expect(requested.length).toBeGreaterThan(6);
    expect(requested.filter(isSearchAsset)).toEqual([]);

    await page.locator('#site-search-q').focus();
    await expect.poll(() => requested.filter(isSearchAsset).map((path) => path.replace(/^.*\//u, ''))).toEqual(
      expect.arrayContaining(['pagefind.js', 'wasm.en.pagefind', expect.stringMatching(/^search-box-.*\.js$/u), expect.stringMatching(/^search-box-.*\.css$/u)]),
    );
    await context.close();
  });
});

describe('filter counts', () => {
  it('are fetched for no filter by a first query, and for one filter when the reader opens it', async () => {
    const { context, page } = await openPage();
    const filterChunks: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.pf_filter')) filterChunks.push(new URL(request.url()).pathname);
    });
    await page.goto(`${chromium.site.url}search/?q=Sahel`);
    await renderedState(page, 'q=Sahel');
    await page.waitForLoadState('networkidle');
    expect(filterChunks).toEqual([]);
    expect(await page.locator('.facet-count').count()).toBe(0);
    expect(await page.locator('[data-facet-open]').evaluateAll((buttons) => buttons.map((button) => button.textContent))).toEqual(['Type', 'Publisher', 'Region', 'Topic', 'Year']);

    await openFacet(page, 'Topic');
    await page.waitForLoadState('networkidle');
    expect(filterChunks).toHaveLength(1);
    expect(await page.locator('fieldset[data-facet="topic"] .facet-count').count()).toBeGreaterThan(0);
    expect(await page.locator('fieldset[data-facet="year"] .facet-count').count()).toBe(0);
    // Counts follow the query: typing a word that no page has leaves the open filter nothing to offer.
    await page.locator('#search-q').fill('xyzzyplugh');
    await renderedState(page, 'q=xyzzyplugh');
    await page.locator('fieldset[data-facet="topic"] .facet-none').waitFor();
    await context.close();
  });
});

describe('the header search box', () => {
  it('finds "Wadi Hauran" in the Shafaq News source first, and its result lands on the matching paragraph, highlighted', async () => {
    const { context, page, errors } = await openPage();
    await page.goto(`${chromium.site.url}briefings/`);
    const input = page.locator('#site-search-q');
    await input.click();
    await input.pressSequentially('Wadi Hauran');
    await page.locator('form.site-search[data-rendered-query="Wadi Hauran"]').waitFor();
    await expect.poll(() => input.getAttribute('aria-expanded')).toBe('true');
    const options = page.getByRole('option');
    expect(await options.first().textContent()).toMatch(/^After US withdrawal: Why experts warn of an ISIS resurgence in Iraq\s*Source\s*Shafaq News · September 2025/u);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^\d+ results?\. Use the up and down arrow keys/u);
    await options.first().click();
    await page.waitForURL(/\/sources\/shafaq-iraq-resurgence-2025\/#p-\d+$/u);
    expect(await landedParagraph(page)).toContain('Wadi Hauran');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('can be used by keyboard alone: / to focus, arrows to choose, Escape to close, Enter to open', async () => {
    const { context, page, errors } = await openPage();
    await page.goto(chromium.site.url);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('Rutte');
    const input = page.locator('#site-search-q');
    expect(await input.inputValue()).toBe('Rutte');
    await page.locator('form.site-search[data-rendered-query="Rutte"]').waitFor();

    await page.keyboard.press('ArrowDown');
    const first = page.getByRole('option').first();
    expect(await input.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await input.getAttribute('aria-activedescendant')).toBeNull();
    expect(await input.inputValue()).toBe('Rutte');

    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    // Move down to the wire report on the NATO meeting (briefings citing it may rank above it).
    const titles = await page.getByRole('option').evaluateAll((options) => options.map((option) => option.textContent ?? ''));
    const target = titles.findIndex((title) => title.startsWith('NATO gathers in Brussels'));
    expect(target).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator(`#${await input.getAttribute('aria-activedescendant')}`).textContent()).toMatch(/^NATO gathers in Brussels/u);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sources\/nato-brussels-2024\/#p-\d+$/u);
    expect(await landedParagraph(page)).toContain('Rutte');

    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('submits to the search page with Enter when no result is chosen', async () => {
    const { context, page } = await openPage();
    await page.goto(`${chromium.site.url}about/`);
    await page.keyboard.press('/');
    await page.keyboard.type('Sahel');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Sahel$/u);
    await renderedState(page, 'q=Sahel');
    expect((await hits(page)).length).toBeGreaterThan(1);
    await context.close();
  });
});

describe('the search page', () => {
  it('shows "Wadi Hauran" with the Shafaq News source first, linked to the matching paragraph', async () => {
    const { context, page } = await openPage();
    await page.goto(`${chromium.site.url}search/?q=Wadi+Hauran`);
    await renderedState(page, 'q=Wadi+Hauran');
    const [first] = await hits(page);
    expect(first).toMatchObject({ title: 'After US withdrawal: Why experts warn of an ISIS resurgence in Iraq', badge: 'Source' });
    expect(first!.href).toMatch(/^\/sources\/shafaq-iraq-resurgence-2025\/#p-\d+$/u);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^\d+ results? for “Wadi Hauran”\.$/u);
    await page.locator('.search-hit-title a').first().click();
    await page.waitForURL(/#p-\d+$/u);
    expect(await landedParagraph(page)).toContain('Wadi Hauran');
    await context.close();
  });

  it('filters "Sahel" to sources only, keeps it in the address, and Back undoes it', async () => {
    const { context, page } = await openPage();
    await page.goto(`${chromium.site.url}search/?q=Sahel`);
    await renderedState(page, 'q=Sahel');
    const unfiltered = await hits(page);
    expect(unfiltered.length).toBeGreaterThan(1);

    await openFacet(page, 'Type');
    await page.getByRole('checkbox', { name: /^Sources \(\d+\)$/u }).check();
    await renderedState(page, 'q=Sahel&type=source');
    expect(new URL(page.url()).search).toBe('?q=Sahel&type=source');
    const sources = await hits(page);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((hit) => hit.badge === 'Source' && hit.href.startsWith('/sources/'))).toBe(true);
    expect(sources.length).toBe(unfiltered.filter((hit) => hit.badge === 'Source').length);

    await page.goBack();
    await renderedState(page, 'q=Sahel');
    expect(await page.getByRole('checkbox', { name: /^Sources/u }).isChecked()).toBe(false);
    expect(await hits(page)).toEqual(unfiltered);
    await context.close();
  });

  it('browses by publisher with an empty query, newest first, OR within the filter, hiding values that would leave nothing', async () => {
    const { context, page } = await openPage();
    await page.goto(`${chromium.site.url}search/`);
    // With nothing to search yet, the engine loads when the reader starts to use the page.
    await page.mouse.move(200, 300);
    await renderedState(page, '');
    expect(await hits(page)).toEqual([]);

    await openFacet(page, 'Publisher');
    await page.getByRole('checkbox', { name: /^Shafaq News \(1\)$/u }).check();
    await renderedState(page, 'publisher=Shafaq+News');
    await openFacet(page, 'Year');
    await openFacet(page, 'Type');
    expect((await hits(page)).map((hit) => hit.title)).toEqual(['After US withdrawal: Why experts warn of an ISIS resurgence in Iraq']);
    const years = page.locator('fieldset[data-facet="year"] input');
    expect(await years.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual(['2025']);
    expect(await page.locator('fieldset[data-facet="type"] input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual(['source']);

    await page.getByRole('checkbox', { name: /^The New York Times \(1\)$/u }).check();
    await renderedState(page, 'publisher=Shafaq+News&publisher=The+New+York+Times');
    const newestFirst = ['After US withdrawal: Why experts warn of an ISIS resurgence in Iraq', "We Still Haven't Figured Out How to Beat ISIS"];
    expect((await hits(page)).map((hit) => hit.title)).toEqual(newestFirst);

    await page.getByRole('combobox', { name: 'Order' }).selectOption('oldest');
    await renderedState(page, 'publisher=Shafaq+News&publisher=The+New+York+Times&sort=oldest');
    expect((await hits(page)).map((hit) => hit.title)).toEqual([...newestFirst].reverse());
    await context.close();
  });

  it('shows more than three matching sections of a source, each landing on a paragraph', async () => {
    const { context, page } = await openPage();
    await page.goto(`${chromium.site.url}search/?q=ISIS`);
    await renderedState(page, 'q=ISIS');
    const shafaq = page.locator('.search-hit', { hasText: 'After US withdrawal' });
    const sections = await shafaq.locator('.search-hit-sections a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(sections.length).toBeGreaterThan(3);
    for (const href of sections) expect(href).toMatch(/^\/sources\/shafaq-iraq-resurgence-2025\/#p-\d+$/u);
    await context.close();
  });

  it('finds glossary terms and charts too, and filters by those types', async () => {
    const { context, page } = await openPage();
    await page.goto(`${chromium.site.url}search/?q=AWACS`);
    await renderedState(page, 'q=AWACS');
    const glossary = (await hits(page)).find((hit) => hit.badge === 'Glossary');
    expect(glossary?.href).toBe('/glossary/#awacs');
    await page.goto(`${chromium.site.url}search/?type=chart`);
    await renderedState(page, 'type=chart');
    const charts = await hits(page);
    expect(charts.length).toBeGreaterThan(0);
    expect(charts.every((hit) => hit.badge === 'Chart' && hit.href.startsWith('/visuals/'))).toBe(true);
    await page.locator('.search-hit-title a').first().click();
    await page.waitForURL(/\/visuals\/[a-z-]+\/$/u);
    await context.close();
  });

  it('gives a helpful empty state for a query with no results, offering to clear filters', async () => {
    const { context, page } = await openPage();
    await page.goto(`${chromium.site.url}search/?q=xyzzyplugh&type=source`);
    await renderedState(page, 'q=xyzzyplugh&type=source');
    expect(await hits(page)).toEqual([]);
    const empty = page.locator('[data-search-empty]');
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.textContent()).toMatch(/No results for “xyzzyplugh” with these filters\.[\s\S]*Check the spelling/u);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('0 results for “xyzzyplugh”, filtered.');
    await empty.getByRole('button', { name: 'Clear all filters' }).click();
    await renderedState(page, 'q=xyzzyplugh');
    expect(new URL(page.url()).search).toBe('?q=xyzzyplugh');
    expect(await empty.textContent()).toMatch(/No results for “xyzzyplugh”\./u);
    await context.close();
  });

  it('survives a 2,000-character query full of quotes and symbols, on the page and in the header box', async () => {
    const { context, page, errors } = await openPage();
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const odd = `"ISIS <script>alert(1)</script> ' & % # ? / \\ ${'Sahel “caliphate” — '.repeat(100)}`.slice(0, 2000);
    await page.goto(`${chromium.site.url}search/?q=${encodeURIComponent(odd)}`);
    await page.locator('[data-search-page][data-rendered-state]').waitFor();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^\d+ results? .*Only the first 200 characters were searched\.$/u);
    expect(await page.locator('main script').count()).toBe(0);

    await page.goto(`${chromium.site.url}about/`);
    await page.locator('#site-search-q').fill(odd);
    await page.locator('form.site-search[data-rendered-query]').waitFor();
    expect(await page.getByRole('option').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('can be used by keyboard alone: filter with Space, open a result with Enter', async () => {
    const { context, page } = await openPage();
    await page.goto(`${chromium.site.url}search/?q=ISIS`);
    await renderedState(page, 'q=ISIS');
    const focusedName = () =>
      page.evaluate(() => ((document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '').replace(/\s+/gu, ' ').trim());
    let presses = 0;
    while ((await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.facetOpen)) !== 'type' && presses++ < 40) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('fieldset[data-facet="type"] .facet-count').first().waitFor();
    presses = 0;
    while (!/^Sources \(\d+\)$/u.test(await focusedName()) && presses++ < 40) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await renderedState(page, 'q=ISIS&type=source');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    presses = 0;
    while (!(await page.evaluate(() => document.activeElement?.closest('.search-hit-title') !== null)) && presses++ < 80) await page.keyboard.press('Tab');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toMatch(/^\/sources\/[a-z0-9-]+\/#p-\d+$/u);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`${href!.replace(/[.?]/gu, '\\$&')}$`, 'u'));
    expect(await landedParagraph(page)).toMatch(/ISIS/u);
    await context.close();
  });
});

describe('the search page on a phone (390×844)', () => {
  it('shows the results first, with the filters behind one button that says how many are active', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${chromium.site.url}search/?q=wadi&type=source&type=glossary`);
    await renderedState(page, 'q=wadi&type=glossary&type=source');
    const first = await page.locator('.search-hit').first().boundingBox();
    expect(first).not.toBeNull();
    expect(first!.y).toBeLessThan(900);
    const toggle = page.getByRole('button', { name: /^Filters/u });
    expect(await toggle.textContent()).toMatch(/2 active/u);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('fieldset[data-facet="type"]').isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('fieldset[data-facet="type"]').isVisible()).toBe(true);
    // The button sits with the result count, above the results; opened, the filters push them down.
    const button = (await toggle.boundingBox())!;
    expect(button.y).toBeLessThan(first!.y);
    expect((await page.locator('.search-hit').first().boundingBox())!.y).toBeGreaterThan(first!.y);
    await context.close();
  });

  it('on a wide screen, shows the filters beside the results without a button', async () => {
    const { context, page } = await openPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${chromium.site.url}search/?q=wadi`);
    await renderedState(page, 'q=wadi');
    expect(await page.getByRole('button', { name: /^Filters/u }).isVisible()).toBe(false);
    const results = (await page.locator('.search-hit').first().boundingBox())!;
    const filters = (await page.locator('fieldset[data-facet="type"]').boundingBox())!;
    expect(filters.y).toBeLessThan(results.y + results.height);
    await context.close();
  });

  it('opens a glossary hit for “Wadi Hauran” at its own entry', async () => {
    const { context, page } = await openPage();
    await page.goto(`${chromium.site.url}search/?q=Wadi+Hauran`);
    await renderedState(page, 'q=Wadi+Hauran');
    const glossary = (await hits(page)).find((hit) => hit.badge === 'Glossary');
    expect(glossary?.href).toBe('/glossary/#wadi-hauran');
    await context.close();
  });

  it('loads the search engine only when there is something to search or the reader starts to', async () => {
    const { context, page } = await openPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${chromium.site.url}search/`, { waitUntil: 'networkidle' });
    expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    expect(await page.locator('[data-search-nojs]').isVisible()).toBe(false);
    // Focusing the box starts loading the engine; its WebAssembly may be asked for after the empty state renders.
    const engine = page.waitForRequest((request) => new URL(request.url()).pathname.endsWith('.pagefind'), { timeout: 30_000 });
    await page.locator('#search-q').focus();
    await renderedState(page, '');
    await engine;
    await context.close();
  });
});

describe('search without JavaScript', () => {
  it('submits the header form to the search page, which explains and links to the indexes', async () => {
    const { context, page } = await openPage({ javaScriptEnabled: false });
    await page.goto(chromium.site.url);
    await page.locator('#site-search-q').fill('Sahel');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Sahel$/u);
    const noJs = page.locator('[data-search-nojs]');
    expect(await noJs.isVisible()).toBe(true);
    expect(await noJs.textContent()).toMatch(/needs JavaScript/u);
    expect(await noJs.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(['/briefings/', '/sources/']);
    expect(await page.locator('[data-search-app]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('search under a strict Content-Security-Policy', () => {
  // No 'unsafe-inline' anywhere; Pagefind needs 'wasm-unsafe-eval' for its WebAssembly and, on a large index, worker-src 'self'.
  const POLICY =
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; worker-src 'self'; form-action 'self'; base-uri 'none'";

  it('works in the header box and on the search page, with no violation reported', async () => {
    const server = createStaticServer({ root: DIST, headerRules: [{ pattern: '/*', headers: [['Content-Security-Policy', POLICY]] }] });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const { context, page, errors } = await openPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/iu.test(message.text())) violations.push(message.text());
    });
    try {
      await page.goto(`${url}about/`);
      await page.keyboard.press('/');
      await page.keyboard.type('Wadi Hauran');
      await page.locator('form.site-search[data-rendered-query="Wadi Hauran"]').waitFor();
      expect(await page.getByRole('option').first().textContent()).toMatch(/^After US withdrawal/u);
      expect(await page.locator('.site-search-popup').evaluate((popup) => getComputedStyle(popup).position)).toBe('absolute');
      await page.goto(`${url}search/?q=Sahel&type=source`);
      await renderedState(page, 'q=Sahel&type=source');
      expect((await hits(page)).length).toBeGreaterThan(0);
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
