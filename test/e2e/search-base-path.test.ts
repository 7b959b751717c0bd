import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveSite, type RunningSite } from '../helpers/browser.ts';

const ROOT = join(import.meta.dirname, '../..');
const BASE = '/briefings-site/';

let outDir: string;
let browser: Browser;
let site: RunningSite;

/**
 * The environment for a child build: Vitest's own variables (BASE_URL=/, DEV=1, NODE_ENV=test …)
 * would leak into Vite's import.meta.env and override the base path.
 */
function buildEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, BASE_PATH: BASE, FORCE_COLOR: '0' };
  for (const name of ['BASE_URL', 'DEV', 'PROD', 'SSR', 'MODE', 'NODE_ENV', 'TEST']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return env;
}

/** Runs a build step with the project's Node; fails with its output. */
function run(label: string, args: string[]): void {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: buildEnvironment() });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
}

// A separate build under a base path, in its own folder: dist/ belongs to the other suites.
// `astro build` writes the search index itself (src/integrations/pagefind.ts).
beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'search-base-path-'));
  run('astro build', [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir]);
  site = await serveSite(outDir, BASE);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe(`search in a site built under ${BASE}`, () => {
  it('loads from the base path and finds "Wadi Hauran", landing on the paragraph', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (!path.startsWith(BASE)) outside.push(path);
    });
    await page.goto(`${site.url}sources/`);
    await page.keyboard.press('/');
    await page.keyboard.type('Wadi Hauran');
    await page.locator('form.site-search[data-rendered-query="Wadi Hauran"]').waitFor();
    expect(await page.locator('form.site-search').getAttribute('action')).toBe(`${BASE}search/`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`${BASE}sources/shafaq-iraq-resurgence-2025/#p-\\d+$`, 'u'));
    expect(await page.locator(':target').textContent()).toContain('Wadi Hauran');
    expect(outside).toEqual([]);
    await page.close();
  });

  it('runs the search page with filters, its links under the base path', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}search/?q=Sahel&type=source`);
    await page.locator('[data-search-page][data-rendered-state="q=Sahel&type=source"][data-rendered-facets="q=Sahel&type=source"]').waitFor();
    const links = await page.locator('.search-hit-title a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(new RegExp(`^${BASE}sources/[a-z0-9-]+/#(?:p|note)-\\d+$`, 'u'));
    await page.getByRole('checkbox', { name: /^Sources/u }).uncheck();
    await page.locator('[data-search-page][data-rendered-state="q=Sahel"]').waitFor();
    expect(new URL(page.url()).pathname).toBe(`${BASE}search/`);
    await page.close();
  });
});
