import { describe, expect, it } from 'vitest';
import { rootVariables, standaloneCss } from '../../../../src/lib/charts/export/standalone-css.ts';

describe('rootVariables', () => {
  it('reads the first :root block, the light palette', () => {
    const css = '/* x */ :root { --text: #1b1b1b; --chart-1: #0a58a8; }\n@media screen and (prefers-color-scheme: dark) { :root { --text: #eee; } }';
    expect(rootVariables(css)).toEqual({ '--text': '#1b1b1b', '--chart-1': '#0a58a8' });
  });
});

describe('standaloneCss', () => {
  const variables = { '--text': '#111', '--mark-default': '#222', '--chart-2': '#b3261e' };

  it('resolves custom properties, fallbacks included, and drops !important', () => {
    expect(standaloneCss('.chart-tick { fill: var(--text) !important; font-size: 12px; }', variables)).toBe('.chart-tick{fill: #111;font-size: 12px}');
  });

  it('turns a property a class sets for its contents into a rule per class', () => {
    expect(standaloneCss('.tl-attack { --mark: var(--chart-2); }\n.tl-symbol { fill: var(--mark, var(--text)); stroke: #fff; }', variables)).toBe(
      '.tl-symbol{fill: #111;stroke: #fff}\n.tl-attack .tl-symbol{fill: #b3261e}',
    );
  });

  it('leaves out a property whose value only a class gives, rather than write it empty', () => {
    expect(standaloneCss('.tl-attack { --mark: #c00; }\n.tl-span { fill: var(--mark); fill-opacity: 0.35; }', variables)).toBe('.tl-span{fill-opacity: 0.35}\n.tl-attack .tl-span{fill: #c00}');
  });

  it('leaves out states, media and container queries, keeping plain selectors of a mixed rule', () => {
    const css = '.a:hover .b { fill: red; }\n.c, .d:focus-visible { fill: blue; }\n@media print { .e { fill: green; } }\n@container chart (max-width: 40rem) { .f { display: none; } }\n.g text { font-size: 12px; }';
    expect(standaloneCss(css, variables)).toBe('.c{fill: blue}\n.g text{font-size: 12px}');
  });
});
