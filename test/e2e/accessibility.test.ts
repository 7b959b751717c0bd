import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import { describe, expect, it } from 'vitest';
import { useSiteInChromium } from '../helpers/browser.ts';
import { representativePages } from '../helpers/templates.ts';

/** axe-core's browser bundle, evaluated in the page (page.evaluate is not subject to the site's CSP). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 level A and AA, as axe-core tags them. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const SCHEMES = ['light', 'dark'] as const;

/**
 * Desktop in both colour schemes, and a phone in the light one: narrow layouts (the vertical
 * timeline, the wrapped navigation) have markup and sizes of their own.
 */
const RUNS = [
  { name: 'light colour scheme', scheme: 'light', viewport: { width: 1280, height: 800 }, mobile: false },
  { name: 'dark colour scheme', scheme: 'dark', viewport: { width: 1280, height: 800 }, mobile: false },
  { name: 'phone (390px, light)', scheme: 'light', viewport: { width: 390, height: 844 }, mobile: true },
] as const;

const chromium = useSiteInChromium();

function describeViolations(violations: Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    at ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').split('\n').join('\n      ')}`)
        .join('\n');
      return `  ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n${nodes}`;
    })
    .join('\n');
}

const samples = representativePages();

describe('accessibility (axe-core, WCAG 2.2 AA) of every template', () => {
  it('covers at least the templates that exist today', () => {
    const templates = new Set(samples.map((sample) => sample.template));
    for (const template of ['index.astro', 'briefings/index.astro', 'briefings/[slug].astro', 'sources/index.astro', 'sources/[slug].astro', 'about.astro', '404.astro']) {
      expect(templates).toContain(template);
    }
  });

  for (const run of RUNS) {
    const { scheme } = run;
    describe(run.name, () => {
      for (const sample of samples) {
        it(`${sample.template}: /${sample.urlPath} has no violations`, async () => {
          const context = await chromium.browser.newContext({
            colorScheme: scheme,
            reducedMotion: 'reduce',
            viewport: run.viewport,
            isMobile: run.mobile,
            hasTouch: run.mobile,
          });
          const page = await context.newPage();
          try {
            await page.goto(`${chromium.site.url}${sample.urlPath}`, { waitUntil: 'load' });
            const prefersDark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
            expect(prefersDark).toBe(scheme === 'dark');
            await page.evaluate(AXE_SOURCE);
            const options: RunOptions = { runOnly: { type: 'tag', values: WCAG_22_AA }, resultTypes: ['violations'] };
            const results = await page.evaluate((runOptions) => (window as unknown as { axe: { run(context: Document, options: unknown): Promise<AxeResults> } }).axe.run(document, runOptions), options);
            const found = results.violations.map((violation) => `${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
            expect(found, `axe found violations on /${sample.urlPath} (${run.name}):\n${describeViolations(results.violations)}`).toEqual([]);
          } finally {
            await context.close();
          }
        });
      }
    });
  }

  it('the two schemes really differ (the dark theme is applied)', async () => {
    const backgrounds: string[] = [];
    for (const scheme of SCHEMES) {
      const context = await chromium.browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(chromium.site.url);
      backgrounds.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      await context.close();
    }
    expect(backgrounds[0]).not.toBe(backgrounds[1]);
  });
});
