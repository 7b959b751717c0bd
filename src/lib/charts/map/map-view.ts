import { chartDomId } from '../dom-ids.ts';
import type { Rect } from '../rect.ts';
import { symbolPath } from '../symbols.ts';
import type { ChartSourceEntry, SiteLink, VerifiedMap } from '../types.ts';
import { MAP_ROLES, type MapRole } from '../../schema/map-data.ts';
import type { Atlas } from './atlas.ts';
import { layoutMap, type MapLayout, type MapPanelLayout } from './layout-map.ts';
import { NARROW_MAP, WIDE_MAP, type MapFrames } from './map-frames.ts';
import { MAP_ROLE_STYLE } from './map-roles.ts';

type Place = VerifiedMap['places'][number];

/** Line patterns of a country's fill, on a 6-unit tile; the `dots` pattern is a circle instead. */
const PATTERN_LINES: Record<Exclude<(typeof MAP_ROLE_STYLE)[MapRole]['pattern'], 'dots'>, string> = {
  hatch: 'M-1,1l2,-2M0,6l6,-6M5,7l2,-2',
  cross: 'M0,0L6,6M6,0L0,6',
  horizontal: 'M0,1.5H6M0,4.5H6',
  vertical: 'M1.5,0V6M4.5,0V6',
};

/** A role's fill for countries: a `<pattern>` with a dot or with lines (`lines`, its path data). */
export type MapPattern = { id: string; className: string } & ({ dots: true } | { dots: false; lines: string });

/** A mark's link: the place's source paragraph, and the accessible name of the mark. */
export interface MapMarkLink {
  href: string;
  class: string;
  'data-id': string;
  'data-ref': string;
  'aria-label': string;
}

/** A label's link: the same destination as its mark, for pointers only. */
export interface MapLabelLink {
  href: string;
  class: string;
  'data-ref': string;
  tabindex: '-1';
  'aria-hidden': 'true';
}

export interface MapLegendEntry {
  className: string;
  text: string;
  /** The swatch of the role's countries, when a country has the role. */
  area: MapPattern | undefined;
  /** The symbol of the role's places, when a place has it. */
  symbol: string | undefined;
}

export interface MapPanelView {
  name: 'main' | 'inset';
  frame: Rect;
  clipId: string;
  land: string;
  borders: string;
  contextOutline: string;
  countries: { link: MapMarkLink; path: string; fill: string }[];
  /** Where the inset's area lies: drawn on the main panel only. */
  locator: Rect | undefined;
  context: MapPanelLayout['context'];
  leaders: string[];
  points: { link: MapMarkLink; x: number; y: number; symbol: string }[];
  labels: (MapPanelLayout['labels'][number] & { link: MapLabelLink })[];
}

export interface MapPictureView {
  name: 'wide' | 'narrow';
  width: number;
  height: number;
  /** The patterns of the roles countries have: each SVG has its own, since a pattern in a hidden SVG paints nothing in the other. */
  patterns: MapPattern[];
  main: MapPanelView;
  inset: MapPanelView;
}

export interface MapTableRow {
  id: string;
  label: string;
  legend: string;
  /** "Marker at 33.3° N, 44.4° E (inset): approximate locator position" or "Country outline". */
  drawnAs: string;
  citation: Place['citation'];
}

export interface MapView {
  /** The SVGs' aria-labelledby: the chart's title and summary. */
  labelledBy: string;
  summary: string;
  sources: ChartSourceEntry[];
  legend: MapLegendEntry[];
  pictures: MapPictureView[];
  rows: MapTableRow[];
}

export interface MapViewOptions {
  atlas: Atlas;
  link: SiteLink;
  /** The wide picture's frames (inset beside the main map) and the phone's (inset below it). Default WIDE_MAP and NARROW_MAP. */
  frames?: { wide: MapFrames; narrow: MapFrames };
}

/** The text of the data table's "Drawn as" cell of a place. */
export function mapDrawnAs(place: Pick<Place, 'at' | 'inset'>): string {
  return place.at ? `Marker at ${place.at[1]}° N, ${place.at[0]}° E${place.inset ? ' (inset)' : ''}: approximate locator position` : 'Country outline';
}

/**
 * What the map component renders: both pictures laid out, with every mark's link and
 * accessible name, the legend of the roles used, the Sources entries and the data table's rows.
 * Throws when a label found no free position in either picture.
 */
export function mapView(chart: VerifiedMap, options: MapViewOptions): MapView {
  const ids = chartDomId(chart.id);
  const frames = options.frames ?? { wide: WIDE_MAP, narrow: NARROW_MAP };
  const layouts: { layout: MapLayout; name: MapPictureView['name'] }[] = [
    { layout: layoutMap(chart.places, { atlas: options.atlas, ...frames.wide }), name: 'wide' },
    { layout: layoutMap(chart.places, { atlas: options.atlas, ...frames.narrow }), name: 'narrow' },
  ];
  for (const { layout } of layouts) {
    if (layout.unplaced.length > 0) throw new Error(`Map "${chart.id}": no free position for the labels of ${layout.unplaced.join(', ')}. Enlarge the map or shorten the labels.`);
  }
  const byId = new Map(chart.places.map((place) => [place.id, place]));
  const placeOf = (id: string) => byId.get(id)!;
  const usedRoles = MAP_ROLES.filter((role) => chart.places.some((place) => place.role === role));
  const isArea = (role: MapRole) => chart.places.some((place) => place.role === role && place.country !== undefined);
  const isPoint = (role: MapRole) => chart.places.some((place) => place.role === role && place.at !== undefined);
  const symbolOf = (role: MapRole) => symbolPath(MAP_ROLE_STYLE[role].symbol, 90);
  const patternId = (role: MapRole, svg: string) => ids.def(`${svg}-pattern-${role}`);
  const pattern = (role: MapRole, svg: string): MapPattern => {
    const style = MAP_ROLE_STYLE[role].pattern;
    const base = { id: patternId(role, svg), className: `map-${role}` };
    return style === 'dots' ? { ...base, dots: true } : { ...base, dots: false, lines: PATTERN_LINES[style] };
  };
  const markLink = (id: string): MapMarkLink => {
    const place = placeOf(id);
    return {
      href: options.link(place.citation.path),
      class: `chart-mark map-place map-${place.role}`,
      'data-id': id,
      'data-ref': ids.source(id),
      'aria-label': `${place.label}: ${MAP_ROLE_STYLE[place.role].legend}. Source: ${place.citation.publisher}, ${place.citation.label}.`,
    };
  };
  // A place's name is a second way to its link, for pointers (a bigger target than a small
  // country); keyboard and screen-reader users have the mark itself, so it is out of both.
  const labelLink = (id: string): MapLabelLink => {
    const place = placeOf(id);
    return { href: options.link(place.citation.path), class: `chart-label-link map-${place.role}`, 'data-ref': ids.source(id), tabindex: '-1', 'aria-hidden': 'true' };
  };
  const panelView = (panel: MapPanelLayout, name: MapPanelView['name'], svg: string, layout: MapLayout): MapPanelView => ({
    name,
    frame: panel.frame,
    clipId: ids.def(`${svg}-${name}-clip`),
    land: panel.land,
    borders: panel.borders,
    contextOutline: panel.contextOutline,
    countries: panel.countries.map((country) => ({ link: markLink(country.id), path: country.path, fill: `url(#${patternId(placeOf(country.id).role, svg)})` })),
    locator: name === 'main' ? layout.locator : undefined,
    context: panel.context,
    leaders: panel.labels.flatMap((label) => (label.leader ? [label.leader] : [])),
    points: panel.points.map((point) => ({ link: markLink(point.id), x: point.x, y: point.y, symbol: symbolOf(placeOf(point.id).role) })),
    labels: panel.labels.map((label) => ({ ...label, link: labelLink(label.id) })),
  });
  return {
    labelledBy: `${ids.title} ${ids.summary}`,
    summary: `Map of ${chart.places.length} countries and places the sources name, from West Africa to Afghanistan, with an inset for Iraq and Syria. The Data table below lists every place, its role and source.`,
    sources: chart.places.map((place) => ({ id: place.id, label: `${place.label} — ${MAP_ROLE_STYLE[place.role].legend}`, citation: place.citation, note: place.note })),
    legend: usedRoles.map((role) => ({
      className: `map-${role}`,
      text: MAP_ROLE_STYLE[role].legend,
      area: isArea(role) ? pattern(role, 'key') : undefined,
      symbol: isPoint(role) ? symbolOf(role) : undefined,
    })),
    pictures: layouts.map(({ layout, name }) => ({
      name,
      width: layout.width,
      height: layout.height,
      patterns: usedRoles.filter(isArea).map((role) => pattern(role, name)),
      main: panelView(layout.main, 'main', name, layout),
      inset: panelView(layout.inset, 'inset', name, layout),
    })),
    rows: chart.places.map((place) => ({ id: place.id, label: place.label, legend: MAP_ROLE_STYLE[place.role].legend, drawnAs: mapDrawnAs(place), citation: place.citation })),
  };
}
