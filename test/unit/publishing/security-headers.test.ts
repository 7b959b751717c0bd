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
