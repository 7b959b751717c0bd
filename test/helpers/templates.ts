import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { groupByTemplate, pickRepresentativePages, routeTemplates, type TemplatePages } from '../../tools/quality/page-templates.ts';
import { DIST, allDistPages } from './dist.ts';

const PAGES_DIRECTORY = join(import.meta.dirname, '../../src/pages');

function routeFiles(directory = PAGES_DIRECTORY): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? routeFiles(path) : [relative(PAGES_DIRECTORY, path).split(sep).join('/')];
  });
}

export interface BuiltPage {
  path: string;
  html: string;
}

/** Every HTML page in dist/, grouped by the src/pages route that built it. */
export function pagesByTemplate(root = DIST): TemplatePages<BuiltPage>[] {
  return groupByTemplate(allDistPages(root), routeTemplates(routeFiles()));
}

export interface TemplateSample {
  template: string;
  path: string;
  /** The URL path under the site's base: "sources/x/" or "404.html". */
  urlPath: string;
}

/** The URL path of a built page, relative to the base: "sources/x/index.html" → "sources/x/". */
export function urlPathOf(path: string): string {
  return path === 'index.html' ? '' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * For each template that has built pages, the fewest pages that show every component it
 * renders (see pickRepresentativePages): one page per template unless another has parts
 * the first lacks.
 */
export function representativePages(root = DIST): TemplateSample[] {
  return pagesByTemplate(root).flatMap(({ template, pages }) =>
    pickRepresentativePages(pages).map((page) => ({ template, path: page.path, urlPath: urlPathOf(page.path) })),
  );
}
