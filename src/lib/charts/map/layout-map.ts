import { geoBounds, geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { Cited } from '../types.ts';
import type { MapPlaceData } from '../../schema/map-data.ts';
import { placeLabels } from '../place-labels.ts';
import { rectAtLeast, type Rect } from '../rect.ts';
import { compactPathData } from '../svg-number.ts';
import { estimateTextWidth } from '../text-width.ts';
import type { Atlas, CountryProperties } from './atlas.ts';

export const MAP_FONT = { label: 12, inset: 12, context: 12 } as const;
/** Least size of a label's target (its link), in SVG units: WCAG 2.2 2.5.8 asks for 24 CSS pixels. */
const TARGET_SIZE = 24;
/** Half the size of a place's marker box, and the gap kept around labels: a label's first ring sits just clear of its own marker. */
const MARKER_HALF = 7;
const LABEL_GAP = 2;

type Place = Cited<MapPlaceData> & { label: string };
type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;

export interface MapPanelLayout {
  /** The panel's frame in the SVG. */
  frame: Rect;
  /** All land in the frame, one path. */
  land: string;
  /** Borders between countries, one path. */
  borders: string;
  /** The named countries, each a mark. */
  countries: { id: string; path: string }[];
  /** The named places, each a mark. */
  points: { id: string; x: number; y: number }[];
  /** Labels of countries and places: text position and, when moved off its anchor, a leader line. */
  labels: { id: string; text: string; x: number; y: number; anchor: 'start' | 'middle' | 'end'; box: Rect; target: Rect; leader?: string }[];
  /** Unlinked context labels (the inset's country names). */
  context: { text: string; x: number; y: number }[];
  /** Outline of the context countries (the inset's Iraq and Syria), drawn stronger than other borders. */
  contextOutline: string;
}

export interface MapLayout {
  width: number;
  height: number;
  main: MapPanelLayout;
  inset: MapPanelLayout;
  /** Where the inset's area lies on the main map. */
  locator: Rect;
  /** Labels that found no free position (should be empty; tests check it). */
  unplaced: string[];
}

function largestPolygon(country: CountryFeature): Polygon {
  if (country.geometry.type === 'Polygon') return country.geometry;
  let best: Position[][] = country.geometry.coordinates[0] ?? [];
  let bestArea = -1;
  for (const rings of country.geometry.coordinates) {
    const [minX = 0, minY = 0, maxX = 0, maxY = 0] = [...boundsOf(rings[0] ?? [])];
    const area = (maxX - minX) * (maxY - minY);
    if (area > bestArea) {
      best = rings;
      bestArea = area;
    }
  }
  return { type: 'Polygon', coordinates: best };
}

function boundsOf(ring: Position[]): [number, number, number, number] {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [x = 0, y = 0] of ring) {
    minX = Math.min(minX, x); minY = Math.min(minY, y); maxX = Math.max(maxX, x); maxY = Math.max(maxY, y);
  }
  return [minX, minY, maxX, maxY];
}

/** An equal-area conic fitted to the features: centred on their longitudes, standard parallels inside their latitudes. */
function fittedProjection(fit: FeatureCollection, frame: Rect, padding: number): GeoProjection {
  const [[west, south], [east, north]] = geoBounds(fit);
  const centre = (west + east) / 2;
  const span = north - south;
  const projection = geoConicEqualArea()
    .parallels([south + span / 6, north - span / 6])
    .rotate([-centre, 0])
    .fitExtent([[frame.x + padding, frame.y + padding], [frame.x + frame.width - padding, frame.y + frame.height - padding]], fit);
  return projection.clipExtent([[frame.x, frame.y], [frame.x + frame.width, frame.y + frame.height]]);
}

interface SimplifiedAtlas {
  countries: CountryFeature[];
  topology: Topology;
}

const simplified = new Map<number, SimplifiedAtlas>();

/** The atlas with Visvalingam simplification at a minimum triangle area (square degrees): cached per weight. */
function simplifiedAtlas(atlas: Atlas, minWeight: number): SimplifiedAtlas {
  let entry = simplified.get(minWeight);
  if (!entry) {
    const topology: Topology = simplify(presimplify(atlas as never), minWeight);
    const countries = (feature(topology, topology.objects.countries as GeometryObject) as unknown as FeatureCollection<Polygon | MultiPolygon, CountryProperties>).features;
    entry = { countries, topology };
    simplified.set(minWeight, entry);
  }
  return entry;
}

function panel(options: {
  atlas: SimplifiedAtlas;
  frame: Rect;
  fitTo: CountryFeature[];
  extraPoints: Position[];
  countries: Place[];
  points: Place[];
  padding: number;
  labelHeight: number;
  contextNames?: string[];
}): { layout: MapPanelLayout; unplaced: string[]; projection: GeoProjection } {
  const { frame } = options;
  const fit: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      ...options.fitTo.map((country): Feature => ({ type: 'Feature', properties: {}, geometry: largestPolygon(country) })),
      ...options.extraPoints.map((point): Feature => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: point } })),
    ],
  };
  const projection = fittedProjection(fit, frame, options.padding);
  const geometry = geoPath(projection).digits(1);
  // Outlines as compact relative path data on whole units: a unit is about a pixel where maps are shown.
  const path = Object.assign((object: Parameters<typeof geometry>[0]) => compactPathData(geometry(object) ?? ''), { centroid: geometry.centroid, area: geometry.area });
  const byName = new Map(options.atlas.countries.map((country) => [country.properties.name, country]));
  const topology = options.atlas.topology;
  const countriesObject = topology.objects.countries as GeometryObject;
  const land = path(merge(topology as never, (countriesObject as unknown as { geometries: never[] }).geometries)) ?? '';
  const borders = path(mesh(topology, countriesObject, (a, b) => a !== b)) ?? '';

  const countries = options.countries.map((place) => ({ id: place.id, path: path(byName.get(place.country ?? '')!) ?? '' }));
  const points = options.points.map((place) => {
    const [x = 0, y = 0] = projection(place.at as [number, number]) ?? [];
    return { id: place.id, x, y };
  });

  // Labels: places first (their markers are small and their names matter most), then countries by size.
  const markerBoxes: Rect[] = points.map((point) => ({ x: point.x - MARKER_HALF, y: point.y - MARKER_HALF, width: 2 * MARKER_HALF, height: 2 * MARKER_HALF }));
  const preferred = (place: Place) => {
    if (!place.labelAt) return {};
    const [x = 0, y = 0] = projection(place.labelAt as [number, number]) ?? [];
    return { preferred: { x, y } };
  };
  const requests = [
    ...options.points.map((place, i) => ({ id: place.id, text: place.label, anchor: { x: points[i]!.x, y: points[i]!.y }, centered: false, ...preferred(place) })),
    ...options.countries
      .map((place) => {
        const country = byName.get(place.country ?? '')!;
        const [x = 0, y = 0] = path.centroid(largestPolygon(country));
        const area = path.area(largestPolygon(country));
        return { id: place.id, text: place.label, anchor: { x, y }, centered: true, area, ...preferred(place) };
      })
      .sort((a, b) => b.area - a.area || a.id.localeCompare(b.id)),
  ].map((request) => ({ ...request, width: estimateTextWidth(request.text, MAP_FONT.label) + 6, height: options.labelHeight }));
  const contextRequests = (options.contextNames ?? []).map((name) => {
    const country = byName.get(name)!;
    const [x = 0, y = 0] = path.centroid(largestPolygon(country));
    return { id: `context-${name}`, text: name.toUpperCase(), anchor: { x, y }, centered: true, width: estimateTextWidth(name.toUpperCase(), MAP_FONT.context) * 1.1 + 4, height: MAP_FONT.context + 4 };
  });
  const { labels: placed, unplaced } = placeLabels([...requests, ...contextRequests], {
    bounds: { x: frame.x + 2, y: frame.y + 2, width: frame.width - 4, height: frame.height - 4 },
    obstacles: markerBoxes,
    // Past the marker's own box and the gap, so the nearest ring is usable and needs no leader line.
    offset: MARKER_HALF + LABEL_GAP + 1,
    gap: LABEL_GAP,
  });
  const labels = placed
    .filter((label) => !label.id.startsWith('context-'))
    .map((label) => {
      const request = requests.find((candidate) => candidate.id === label.id)!;
      const y = label.box.y + label.box.height / 2 + MAP_FONT.label * 0.35;
      const x = label.textAnchor === 'start' ? label.box.x + 3 : label.textAnchor === 'end' ? label.box.x + label.box.width - 3 : label.box.x + label.box.width / 2;
      let leader: string | undefined;
      if (label.displaced || (request.centered && !rectContains(label.box, request.anchor))) {
        const to = nearestPointOnRect(label.box, request.anchor);
        leader = `M${r(request.anchor.x)},${r(request.anchor.y)}L${r(to.x)},${r(to.y)}`;
      }
      return { id: label.id, text: request.text, x, y, anchor: label.textAnchor, box: label.box, target: rectAtLeast(label.box, TARGET_SIZE), ...(leader ? { leader } : {}) };
    });
  const context = placed
    .filter((label) => label.id.startsWith('context-') && !unplaced.includes(label.id))
    .map((label) => ({ text: label.id.slice('context-'.length).toUpperCase(), x: label.box.x + label.box.width / 2, y: label.box.y + label.box.height / 2 + MAP_FONT.context * 0.35 }));
  const contextOutline = path({ type: 'FeatureCollection', features: (options.contextNames ?? []).map((name) => byName.get(name)!) }) ?? '';
  return {
    layout: { frame, land, borders, countries, points, labels, context, contextOutline },
    unplaced: unplaced.filter((id) => !id.startsWith('context-')),
    projection,
  };
}

/** The editors' label positions: the map's extent includes them, so a label set over the sea has room. */
function labelPositions(places: readonly Place[]): Position[] {
  return places.flatMap((place) => (place.labelAt ? [place.labelAt as Position] : []));
}

function r(value: number): number {
  return Math.round(value * 10) / 10;
}

function rectContains(box: Rect, point: { x: number; y: number }): boolean {
  return point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height;
}

function nearestPointOnRect(box: Rect, point: { x: number; y: number }): { x: number; y: number } {
  return { x: Math.min(Math.max(point.x, box.x), box.x + box.width), y: Math.min(Math.max(point.y, box.y), box.y + box.height) };
}

export interface LayoutMapOptions {
  atlas: Atlas;
  /** The main map's frame and the inset's, in SVG units. */
  main: Rect;
  inset: Rect;
  /** Countries whose area the inset shows (it is fitted to them). Default Iraq and Syria. */
  insetCountries?: string[];
  /** Minimum triangle area (square degrees) kept by simplification, main map and inset. */
  simplify?: { main: number; inset: number };
  /** Height of a label's box: the text and the room kept around it. Default the text's height plus 4. */
  labelHeight?: number;
}

/**
 * The map: a main panel fitted to every named country and place (each country by its largest
 * polygon, so France's overseas departments do not stretch it), on an equal-area conic, and an
 * inset fitted to Iraq and Syria for the places marked `inset`. Geometry is Natural Earth from
 * world-atlas, simplified (Visvalingam) to the scale of each panel, clipped to its frame and
 * written with one decimal. Labels are placed so that none overlaps another or a marker.
 */
export function layoutMap(places: readonly Place[], options: LayoutMapOptions): MapLayout {
  const weights = options.simplify ?? { main: 0.06, inset: 0.002 };
  const labelHeight = options.labelHeight ?? MAP_FONT.label + 4;
  const mainAtlas = simplifiedAtlas(options.atlas, weights.main);
  const insetAtlas = simplifiedAtlas(options.atlas, weights.inset);
  const insetNames = options.insetCountries ?? ['Iraq', 'Syria'];
  const byName = (atlas: SimplifiedAtlas, name: string) => atlas.countries.find((country) => country.properties.name === name)!;

  const mainCountries = places.filter((place) => place.country !== undefined && !place.inset);
  const mainPoints = places.filter((place) => place.at !== undefined && !place.inset);
  const insetPoints = places.filter((place) => place.at !== undefined && place.inset);

  const main = panel({
    atlas: mainAtlas,
    frame: options.main,
    fitTo: mainCountries.map((place) => byName(mainAtlas, place.country!)),
    extraPoints: [...mainPoints.map((place) => place.at as Position), ...labelPositions(places.filter((place) => !place.inset))],
    countries: mainCountries,
    points: mainPoints,
    padding: 14,
    labelHeight,
  });
  const insetFit = insetNames.map((name) => byName(insetAtlas, name));
  const inset = panel({
    atlas: insetAtlas,
    frame: options.inset,
    fitTo: insetFit,
    extraPoints: [...insetPoints.map((place) => place.at as Position), ...labelPositions(insetPoints)],
    countries: [],
    points: insetPoints,
    padding: 18,
    labelHeight,
    contextNames: insetNames,
  });

  // The locator: the inset's area, as the main projection sees the inset countries.
  const locatorPath = geoPath(main.projection);
  const [[x0, y0], [x1, y1]] = locatorPath.bounds({ type: 'FeatureCollection', features: insetFit.map((country): Feature => ({ type: 'Feature', properties: {}, geometry: largestPolygon(country) })) });
  const locator = { x: x0 - 3, y: y0 - 3, width: x1 - x0 + 6, height: y1 - y0 + 6 };
  const unplaced = [...main.unplaced, ...inset.unplaced];
  return {
    width: options.inset.x + options.inset.width,
    height: Math.max(options.main.y + options.main.height, options.inset.y + options.inset.height),
    main: main.layout,
    inset: inset.layout,
    locator,
    unplaced,
  };
}
