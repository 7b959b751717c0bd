import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { LighthouseScores } from './bench-report.ts';
import { interactiveFeatures } from '../quality/page-weight.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium.ts';
import { serveSite } from '../server/serve-site.ts';

/** The page of a section to audit: one with a chart when there is one, else the largest. */
function pickPage(dist: string, section: string): string | undefined {
  let entries: string[];
  try {
    entries = readdirSync(join(dist, section)).filter((name) => statSync(join(dist, section, name, 'index.html'), { throwIfNoEntry: false })?.isFile());
  } catch {
    return undefined;
  }
  const pages = entries.map((name) => ({ path: `/${section}/${name}/`, html: readFileSync(join(dist, section, name, 'index.html'), 'utf8') }));
  pages.sort((a, b) => Number(interactiveFeatures(b.html).includes('chart')) - Number(interactiveFeatures(a.html).includes('chart')) || b.html.length - a.html.length || a.path.localeCompare(b.path));
  return pages[0]?.path;
}

/**
 * Lighthouse with its default (mobile) settings, all four categories, on the home page, a
 * briefing (with charts, when one has them), a source page, a chart page and search of a built site, served the way
 * `npm run preview` serves it (with dist/_headers). Debian's Chromium, never a download.
 */
export async function runLighthouse(dist: string): Promise<LighthouseScores[]> {
  const site = await serveSite(dist);
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
  try {
    // Search with a query, so the audit sees results (and the engine loading), not an empty form.
    const search = statSync(join(dist, 'search', 'index.html'), { throwIfNoEntry: false })?.isFile() ? '/search/?q=ISIS' : undefined;
    const pages = ['/', pickPage(dist, 'briefings'), pickPage(dist, 'sources'), pickPage(dist, 'visuals'), search].filter((page) => page !== undefined);
    const scores: LighthouseScores[] = [];
    for (const page of pages) {
      const result = await lighthouse(`${site.origin}${page}`, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result) throw new Error(`Lighthouse returned no result for ${page}.`);
      const category = (id: string) => Math.round((result.lhr.categories[id]?.score ?? 0) * 100);
      scores.push({ page, performance: category('performance'), accessibility: category('accessibility'), bestPractices: category('best-practices'), seo: category('seo') });
      const misses = Object.values(result.lhr.audits).filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual');
      if (misses.length > 0) console.log(`  ${page}: audits below full marks: ${misses.map((audit) => audit.id).join(', ')}`);
    }
    return scores;
  } finally {
    chrome.kill();
    await site.close();
  }
}
