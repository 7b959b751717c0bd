import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology, GeometryCollection } from 'topojson-specification';

export type CountryProperties = { name: string };
export type Atlas = Topology<{ countries: GeometryCollection<CountryProperties>; land: GeometryCollection }>;

let atlas: Atlas | undefined;

/**
 * Natural Earth 1:50m countries from the world-atlas package (TopoJSON, already quantized),
 * read from node_modules once per process: nothing is fetched.
 */
export function readAtlas(): Atlas {
  if (!atlas) {
    const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
    atlas = JSON.parse(readFileSync(path, 'utf8')) as Atlas;
  }
  return atlas;
}

/** Every country name the map can draw, as world-atlas spells it. */
export function atlasCountryNames(): string[] {
  return readAtlas().objects.countries.geometries.map((geometry) => (geometry.properties as CountryProperties | undefined)?.name ?? '').filter(Boolean).sort();
}
