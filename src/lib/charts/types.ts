import type { PartialDate } from '../dates/partial-date.ts';
import type { ChartKind } from '../schema/chart-data.ts';
import type { FigureDatumData, FigurePanelData } from '../schema/figures-data.ts';
import type { MapPlaceData } from '../schema/map-data.ts';
import type { NetworkActorData, NetworkRelationData } from '../schema/network-data.ts';
import type { TimelineEventData } from '../schema/timeline-data.ts';

/** Where a datum's quote was found: what its mark links to and what its Sources entry shows. */
export interface DatumCitation {
  slug: string;
  /** The passage's anchor on the source page: "p-5", "bio-1" … */
  anchor: string;
  /** "¶5", or "author bio" / "note 2" for furniture. */
  label: string;
  /** Site path of the passage (without base): "/sources/<slug>/#p-5". */
  path: string;
  publisher: string;
  /** The source's marker, as citations in prose show it: "Shafaq" in "[Shafaq ¶16]". */
  citeAs: string;
  title: string;
  /** The source's date at its precision: "31 March 2024". */
  published: string;
  /** The quoted words exactly as the source prints them (the matched span of the passage). */
  matched: string;
}

export type Cited<T> = T & { citation: DatumCitation };

export interface VerifiedTimelineEvent extends Cited<TimelineEventData> {
  when: PartialDate;
  /** "22 March 2024", "by September 2025", "2014": the date at its precision. */
  dateLabel: string;
  /** For `<time datetime>`: "2024-03-22", "2025-09", "2014". */
  iso: string;
}

interface ChartBase {
  /** The data file's name without extension: the chart's id in URLs and props. */
  id: string;
  title: string;
  caption: string;
}

export interface VerifiedTimeline extends ChartBase {
  kind: 'timeline';
  regions: string[];
  events: VerifiedTimelineEvent[];
}

export interface VerifiedMap extends ChartBase {
  kind: 'map';
  coordinatesNote: string;
  places: (Cited<MapPlaceData> & { label: string })[];
}

export interface VerifiedFigures extends ChartBase {
  kind: 'figures';
  panels: FigurePanelData[];
  figures: Cited<FigureDatumData>[];
}

export interface VerifiedNetwork extends ChartBase {
  kind: 'network';
  seed: number;
  actors: Cited<NetworkActorData>[];
  relations: Cited<NetworkRelationData>[];
}

export type VerifiedChart = VerifiedTimeline | VerifiedMap | VerifiedFigures | VerifiedNetwork;

export type ChartOfKind<K extends ChartKind> = Extract<VerifiedChart, { kind: K }>;
