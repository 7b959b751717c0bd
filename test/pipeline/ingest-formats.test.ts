import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tools/browser/chromium.ts';
import { printToPdf } from '../../tools/browser/print-to-pdf.ts';
import { buildEnvironment } from '../../tools/process/build-environment.ts';
import { copyProject, type ProjectCopy } from '../../tools/process/project-copy.ts';
import { runCommand, type CommandResult } from '../../tools/process/run-command.ts';
import { serveSite, type RunningSite } from '../../tools/server/serve-site.ts';

/**
 * The three ways a source arrives, through the real commands in a copy of the project: a saved
 * news page and an English page with Arabic paragraphs (no manifest), a report printed to PDF by
 * Chromium (a manifest with its publisher only) and an Arabic plain text (a manifest), ingested
 * with `npm run ingest`, built with `npm run build`, and searched with the built Pagefind index
 * in Chromium.
 */
const FIXTURES = join(import.meta.dirname, '../fixtures/ingest');
const env = buildEnvironment({ BUILD_DATE: '2026-01-01' });
let copy: ProjectCopy;
let ingest: CommandResult;
let build: CommandResult;
const page = (slug: string) => readFileSync(join(copy.root, 'dist/sources', slug, 'index.html'), 'utf8');

beforeAll(async () => {
  copy = copyProject({ prefix: 'ingest-formats-' });
  const received = join(copy.root, 'received');
  mkdirSync(received);
  cpSync(join(FIXTURES, 'news-page/page.html'), join(received, 'northgate.html'));
  cpSync(join(FIXTURES, 'arabic-english-page/page.html'), join(received, 'gulf-ledger.html'));
  cpSync(join(FIXTURES, 'arabic-text/article.txt'), join(received, 'article.txt'));
  await printToPdf(join(FIXTURES, 'report-pdf/report.html'), join(received, 'report.pdf'));
  const run = (args: string[]) => runCommand(process.execPath, ['scripts/ingest.ts', ...args, '--date', '2026-01-01'], { cwd: copy.root, env });
  const results = [
    await run(['received/northgate.html', 'received/gulf-ledger.html', '--retrieved', '2025-11-05']),
    await run(['received/report.pdf', '--meta', join(FIXTURES, 'report-pdf/manifest.json')]),
    await run(['received/article.txt', '--meta', join(FIXTURES, 'arabic-text/manifest.json')]),
  ];
  ingest = { status: results.find((result) => result.status !== 0)?.status ?? 0, output: results.map((result) => result.output).join('\n'), wallMs: 0 };
  build = ingest.status === 0 ? await runCommand(process.execPath, ['scripts/build.ts'], { cwd: copy.root, env }) : ingest;
}, 600_000);
afterAll(() => {
  if (!process.env.KEEP_COPY) copy?.remove();
  else console.log(`kept ${copy.root}`);
});

describe('ingesting a web page, a PDF and a text, then building', () => {
  it('ingests each, printing its entry with the short citation name and a one-line summary', () => {
    expect(ingest.status, ingest.output).toBe(0);
    expect(ingest.output).toContain('wrote content/sources/northgate-coalition-advisers-prepare-leave-2025.md from received/northgate.html (web page, 366 words): 11 paragraphs, 1 heading; furniture: 1 headline, 1 byline, 1 dateline, 5 boilerplate, 2 captions, 4 related links; left out (not the article): 1 navigation, 1 advertisement');
    expect(ingest.output).toMatch(/"citeAs": "Northgate",\s+← derived from the publisher \("The Northgate Herald"\)/u);
    expect(ingest.output).toContain('from received/report.pdf (PDF, ');
    expect(ingest.output).toContain('quirk: “coun- terterrorism” (page 1)');
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it('shows captions and boilerplate as furniture, unnumbered and left out of search, and numbers the body only', () => {
    const html = page('northgate-coalition-advisers-prepare-leave-2025');
    expect(html).toMatch(/<aside class="furniture furniture-caption"[^>]*data-pagefind-ignore="all"/u);
    expect(html).toContain('Iraqi soldiers stand guard at the entrance of Ain al-Asad air base');
    expect(html).toContain('id="p-11"');
    expect(html).not.toContain('id="p-12"');
    expect(html).toMatch(/<p id="p-5" class="para para-item"/u);
  });

  it('links the original with the Robust Links attributes and says when the text was retrieved', () => {
    const html = page('northgate-coalition-advisers-prepare-leave-2025');
    expect(html).toMatch(/<a href="https:\/\/www\.northgate-herald\.example\/world\/2025\/11\/04\/iraq-coalition-advisers-drawdown" rel="nofollow noopener" data-originalurl="https:\/\/www\.northgate-herald\.example\/[^"]+" data-versiondate="2025-11-05"[ >]/u);
    expect(html).toContain('as retrieved on 5 November 2025');
  });

  it('sets an Arabic paragraph right to left, with lang="ar", in an English page', () => {
    const html = page('gulf-iraqi-commanders-say-forces-2025');
    expect(html).toMatch(/<html lang="en">/u);
    expect(html).toMatch(/<p id="p-5" class="para" lang="ar" dir="rtl"[ >]/u);
    expect(html).toMatch(/<p id="p-3" class="para para-quote" lang="ar" dir="rtl"[ >]/u);
    expect(html).toMatch(/<aside class="furniture furniture-caption"[^>]*>[\s\S]*?<p lang="ar" dir="rtl"[^>]*>جنود عراقيون/u);
  });

  it('makes a page whose text is Arabic an Arabic page, with the site\'s own words in English', () => {
    const html = page('rafidain-anbar-handover-2025');
    expect(html).toMatch(/<html lang="ar">/u);
    expect(html).toMatch(/<header class="site-header" lang="en">/u);
    expect(html).toMatch(/<h1 lang="ar" dir="rtl"[^>]*>القوات العراقية تتسلم مواقع التحالف في الأنبار<\/h1>/u);
    expect(html).toMatch(/<div class="source-body" lang="ar" dir="rtl"[ >]/u);
    expect(html).toMatch(/<section class="attribution"[^>]* lang="en"[ >]/u);
  });

  it('shows the report\'s running headers as page furniture, its footnotes as notes, and what ingestion kept as received', () => {
    const html = page('iss-containing-remnants-counterterrorism-caliphate-2023');
    expect(html).toContain('furniture furniture-page-furniture');
    expect(html).toMatch(/<li id="note-4" value="4"[ >]/u);
    // One heading id per notes block: the PDF's footnotes come in one block per page.
    expect(html.match(/id="source-notes-heading[^"]*"/gu)).toEqual(['id="source-notes-heading"', 'id="source-notes-heading-3"', 'id="source-notes-heading-4"']);
    expect(html).not.toMatch(/class="[^"]*"[^>]* class="/u);
    expect(html).toContain('What ingestion kept as received (2)');
  });

  it('indexes the Arabic page under Arabic and the mixed page in the site\'s English index', () => {
    const entry = JSON.parse(readFileSync(join(copy.root, 'dist/pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['ar', 'en']);
    expect(entry.languages.ar?.page_count).toBe(1);
  });
});

describe('searching the built site in Chromium', () => {
  let browser: Browser;
  let site: RunningSite;
  beforeAll(async () => {
    if (build.status !== 0) return;
    site = await serveSite(join(copy.root, 'dist'));
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('finds an Arabic word of a paragraph from an English page, loading no second WebAssembly file', async () => {
    expect(build.status).toBe(0);
    const tab = await browser.newPage();
    const requested: string[] = [];
    tab.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await tab.goto(`${site.url}sources/`);
    // A string, so the test runner does not rewrite the page's dynamic import.
    const urls = (await tab.evaluate(`(async () => {
      const pagefind = await import(location.origin + '/pagefind/pagefind.js');
      await pagefind.init();
      const search = await pagefind.search('المستشارين');
      return Promise.all(search.results.map(async (result) => (await result.data()).url));
    })()`)) as string[];
    expect(urls).toContain('/sources/gulf-iraqi-commanders-say-forces-2025/');
    expect(requested.filter((path) => path.endsWith('.pagefind') && path.includes('wasm'))).toEqual(['/pagefind/wasm.en.pagefind']);
    expect(existsSync(join(copy.root, 'dist/pagefind/wasm.ar.pagefind')) || existsSync(join(copy.root, 'dist/pagefind/wasm.unknown.pagefind'))).toBe(true);
    await tab.close();
  });
});
