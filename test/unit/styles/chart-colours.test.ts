import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(import.meta.dirname, '../../../src/styles/global.css'), 'utf8');

/** The custom properties of the light theme (:root) and the dark one (prefers-color-scheme: dark). */
function theme(which: 'light' | 'dark'): Map<string, string> {
  const dark = css.indexOf('@media screen and (prefers-color-scheme: dark)');
  const block = which === 'light' ? css.slice(css.indexOf(':root'), dark) : css.slice(dark, css.indexOf('}\n}', dark));
  return new Map([...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/giu)].map((match) => [match[1]!, match[2]!]));
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

describe.each(['light', 'dark'] as const)('chart colours, %s theme (WCAG 2.2 AA)', (which) => {
  const vars = theme(which);
  const chart = [1, 2, 3, 4, 5, 6].map((n) => `--chart-${n}`);

  it('defines every chart colour', () => {
    for (const name of [...chart, '--chart-land', '--chart-land-edge', '--chart-grid']) expect(vars.get(name), name).toMatch(/^#/u);
  });

  it('gives each categorical colour 4.5:1 against the page (it also colours small text) and 3:1 against land', () => {
    for (const name of chart) {
      expect(contrast(vars.get(name)!, vars.get('--bg')!), `${name} on --bg`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(vars.get(name)!, vars.get('--chart-land')!), `${name} on --chart-land`).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps chart text (--text, --muted) readable on land and page', () => {
    for (const background of ['--bg', '--chart-land']) {
      expect(contrast(vars.get('--text')!, vars.get(background)!)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(vars.get('--muted')!, vars.get(background)!)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
