import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash, inlineCodeHashes, styleAttributes } from '../../../src/lib/publishing/inline-code.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineCodeHashes', () => {
  it('hashes inline scripts and styles exactly as written', () => {
    const html = '<script type="module">go()</script><script>old()</script><style>p{color:red}</style>';
    expect(inlineCodeHashes(html)).toEqual({ scripts: [sha('go()'), sha('old()')], styles: [sha('p{color:red}')] });
  });

  it('ignores external scripts and data blocks such as JSON-LD', () => {
    const html = '<script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{"a":1}</script><script type="speculationrules">{}</script>';
    expect(inlineCodeHashes(html)).toEqual({ scripts: [], styles: [] });
  });

  it('matches the well-known hash of an empty script', () => {
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

describe('styleAttributes', () => {
  it('finds style attributes in markup, not in text, comments or SVG presentation attributes', () => {
    const html = '<p style="color:red">a style="x" b</p><!-- <i style="no"> --><svg><rect fill="red" class="style"/></svg><div data-x="1" style=\'--w: 4%\'></div>';
    expect(styleAttributes(html)).toEqual(['color:red', '--w: 4%']);
  });
});
