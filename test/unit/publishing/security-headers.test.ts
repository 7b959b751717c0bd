import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../../tools/server/headers-file.ts';
import {
  IMMUTABLE,
  REVALIDATE,
  contentSecurityPolicy,
  formatHeadersFile,
  formatNginxSnippet,
  headersRules,
  securityHeaders,
  strictTransportSecurity,
} from '../../../src/lib/publishing/security-headers.ts';

const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/u)).map(([name, ...sources]) => [name, sources]));

describe('contentSecurityPolicy', () => {
  it("never allows inline scripts or eval, lets Pagefind compile WebAssembly and forbids framing", () => {
    const csp = directives(contentSecurityPolicy());
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    const sources = [...csp.entries()].flatMap(([name, values]) => values.map((value) => `${name} ${value}`));
    expect(sources.filter((source) => source.includes('unsafe-inline') || source.includes('unsafe-hashes'))).toEqual([]);
    expect(sources.filter((source) => / '?(unsafe-eval|\*|https?:)'?$/u.test(source))).toEqual([]);
  });

  it('adds the hashes of inline code, sorted and without duplicates', () => {
    const csp = directives(contentSecurityPolicy({ scriptHashes: ["'sha256-b'", "'sha256-a'", "'sha256-b'"], styleHashes: ["'sha256-c'"] }));
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-a'", "'sha256-b'"]);
    expect(csp.get('style-src')).toEqual(["'self'", "'sha256-c'"]);
  });
});

describe('headersRules and the _headers file', () => {
  const rules = headersRules(['index.html', '404.html', '_astro/', 'briefings/', 'sources/', 'feed.xml', '_headers', '_nginx-security-headers.conf']);
  const parsed = parseHeadersFile(formatHeadersFile(rules));

  it('round-trips through the parser the preview server uses', () => {
    expect(parsed).toEqual(rules);
  });

  it('caches hashed assets for a year and revalidates pages', () => {
    expect(headersFor(parsed, '/_astro/BaseLayout.abc.css').get('cache-control')).toBe(IMMUTABLE);
    for (const path of ['/', '/index.html', '/briefings/x/', '/sources/', '/feed.xml', '/404.html']) {
      expect(headersFor(parsed, path).get('cache-control'), path).toBe(REVALIDATE);
    }
  });

  it('sends the security headers on every path', () => {
    for (const path of ['/', '/_astro/a.js', '/sources/x/']) {
      const headers = headersFor(parsed, path);
      expect(headers.get('content-security-policy')).toBe(contentSecurityPolicy());
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(headers.get('permissions-policy')).toMatch(/camera=\(\)/u);
    }
  });

  it('never sets one header in two rules that match the same path (Cloudflare would join the values)', () => {
    const probes = ['/', '/index.html', '/_astro/a.js', '/briefings/x/', '/sources/y/', '/feed.xml', '/404.html', '/pagefind/x'];
    for (const path of probes) {
      const names = rules.filter((rule) => headersFor([rule], path).size > 0).flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
      expect(new Set(names).size, path).toBe(names.length);
    }
  });

  it('does not publish rules for the header files themselves', () => {
    expect(rules.map((rule) => rule.pattern)).not.toContain('/_headers');
    expect(rules.some((rule) => rule.pattern.startsWith('/_nginx'))).toBe(false);
  });
});

describe('formatNginxSnippet', () => {
  it('writes the same headers as add_header lines with always', () => {
    const snippet = formatNginxSnippet(securityHeaders());
    const lines = snippet.split('\n').filter((line) => line.startsWith('add_header'));
    expect(lines).toHaveLength(securityHeaders().length);
    for (const [name, value] of securityHeaders()) expect(snippet).toContain(`add_header ${name} "${value}" always;`);
  });
});

describe('Strict-Transport-Security (HSTS)', () => {
  const HSTS = 'max-age=31536000; includeSubDomains';

  it('is on by default for a site on https, for a year and its subdomains', () => {
    expect(strictTransportSecurity('https://briefings.example.org', undefined)).toBe(HSTS);
    const headers = new Map(securityHeaders({ strictTransportSecurity: HSTS }));
    expect(headers.get('Strict-Transport-Security')).toBe(HSTS);
    expect(Number(/max-age=(\d+)/u.exec(headers.get('Strict-Transport-Security')!)?.[1])).toBeGreaterThanOrEqual(31536000);
  });

  it('is off for a site on http, when HSTS=off, and absent from the headers when off', () => {
    expect(strictTransportSecurity('http://localhost:4321', undefined)).toBeUndefined();
    expect(strictTransportSecurity('https://briefings.example.org', 'off')).toBeUndefined();
    expect(new Map(securityHeaders()).has('Strict-Transport-Security')).toBe(false);
  });

  it('can be asked for explicitly, and refuses a value it does not know with a hint', () => {
    expect(strictTransportSecurity('https://briefings.example.org', 'on')).toBe(HSTS);
    expect(() => strictTransportSecurity('http://localhost', 'on')).toThrow('HSTS=on: the site URL http://localhost is not https; browsers ignore HSTS sent over http. Set SITE_URL to the https address, or leave HSTS unset.');
    expect(() => strictTransportSecurity('https://x.org', 'yes')).toThrow('HSTS="yes": expected "on" or "off" (unset: on when SITE_URL is https).');
  });

  it('goes into _headers and the nginx snippet alike', () => {
    const headers = securityHeaders({ strictTransportSecurity: HSTS });
    expect(parseHeadersFile(formatHeadersFile(headersRules([], { strictTransportSecurity: HSTS })))[0]!.headers).toContainEqual(['Strict-Transport-Security', HSTS]);
    expect(formatNginxSnippet(headers)).toContain(`add_header Strict-Transport-Security "${HSTS}" always;`);
  });
});
