/**
 * The site's HTTP response headers, in one place, for every host: `dist/_headers`
 * (Netlify, Cloudflare Pages, `npm run preview`, the browser tests) and the nginx snippet
 * are both written from these functions, so they cannot drift apart.
 */

export type Header = [name: string, value: string];

export interface PolicyOptions {
  /** CSP hashes of inline scripts found in the built pages (normally none: Astro emits external files). */
  scriptHashes?: readonly string[];
  /** CSP hashes of inline `<style>` elements found in the built pages. */
  styleHashes?: readonly string[];
  /** The Strict-Transport-Security value, or none (see strictTransportSecurity). */
  strictTransportSecurity?: string | undefined;
}

/** One year, for files whose names carry a content hash. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and other files whose names do not change: always revalidate (cheap with ETag/Last-Modified). */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * The Content-Security-Policy. Scripts only from our own origin (plus the hashes of any inline
 * script the build found): no `'unsafe-inline'`, no `eval`; `'wasm-unsafe-eval'` lets
 * Pagefind compile its WebAssembly. Styles likewise, style attributes included: nothing on the
 * site needs them (components use classes and SVG presentation attributes, scripts set
 * `element.style`, which CSP allows). Everything else is same-origin only; no framing.
 */
export function contentSecurityPolicy(options: PolicyOptions = {}): string {
  const unique = (values: readonly string[] = []) => [...new Set(values)].sort();
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...unique(options.scriptHashes)]],
    ['style-src', ["'self'", ...unique(options.styleHashes)]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** HSTS for a year, subdomains included: the least browsers' preload lists and the issue ask for. */
export const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Whether to send Strict-Transport-Security, from the site URL and the `HSTS` setting: on by
 * default for an https site, so a browser that has seen it once never again tries plain http
 * (where a network could rewrite the page); `HSTS=off` leaves it out (a subdomain that still
 * needs http, or a trial domain); `HSTS=on` insists. Browsers ignore it over http.
 * @returns the header's value, or undefined for none.
 */
export function strictTransportSecurity(siteUrl: string, setting: string | undefined): string | undefined {
  const https = new URL(siteUrl).protocol === 'https:';
  if (setting === undefined || setting === '') return https ? HSTS : undefined;
  if (setting === 'off') return undefined;
  if (setting !== 'on') throw new Error(`HSTS="${setting}": expected "on" or "off" (unset: on when SITE_URL is https).`);
  if (!https) throw new Error(`HSTS=on: the site URL ${siteUrl} is not https; browsers ignore HSTS sent over http. Set SITE_URL to the https address, or leave HSTS unset.`);
  return HSTS;
}

/** Headers every response carries. */
export function securityHeaders(options: PolicyOptions = {}): Header[] {
  return [
    ...(options.strictTransportSecurity ? ([['Strict-Transport-Security', options.strictTransportSecurity]] as Header[]) : []),
    ['Content-Security-Policy', contentSecurityPolicy(options)],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    [
      'Permissions-Policy',
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
    ],
    // Older browsers that do not read frame-ancestors.
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

export interface HeadersRule {
  pattern: string;
  headers: Header[];
}

/**
 * The rules of `_headers`. Cloudflare Pages joins the values of a header set by two matching
 * rules with a comma, so no header name appears in two rules that can match the same path:
 * security headers go on `/*`, and Cache-Control on each top-level entry of the site
 * separately — long for `/_astro/` (content-hashed names), revalidate for everything else.
 *
 * @param topLevel the names directly under dist/ (`index.html`, `briefings`, `_astro` …),
 *   directories marked with a trailing slash (`briefings/`).
 */
export function headersRules(topLevel: readonly string[], options: PolicyOptions = {}): HeadersRule[] {
  const rules: HeadersRule[] = [{ pattern: '/*', headers: securityHeaders(options) }];
  rules.push({ pattern: '/', headers: [['Cache-Control', REVALIDATE]] });
  for (const name of [...topLevel].sort()) {
    if (name === '_headers' || name.startsWith('_nginx')) continue;
    const directory = name.endsWith('/');
    const pattern = directory ? `/${name}*` : `/${name}`;
    rules.push({ pattern, headers: [['Cache-Control', name === '_astro/' ? IMMUTABLE : REVALIDATE]] });
  }
  return rules;
}

/** The `_headers` file text. */
export function formatHeadersFile(rules: readonly HeadersRule[]): string {
  const blocks = rules.map((rule) => [rule.pattern, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `# Written by the build (src/lib/publishing/security-headers.ts); edit that file, not this one.\n${blocks.join('\n')}\n`;
}

/**
 * The same security headers as nginx `add_header` lines, for `include` in every `location`
 * (nginx drops inherited add_header lines in any block that has its own).
 */
export function formatNginxSnippet(headers: readonly Header[]): string {
  const lines = headers.map(([name, value]) => `add_header ${name} "${value.replace(/"/gu, '\\"')}" always;`);
  return `# Written by the build (src/lib/publishing/security-headers.ts); edit that file, not this one.\n${lines.join('\n')}\n`;
}
