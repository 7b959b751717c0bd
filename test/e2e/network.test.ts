import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PAGE_BUDGETS,
  checkPageBudgets,
  gzipSize,
  inlineResources,
  interactiveFeatures,
  resourceKind,
  siteWideScripts,
  weightTotals,
  type PageWeight,
  type Resource,
} from '../../tools/quality/page-weight.ts';
import { DIST, assertDistBuilt } from '../helpers/dist.ts';
import { launchChromium, serveSite, type RunningSite } from '../helpers/browser.ts';
import { pagesByTemplate, representativePages, urlPathOf } from '../helpers/templates.ts';

/** Pages measured per template: the largest first, so the heaviest briefing is always among them. */
const PAGES_PER_TEMPLATE = 10;

interface LoadedPage {
  weight: PageWeight;
  /** Every URL the page requested outside the site's origin. */
  thirdParty: string[];
}

let browser: Browser;
let site: RunningSite;
const loaded: LoadedPage[] = [];

const measured = pagesByTemplate().flatMap(({ template, pages }) =>
  [...pages]
    .sort((a, b) => b.html.length - a.html.length || a.path.localeCompare(b.path))
    .slice(0, PAGES_PER_TEMPLATE)
    .map((page) => ({ template, path: page.path, html: page.html })),
);

function isThirdParty(url: string): boolean {
  if (/^(?:data|blob|about):/u.test(url)) return false;
  return new URL(url).origin !== site.origin;
}

/** Records every request a page makes while `action` runs. */
async function recordRequests(page: Page, action: () => Promise<void>): Promise<string[]> {
  const urls: string[] = [];
  const listener = (request: { url(): string }) => urls.push(request.url());
  page.on('request', listener);
  try {
    await action();
    await page.waitForLoadState('networkidle');
  } finally {
    page.off('request', listener);
  }
  return urls;
}

/** The bytes a same-origin request fetched, read from dist/ (so the figure is deterministic). */
function resourceFor(url: string): Resource | undefined {
  const { pathname } = new URL(url);
  const base = new URL(site.url).pathname;
  const inside = decodeURIComponent(pathname).slice(base.length);
  let file = join(DIST, inside);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return undefined;
  const bytes = readFileSync(file);
  return { path: `/${inside}`, kind: resourceKind(file), bytes: bytes.length, gzipBytes: gzipSize(bytes) };
}

beforeAll(async () => {
  assertDistBuilt();
  site = await serveSite();
  browser = await launchChromium();
  const context = await browser.newContext();
  for (const sample of measured) {
    const page = await context.newPage();
    const urls = await recordRequests(page, async () => {
      await page.goto(`${site.url}${urlPathOf(sample.path)}`, { waitUntil: 'load' });
    });
    const sameOrigin = urls.filter((url) => !isThirdParty(url) && /^https?:/u.test(url));
    const resources = [...new Set(sameOrigin)].map(resourceFor).filter((resource) => resource !== undefined);
    // The 404 page is served for an unknown URL; everywhere else the document is the page itself.
    if (!resources.some((resource) => resource.kind === 'html')) {
      const bytes = readFileSync(join(DIST, sample.path));
      resources.unshift({ path: `/${sample.path}`, kind: 'html', bytes: bytes.length, gzipBytes: gzipSize(bytes) });
    }
    resources.push(...inlineResources(sample.html));
    loaded.push({
      weight: { page: sample.path, template: sample.template, features: interactiveFeatures(sample.html), resources },
      thirdParty: urls.filter(isThirdParty),
    });
    await page.close();
  }
  await context.close();
  const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);
  console.log(
    ['page weight, KB gzip (zlib level 6), before interaction:', 'html    css     js   font  other  total  images  page']
      .concat(
        loaded.map(({ weight }) => {
          const t = weightTotals(weight);
          return `${kb(t.html)} ${kb(t.css)} ${kb(t.js)} ${kb(t.font)} ${kb(t.other)} ${kb(t.total)} ${kb(t.image)}  ${weight.page}`;
        }),
      )
      .join('\n'),
  );
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('no third-party requests', () => {
  it('loading every measured page requests nothing outside the site', () => {
    expect(loaded.length).toBe(measured.length);
    const offenders = loaded.filter((entry) => entry.thirdParty.length > 0).map((entry) => `${entry.weight.page}: ${entry.thirdParty.join(', ')}`);
    expect(offenders, `Third-party requests:\n${offenders.join('\n')}`).toEqual([]);
  });

  // One page of each template in turn, each waited on until the network is idle: minutes on a busy machine.
  it('scrolling to the end and using the search field requests nothing outside the site either', { timeout: 240_000 }, async () => {
    const offenders: string[] = [];
    for (const sample of representativePages()) {
      const page = await browser.newPage();
      const urls = await recordRequests(page, async () => {
        await page.goto(`${site.url}${sample.urlPath}`, { waitUntil: 'load' });
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        const search = page.locator('input[type="search"]').first();
        if ((await search.count()) > 0 && (await search.isVisible())) {
          await search.focus();
          await search.fill('coalition');
        }
      });
      const outside = urls.filter(isThirdParty);
      if (outside.length > 0) offenders.push(`${sample.path}: ${outside.join(', ')}`);
      await page.close();
    }
    expect(offenders, `Third-party requests after interaction:\n${offenders.join('\n')}`).toEqual([]);
  });
});

describe('page weight budgets', () => {
  it(`every page is within ${PAGE_BUDGETS.totalGzip / 1024} KB gzip, briefings within their JS and CSS budgets, and pages without charts, citation previews or the search interface load no JavaScript of their own`, () => {
    const siteWide = siteWideScripts(loaded.map((entry) => entry.weight));
    const problems = loaded.flatMap((entry) => checkPageBudgets(entry.weight, siteWide));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('measures the document and everything it links before interaction', () => {
    for (const { weight } of loaded) {
      expect(weight.resources.filter((resource) => resource.kind === 'html' && !resource.inline)).toHaveLength(1);
      expect(weightTotals(weight).css, `${weight.page} loads no CSS at all`).toBeGreaterThan(0);
    }
  });
});
