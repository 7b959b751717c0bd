import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inlineCodeHashes, styleAttributes } from '../lib/publishing/inline-code.ts';
import { formatHeadersFile, formatNginxSnippet, headersRules, securityHeaders, strictTransportSecurity } from '../lib/publishing/security-headers.ts';
import { pageFacts, renderRobots, renderSitemap, type SitemapEntry } from '../lib/publishing/sitemap.ts';
import { formatWarning } from '../lib/problems.ts';
import { DEPLOYMENT } from '../config.ts';
import { joinBase } from '../lib/routes.ts';

/** The nginx snippet's name in dist/: `include` it from the server config (deploy/nginx.conf). */
export const NGINX_SNIPPET = '_nginx-security-headers.conf';

function htmlFiles(directory: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(directory).sort()) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) found.push(...htmlFiles(path));
    else if (name.endsWith('.html')) found.push(path);
  }
  return found;
}

/**
 * After Astro has written dist/: reads every built page once and writes the files that describe
 * the whole site — `sitemap.xml` (every page with a canonical URL and no `noindex`),
 * `robots.txt`, `_headers` and the nginx snippet (with the hashes of any inline script or style
 * the pages contain, so the CSP never needs `'unsafe-inline'`).
 */
export function publishFiles(): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  let hsts: string | undefined;
  return {
    name: 'briefings-publish-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base;
        // Checked here, so a mistyped HSTS stops the build before it starts. On for an https site unless HSTS=off (README, Deploying).
        if (site) hsts = strictTransportSecurity(site, DEPLOYMENT.hsts);
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const scriptHashes = new Set<string>();
        const styleHashes = new Set<string>();
        const entries: SitemapEntry[] = [];
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          const inline = inlineCodeHashes(html);
          inline.scripts.forEach((hash) => scriptHashes.add(hash));
          inline.styles.forEach((hash) => styleHashes.add(hash));
          const styled = styleAttributes(html);
          if (styled.length > 0) {
            logger.warn(
              `${relative(root, file).split(sep).join('/')}: ${styled.length} style="…" attribute(s), e.g. style="${styled[0]}", which the Content-Security-Policy blocks; use a class instead.`,
            );
          }
          const facts = pageFacts(html);
          const page = relative(root, file).split(sep).join('/');
          if (facts.canonical && !facts.noindex) entries.push({ loc: facts.canonical, page, ...(facts.lastmod ? { lastmod: facts.lastmod } : {}) });
          else if (!facts.canonical && !facts.noindex) logger.warn(`${page} has no canonical link; left out of sitemap.xml`);
        }
        if (!site) throw new Error('astro.config.mjs has no `site`: set SITE_URL so the sitemap, feed and canonical links can be absolute.');
        const absolute = (path: string) => new URL(joinBase(base, path), site).href;
        writeFileSync(join(root, 'sitemap.xml'), renderSitemap(entries, { warn: (problem) => logger.warn(formatWarning(problem)) }));
        writeFileSync(join(root, 'robots.txt'), renderRobots(absolute('/sitemap.xml')));

        const policy = { scriptHashes: [...scriptHashes], styleHashes: [...styleHashes], strictTransportSecurity: hsts };
        const topLevel = readdirSync(root).map((name) => (statSync(join(root, name)).isDirectory() ? `${name}/` : name));
        // Written by the pagefind integration, which runs before this one; listed even if it did not.
        if (!topLevel.includes('pagefind/')) topLevel.push('pagefind/');
        writeFileSync(join(root, '_headers'), formatHeadersFile(headersRules(topLevel, policy)));
        writeFileSync(join(root, NGINX_SNIPPET), formatNginxSnippet(securityHeaders(policy)));
        logger.info(
          `sitemap.xml: ${entries.length} pages; _headers: CSP with ${scriptHashes.size} inline-script and ${styleHashes.size} inline-style hashes${policy.strictTransportSecurity ? `, HSTS ${policy.strictTransportSecurity}` : ', no HSTS'}`,
        );
      },
    },
  };
}
