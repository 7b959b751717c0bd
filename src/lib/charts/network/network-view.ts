import { chartDomId } from '../dom-ids.ts';
import { symbolPath } from '../symbols.ts';
import type { ChartSourceEntry, SiteLink, VerifiedNetwork } from '../types.ts';
import { ACTOR_TYPES, RELATION_TYPES, type ActorType, type RelationType } from '../../schema/network-data.ts';
import type { NetworkEdge, NetworkLayoutOptions, NetworkNode } from './layout-network.ts';
import { NARROW_NETWORK, WIDE_NETWORK, layoutNetworkCached } from './network-frames.ts';
import { ACTOR_STYLE, RELATION_STYLE } from './network-styles.ts';

type Actor = VerifiedNetwork['actors'][number];
type Relation = VerifiedNetwork['relations'][number];
type RelationStyle = (typeof RELATION_STYLE)[RelationType];
type Frame = Omit<NetworkLayoutOptions, 'seed'>;

/** A mark's link: its source paragraph and its accessible name; a relation's also names the actors it joins. */
export interface NetworkMarkLink {
  href: string;
  class: string;
  'data-id': string;
  'data-ref': string;
  'data-from'?: string;
  'data-to'?: string;
  'aria-label': string;
}

export interface NetworkEdgeView extends NetworkEdge {
  /** The line's class when it is drawn without its label, as an overview line. */
  className: string;
  style: RelationStyle;
  /** Set when the relation is labelled: then the line is a link to its source. */
  link: NetworkMarkLink | undefined;
}

export interface NetworkPictureView {
  className: string;
  width: number;
  height: number;
  edges: NetworkEdgeView[];
  nodes: (NetworkNode & { link: NetworkMarkLink; symbol: string })[];
}

export interface NetworkView {
  /** The SVGs' aria-labelledby: the chart's title and summary. */
  labelledBy: string;
  summary: string;
  sources: ChartSourceEntry[];
  /** The key: the actor types and the relation types the chart has, in the schema's order. */
  actorKey: { className: string; symbol: string; name: string }[];
  relationKey: { className: string; style: RelationStyle; type: RelationType }[];
  pictures: NetworkPictureView[];
  /** Every relation, as the list beside the phone's picture and the data table give it. */
  relations: { id: string; className: string; style: RelationStyle; from: string; type: RelationType; to: string; href: string; sourceRef: string; citation: Relation['citation'] }[];
}

/** An actor type as a class name: "jihadist group" → "jihadist-group". */
export function actorTypeClass(type: ActorType): string {
  return type.replace(/\s+/gu, '-');
}

/** A relation as a sentence: "Islamic State fights Hayat Tahrir al-Sham". */
export function relationSentence(relation: Pick<Relation, 'from' | 'type' | 'to'>, actorLabel: (id: string) => string): string {
  return `${actorLabel(relation.from)} ${relation.type} ${actorLabel(relation.to)}`;
}

/**
 * What the network component renders: the wide picture and the phone's laid out (a seeded
 * d3-force layout), each relation and actor with its link and accessible name, the key of the
 * types used, the Sources entries (relations, then actors) and the relations' list and table.
 * Throws when a label found no free position in either picture.
 */
export function networkView(chart: VerifiedNetwork, options: { link: SiteLink; frames?: { wide: Frame; narrow: Frame } }): NetworkView {
  const ids = chartDomId(chart.id);
  const frames = options.frames ?? { wide: WIDE_NETWORK, narrow: NARROW_NETWORK };
  const layouts = [
    { layout: layoutNetworkCached(chart.actors, chart.relations, { ...frames.wide, seed: chart.seed }), className: 'net-wide' },
    { layout: layoutNetworkCached(chart.actors, chart.relations, { ...frames.narrow, seed: chart.seed }), className: 'net-narrow' },
  ];
  for (const { layout } of layouts) {
    if (layout.unplaced.length > 0) throw new Error(`Network "${chart.id}": no free position for the labels of ${layout.unplaced.join(', ')}. Change the seed or enlarge the chart.`);
  }
  const actorById = new Map(chart.actors.map((actor) => [actor.id, actor]));
  const relationById = new Map(chart.relations.map((relation) => [relation.id, relation]));
  const actorLabel = (id: string) => actorById.get(id)!.label;
  const symbols = Object.fromEntries(ACTOR_TYPES.map((type) => [type, symbolPath(ACTOR_STYLE[type].symbol, ACTOR_STYLE[type].symbol === 'star' ? 230 : 190)])) as Record<ActorType, string>;
  const actorTypeName = (actor: Actor) => ACTOR_STYLE[actor.type].name.toLowerCase();
  const edgeView = (edge: NetworkEdge): NetworkEdgeView => {
    const relation = relationById.get(edge.id)!;
    const style = RELATION_STYLE[relation.type];
    // Without its label a relation is an overview line, not a link: the list beside the picture names and links it.
    const link = edge.label
      ? {
          href: options.link(relation.citation.path),
          class: `chart-mark net-edge net-${style.family}`,
          'data-id': edge.id,
          'data-ref': ids.source(edge.id),
          'data-from': edge.from,
          'data-to': edge.to,
          'aria-label': `${relationSentence(relation, actorLabel)}. Source: ${relation.citation.publisher}, ${relation.citation.label}.`,
        }
      : undefined;
    return { ...edge, className: `net-edge net-${style.family}`, style, link };
  };
  const nodeView = (node: NetworkNode) => {
    const actor = actorById.get(node.id)!;
    return {
      ...node,
      link: {
        href: options.link(actor.citation.path),
        class: `chart-mark net-node net-actor-${actorTypeClass(actor.type)}`,
        'data-id': node.id,
        'data-ref': ids.source(`actor-${node.id}`),
        'aria-label': `${actor.label} (${actorTypeName(actor)}). Source: ${actor.citation.publisher}, ${actor.citation.label}.`,
      },
      symbol: symbols[actor.type],
    };
  };
  return {
    labelledBy: `${ids.title} ${ids.summary}`,
    summary: `Network of ${chart.actors.length} actors and ${chart.relations.length} relations between them, each cited. The Data table below lists every relation with its source.`,
    sources: [
      ...chart.relations.map((relation) => ({ id: relation.id, label: relationSentence(relation, actorLabel), citation: relation.citation, note: relation.note })),
      ...chart.actors.map((actor) => ({ id: `actor-${actor.id}`, label: `${actor.label} — ${actorTypeName(actor)}`, citation: actor.citation, note: actor.note })),
    ],
    actorKey: ACTOR_TYPES.filter((type) => chart.actors.some((actor) => actor.type === type)).map((type) => ({
      className: `net-actor-${actorTypeClass(type)}`,
      symbol: symbols[type],
      name: ACTOR_STYLE[type].name,
    })),
    relationKey: RELATION_TYPES.filter((type) => chart.relations.some((relation) => relation.type === type)).map((type) => ({
      className: `net-${RELATION_STYLE[type].family}`,
      style: RELATION_STYLE[type],
      type,
    })),
    pictures: layouts.map(({ layout, className }) => ({
      className,
      width: layout.width,
      height: layout.height,
      edges: layout.edges.map(edgeView),
      nodes: layout.nodes.map(nodeView),
    })),
    relations: chart.relations.map((relation) => ({
      id: relation.id,
      className: `net-${RELATION_STYLE[relation.type].family}`,
      style: RELATION_STYLE[relation.type],
      from: actorLabel(relation.from),
      type: relation.type,
      to: actorLabel(relation.to),
      href: options.link(relation.citation.path),
      sourceRef: ids.source(relation.id),
      citation: relation.citation,
    })),
  };
}
