import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutLocator, locatorBase } from '../../../../src/lib/charts/locator/layout-locator.ts';
import { REGION_COUNTRIES, countriesOfRegions } from '../../../../src/lib/charts/locator/region-countries.ts';
import { hasBadNumber } from '../../../helpers/charts.ts';

const SIZE = { width: 160, height: 100 };
const names = locatorBase(SIZE.width, SIZE.height).names;

describe('countriesOfRegions', () => {
  it('expands groupings, keeps countries, lists each once, and reports regions it cannot place', () => {
    const { countries, unknown } = countriesOfRegions(['Sahel', 'West Africa', 'Iraq', 'Atlantis'], names);
    expect(countries).toContain('Chad');
    expect(countries).toContain('Ghana');
    expect(countries).toContain('Iraq');
    expect(countries.filter((country) => country === 'Mali')).toHaveLength(1);
    expect(unknown).toEqual(['Atlantis']);
  });

  it('names only countries the atlas knows', () => {
    for (const [region, members] of Object.entries(REGION_COUNTRIES)) for (const country of members) expect(names.has(country), `${region}: ${country}`).toBe(true);
  });

  it('places every region the briefings name', () => {
    const directory = join(import.meta.dirname, '../../../../content/briefings');
    for (const file of readdirSync(directory).filter((name) => name.endsWith('.mdx'))) {
      const regions = JSON.parse(/^regions:\s*(\[.*\])\s*$/mu.exec(readFileSync(join(directory, file), 'utf8'))?.[1] ?? '[]') as string[];
      expect(countriesOfRegions(regions, names).unknown, file).toEqual([]);
    }
  });
});

describe('layoutLocator', () => {
  it('draws the shared land once and each briefing’s countries as one outline inside the frame, in compact path data', () => {
    const iraq = layoutLocator(['Iraq'], SIZE);
    const sahel = layoutLocator(['Mali', 'Niger'], SIZE);
    expect(iraq.base).toBe(sahel.base);
    expect(iraq.base.land.length).toBeGreaterThan(500);
    expect(iraq.base.land.length).toBeLessThan(8000);
    expect(iraq.highlight).toMatch(/^M\d+,\d+l/u);
    expect(iraq.highlight).not.toBe(sahel.highlight);
    expect(hasBadNumber(iraq.highlight + iraq.base.land)).toBe(false);
    // Iraq lies east of Mali.
    const firstX = (path: string) => Number(/^M(\d+)/u.exec(path)?.[1]);
    expect(firstX(iraq.highlight)).toBeGreaterThan(firstX(sahel.highlight));
    expect(layoutLocator([], SIZE).highlight).toBe('');
  });
});
