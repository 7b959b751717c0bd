import { geoConicEqualArea, geoPath } from 'd3-geo';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection } from 'geojson';
import { merge } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { compactPathData } from '../svg-number.ts';

type SmallAtlas = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const nameOf = (country: { properties?: object | null }) => (country.properties as { name?: string } | undefined)?.name ?? '';

/** The frame every locator shares: from the Atlantic coast of West Africa to Afghanistan, from the Gulf of Guinea to Scandinavia. */
const EXTENT: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [-17, 4] } },
    { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [72, 4] } },
    { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [-10, 60] } },
    { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [72, 58] } },
  ],
};

export interface LocatorBase {
  width: number;
  height: number;
  /** All land in the frame, one path: drawn once per page and reused by every locator on it. */
  land: string;
  /** Every country name the atlas knows. */
  names: Set<string>;
}

interface Prepared {
  base: LocatorBase;
  path: (object: Parameters<ReturnType<typeof geoPath>>[0]) => string;
  topology: SmallAtlas;
}

const prepared = new Map<string, Prepared>();

/** Natural Earth 1:110m from world-atlas, simplified for a picture a few centimetres wide: read and projected once per size. */
function prepare(width: number, height: number): Prepared {
  const key = `${width}x${height}`;
  let result = prepared.get(key);
  if (!result) {
    const file = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
    const topology = simplify(presimplify(JSON.parse(readFileSync(file, 'utf8')) as never), 0.4) as unknown as SmallAtlas;
    const projection = geoConicEqualArea().parallels([15, 50]).rotate([-28, 0]).fitExtent([[2, 2], [width - 2, height - 2]], EXTENT);
    projection.clipExtent([[0, 0], [width, height]]);
    const geometry = geoPath(projection);
    const path = (object: Parameters<typeof geometry>[0]) => compactPathData(geometry(object) ?? '');
    const countries = topology.objects.countries;
    const land = path(merge(topology as never, countries.geometries as never));
    const names = new Set(countries.geometries.map(nameOf).filter(Boolean));
    result = { base: { width, height, land, names }, path, topology };
    prepared.set(key, result);
  }
  return result;
}

/** The shared frame of the locators, `width` by `height` units. */
export function locatorBase(width: number, height: number): LocatorBase {
  return prepare(width, height).base;
}

/**
 * A locator: the named countries as one outline, on the shared frame (the briefing cards'
 * thumbnails, which show at a glance where a briefing is about). Countries outside the frame
 * are clipped to it; names the atlas does not know are left out (countriesOfRegions reports them).
 */
export function layoutLocator(countries: readonly string[], size: { width: number; height: number }): { base: LocatorBase; highlight: string } {
  const { base, path, topology } = prepare(size.width, size.height);
  const wanted = new Set(countries);
  const geometries = topology.objects.countries.geometries.filter((country) => wanted.has(nameOf(country)));
  const highlight = geometries.length === 0 ? '' : path(merge(topology as never, geometries as never));
  return { base, highlight };
}
