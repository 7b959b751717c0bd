import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { randomLcg } from 'd3-random';
import type { NetworkActorData, NetworkRelationData } from '../../schema/network-data.ts';
import { placeLabels } from '../place-labels.ts';
import { rectAtLeast, type Rect } from '../rect.ts';
import { estimateTextWidth, wrapText } from '../text-width.ts';
import { RELATION_STYLE } from './network-styles.ts';

export const NETWORK_FONT = { actor: 13, relation: 10.5 } as const;
const NODE_RADIUS = 9;
/** Line height of a wrapped actor name, in ems. */
const LINE_HEIGHT = 1.2;

/** How a network is drawn in a frame: the wide picture by default; a phone's tall narrow one sets its own. */
export interface NetworkLayoutOptions {
  width: number;
  height: number;
  seed: number;
  ticks?: number;
  attempts?: number;
  /** Font sizes of actors' names and relations' labels, in SVG units. Default NETWORK_FONT. */
  fonts?: { actor: number; relation: number };
  /** Pull of each axis towards the centre: a stronger x than y lays the actors out in a tall column. Default 0.06 and 0.1. */
  pull?: { x: number; y: number };
  /** Room kept at the frame's left and right and its top and bottom, for names beside edge nodes. Default 90 and 36. */
  margin?: { x: number; y: number };
  /** Wrap actors' names longer than this onto more lines (in SVG units). Default: never. */
  nameWidth?: number;
  /** Least height of a label's box, which is also its link's target: 24 on a phone meets WCAG 2.5.8. Default: the text's height. */
  labelHeight?: number;
  /** Write each relation's type on its line. Default true; a phone's picture lists the relations beside it instead. */
  labelRelations?: boolean;
  /** How far from its node a name may sit clear of the lines, in multiples of the node's offset, before it takes the nearest free place whatever crosses it. Default [1, 2.5]. */
  nameRings?: number[];
  /** Least size of an actor's target (its name's box, grown): 24 on a phone meets WCAG 2.2 2.5.8. Default: the name's box. */
  targetSize?: number;
}

interface Node extends SimulationNodeDatum {
  id: string;
}

export interface NetworkNode {
  id: string;
  x: number;
  y: number;
  /** The name: its lines (one unless wrapped), the first line's baseline at y, each next line `lineHeight` below. */
  label: { text: string; lines: string[]; lineHeight: number; x: number; y: number; anchor: 'start' | 'middle' | 'end'; box: Rect; target: Rect };
}

export interface NetworkEdge {
  id: string;
  from: string;
  to: string;
  /** Path data: a line, or a curve when two actors share several relations. */
  path: string;
  directed: boolean;
  /** Arrowhead at the `to` end, for directed relations. */
  arrow?: string;
  /** The relation's type written on it; absent in a picture drawn without relation labels. */
  label?: { text: string; x: number; y: number; box: Rect };
}

export interface NetworkLayout {
  width: number;
  height: number;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  unplaced: string[];
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * The actor network: d3-force (links, many-body repulsion, collision, centring) run to
 * completion at build time with a seeded random source (d3's randomLcg), so the same data and
 * seed always give the same picture; then fitted to the frame. Several relations between the
 * same two actors are drawn as separate curves. Labels of actors and relations are placed so
 * that none overlaps another or a node. Several seeds (seed, seed + 1, …) are tried and the most
 * readable layout kept (no relation through another actor, all labels placed, fewest crossings):
 * still deterministic, since the attempts and the choice depend on the data and seed only.
 */
export function layoutNetwork(
  actors: readonly Pick<NetworkActorData, 'id' | 'label'>[],
  relations: readonly Pick<NetworkRelationData, 'id' | 'from' | 'to' | 'type'>[],
  options: NetworkLayoutOptions,
): NetworkLayout & { seed: number; score: NetworkScore } {
  let best: (NetworkLayout & { seed: number; score: NetworkScore }) | undefined;
  for (let attempt = 0; attempt < (options.attempts ?? 24); attempt++) {
    const seed = options.seed + attempt;
    const layout = layoutOnce(actors, relations, { ...options, seed });
    const score = scoreNetwork(layout, relations);
    if (!best || score.total < best.score.total) best = { ...layout, seed, score };
    if (score.total === 0) break;
  }
  return best!;
}

export interface NetworkScore {
  /** Relations drawn through an actor that is not one of their ends. */
  edgesThroughNodes: number;
  /** Pairs of relation lines that cross. */
  crossings: number;
  /** Relation lines drawn across an actor's name. */
  linesThroughNames: number;
  unplacedLabels: number;
  total: number;
}

function segmentsOf(path: string): [number, number, number, number][] {
  const numbers = (path.match(/-?\d+(?:\.\d+)?/gu) ?? []).map(Number);
  // "M x,y L x,y" or "M x,y Q cx,cy x,y": approximate a curve by its two halves through the control point's midpoints.
  if (numbers.length === 4) return [[numbers[0]!, numbers[1]!, numbers[2]!, numbers[3]!]];
  const [x0 = 0, y0 = 0, cx = 0, cy = 0, x1 = 0, y1 = 0] = numbers;
  const mx = (x0 + 2 * cx + x1) / 4;
  const my = (y0 + 2 * cy + y1) / 4;
  return [[x0, y0, mx, my], [mx, my, x1, y1]];
}

function distanceToSegment(px: number, py: number, [x0, y0, x1, y1]: [number, number, number, number]): number {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const t = Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(px - (x0 + t * dx), py - (y0 + t * dy));
}

function segmentsCross(a: [number, number, number, number], b: [number, number, number, number]): boolean {
  const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) => Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
  const [p1x, p1y, p2x, p2y] = a;
  const [q1x, q1y, q2x, q2y] = b;
  return orient(p1x, p1y, p2x, p2y, q1x, q1y) * orient(p1x, p1y, p2x, p2y, q2x, q2y) < 0 && orient(q1x, q1y, q2x, q2y, p1x, p1y) * orient(q1x, q1y, q2x, q2y, p2x, p2y) < 0;
}

/** Small boxes every few units along each relation line: obstacles that keep actors' names off the lines. */
function lineSamples(paths: readonly string[]): Rect[] {
  return paths.flatMap((path) =>
    segmentsOf(path).flatMap(([x0, y0, x1, y1]) => {
      const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 6));
      return Array.from({ length: steps + 1 }, (_, k) => ({ x: x0 + ((x1 - x0) * k) / steps - 1, y: y0 + ((y1 - y0) * k) / steps - 1, width: 2, height: 2 }));
    }),
  );
}

/** True when a segment enters a box (an end inside it, or crossing one of its sides). */
function segmentEntersRect(segment: [number, number, number, number], box: Rect): boolean {
  const [x0, y0, x1, y1] = segment;
  const inside = (x: number, y: number) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
  if (inside(x0, y0) || inside(x1, y1)) return true;
  const { x, y, width: w, height: h } = box;
  const sides: [number, number, number, number][] = [[x, y, x + w, y], [x + w, y, x + w, y + h], [x, y + h, x + w, y + h], [x, y, x, y + h]];
  return sides.some((side) => segmentsCross(segment, side));
}

/** How readable a layout is: relations through other actors weigh most, then unplaced labels, then lines across actors' names, then crossings. */
export function scoreNetwork(layout: NetworkLayout, relations: readonly Pick<NetworkRelationData, 'id' | 'from' | 'to'>[]): NetworkScore {
  let edgesThroughNodes = 0;
  let crossings = 0;
  let linesThroughNames = 0;
  const segments = layout.edges.map((edge) => segmentsOf(edge.path));
  layout.edges.forEach((edge, i) => {
    for (const node of layout.nodes) {
      if (node.id === edge.from || node.id === edge.to) continue;
      if (segments[i]!.some((segment) => distanceToSegment(node.x, node.y, segment) < NODE_RADIUS + 6)) edgesThroughNodes++;
    }
    // Its own actors' names too: a line leaving an actor through its name hides the name.
    for (const node of layout.nodes) if (segments[i]!.some((segment) => segmentEntersRect(segment, node.label.box))) linesThroughNames++;
    for (let j = i + 1; j < layout.edges.length; j++) {
      const other = relations[j]!;
      const shared = [other.from, other.to].some((id) => id === edge.from || id === edge.to);
      if (!shared && segments[i]!.some((a) => segments[j]!.some((b) => segmentsCross(a, b)))) crossings++;
    }
  });
  const unplacedLabels = layout.unplaced.length;
  return { edgesThroughNodes, crossings, linesThroughNames, unplacedLabels, total: 1000 * edgesThroughNodes + 100 * unplacedLabels + 10 * linesThroughNames + crossings };
}

function layoutOnce(
  actors: readonly Pick<NetworkActorData, 'id' | 'label'>[],
  relations: readonly Pick<NetworkRelationData, 'id' | 'from' | 'to' | 'type'>[],
  options: NetworkLayoutOptions,
): NetworkLayout {
  const { width, height } = options;
  const fonts = options.fonts ?? NETWORK_FONT;
  const pull = options.pull ?? { x: 0.06, y: 0.1 };
  const names = new Map(actors.map((actor) => [actor.id, options.nameWidth ? wrapText(actor.label, fonts.actor * 1.1, options.nameWidth) : [actor.label]]));
  // Start from seeded random positions, so that each seed is a different layout (d3 would otherwise start every run from the same spiral).
  const random = randomLcg(((options.seed % 2 ** 32) + 0.5) / 2 ** 32);
  const nodes: Node[] = actors.map((actor) => ({ id: actor.id, x: (random() - 0.5) * 600, y: (random() - 0.5) * 400 }));
  const links: SimulationLinkDatum<Node>[] = relations.map((relation) => ({ source: relation.from, target: relation.to }));
  const labelWidth = new Map(actors.map((actor) => [actor.id, Math.max(...names.get(actor.id)!.map((line) => estimateTextWidth(line, fonts.actor, { bold: true })))]));
  const simulation = forceSimulation(nodes)
    .randomSource(random)
    .force('link', forceLink<Node, SimulationLinkDatum<Node>>(links).id((node) => node.id).distance(120).strength(0.6))
    .force('charge', forceManyBody<Node>().strength(-700))
    .force('collide', forceCollide<Node>((node) => Math.max(40, (labelWidth.get(node.id) ?? 0) / 2 + 12)))
    .force('x', forceX<Node>(0).strength(pull.x))
    .force('y', forceY<Node>(0).strength(pull.y))
    .stop();
  simulation.tick(options.ticks ?? 500);

  // Fit into the frame, keeping room for labels at the edges.
  const margin = options.margin ?? { x: 90, y: 36 };
  const xs = nodes.map((node) => node.x ?? 0);
  const ys = nodes.map((node) => node.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = (width - 2 * margin.x) / (maxX - minX || 1);
  const sy = (height - 2 * margin.y) / (maxY - minY || 1);
  const position = new Map(nodes.map((node) => [node.id, { x: round(margin.x + ((node.x ?? 0) - minX) * sx), y: round(margin.y + ((node.y ?? 0) - minY) * sy) }]));

  // Relations between the same two actors fan out as curves.
  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const pairCount = new Map<string, number>();
  for (const relation of relations) pairCount.set(pairKey(relation.from, relation.to), (pairCount.get(pairKey(relation.from, relation.to)) ?? 0) + 1);
  const pairSeen = new Map<string, number>();
  const geometry = relations.map((relation) => {
    const a = position.get(relation.from)!;
    const b = position.get(relation.to)!;
    const key = pairKey(relation.from, relation.to);
    const count = pairCount.get(key) ?? 1;
    const index = pairSeen.get(key) ?? 0;
    pairSeen.set(key, index + 1);
    // Offsets are measured in a direction fixed by the pair's order, so curves of opposite relations do not coincide.
    const forward = relation.from < relation.to;
    const offset = count === 1 ? 0 : (index - (count - 1) / 2) * 46 * (forward ? 1 : -1);
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length = Math.hypot(dx, dy) || 1;
    const nx = -dy / length;
    const ny = dx / length;
    const mx = (a.x + b.x) / 2 + nx * offset;
    const my = (a.y + b.y) / 2 + ny * offset;
    // Trim both ends to the node's edge: along the tangent at each end.
    const trim = (from: { x: number; y: number }, toward: { x: number; y: number }, by: number) => {
      const tx = toward.x - from.x;
      const ty = toward.y - from.y;
      const d = Math.hypot(tx, ty) || 1;
      return { x: from.x + (tx / d) * by, y: from.y + (ty / d) * by };
    };
    const control = { x: 2 * mx - (a.x + b.x) / 2, y: 2 * my - (a.y + b.y) / 2 };
    const style = RELATION_STYLE[relation.type];
    const start = trim(a, offset === 0 ? b : control, NODE_RADIUS + 3);
    const end = trim(b, offset === 0 ? a : control, NODE_RADIUS + (style.directed ? 4 : 3));
    const path = offset === 0 ? `M${round(start.x)},${round(start.y)}L${round(end.x)},${round(end.y)}` : `M${round(start.x)},${round(start.y)}Q${round(control.x)},${round(control.y)} ${round(end.x)},${round(end.y)}`;
    let arrow: string | undefined;
    if (style.directed) {
      const from = offset === 0 ? a : control;
      const ux = end.x - from.x;
      const uy = end.y - from.y;
      const d = Math.hypot(ux, uy) || 1;
      const [px, py] = [ux / d, uy / d];
      const tip = { x: end.x + px * 2, y: end.y + py * 2 };
      const base = { x: tip.x - px * 9, y: tip.y - py * 9 };
      arrow = `M${round(tip.x)},${round(tip.y)}L${round(base.x - py * 4.5)},${round(base.y + px * 4.5)}L${round(base.x + py * 4.5)},${round(base.y - px * 4.5)}Z`;
    }
    return { relation, path, arrow, mid: { x: mx, y: my } };
  });

  const nodeBoxes: Rect[] = actors.map((actor) => {
    const p = position.get(actor.id)!;
    return { x: p.x - NODE_RADIUS - 2, y: p.y - NODE_RADIUS - 2, width: 2 * NODE_RADIUS + 4, height: 2 * NODE_RADIUS + 4 };
  });
  const actorRequests = actors.map((actor) => ({
    id: `actor:${actor.id}`,
    anchor: position.get(actor.id)!,
    width: (labelWidth.get(actor.id) ?? 0) + 6,
    height: Math.max(options.labelHeight ?? 0, fonts.actor * LINE_HEIGHT * (names.get(actor.id)!.length - 1) + fonts.actor + 5),
  }));
  const relationRequests = (options.labelRelations === false ? [] : geometry).map(({ relation, mid }) => ({
    id: `relation:${relation.id}`,
    anchor: mid,
    width: estimateTextWidth(relation.type, fonts.relation) + 6,
    height: Math.max(options.labelHeight ?? 0, fonts.relation + 4),
    centered: true,
  }));
  const placing = { bounds: { x: 0, y: 0, width, height }, offset: NODE_RADIUS + 3, gap: 2 };
  // Actors' names first, beside their node and clear of the relation lines where a side is free
  // (a line through a name hides it); a name with no clear side takes the usual placement.
  const besideNode = placeLabels(actorRequests, { ...placing, rings: options.nameRings ?? [1, 2.5], obstacles: [...nodeBoxes, ...lineSamples(geometry.map(({ path }) => path))] });
  const clear = besideNode.labels.filter((label) => !besideNode.unplaced.includes(label.id));
  const crowded = placeLabels(
    actorRequests.filter((request) => !clear.some((label) => label.id === request.id)),
    { ...placing, obstacles: [...nodeBoxes, ...clear.map((label) => label.box)] },
  );
  const onLines = placeLabels(relationRequests, { ...placing, obstacles: [...nodeBoxes, ...clear.map((label) => label.box), ...crowded.labels.map((label) => label.box)] });
  const labels = [...clear, ...crowded.labels, ...onLines.labels];
  const unplaced = [...crowded.unplaced, ...onLines.unplaced];
  const labelOf = new Map(labels.map((label) => [label.id, label]));
  // The first line's baseline, so that the lines sit centred in the box.
  const textPosition = (box: Rect, anchor: 'start' | 'middle' | 'end', size: number, lines = 1) => ({
    x: round(anchor === 'start' ? box.x + 3 : anchor === 'end' ? box.x + box.width - 3 : box.x + box.width / 2),
    y: round(box.y + box.height / 2 + size * 0.35 - ((lines - 1) * size * LINE_HEIGHT) / 2),
  });
  return {
    width,
    height,
    nodes: actors.map((actor) => {
      const label = labelOf.get(`actor:${actor.id}`)!;
      const lines = names.get(actor.id)!;
      return {
        id: actor.id,
        ...position.get(actor.id)!,
        label: {
          text: actor.label,
          lines,
          lineHeight: round(fonts.actor * LINE_HEIGHT),
          anchor: label.textAnchor,
          box: label.box,
          target: rectAtLeast(label.box, options.targetSize ?? 0),
          ...textPosition(label.box, label.textAnchor, fonts.actor, lines.length),
        },
      };
    }),
    edges: geometry.map(({ relation, path, arrow }) => {
      const label = labelOf.get(`relation:${relation.id}`);
      return {
        id: relation.id,
        from: relation.from,
        to: relation.to,
        path,
        directed: RELATION_STYLE[relation.type].directed,
        ...(arrow ? { arrow } : {}),
        ...(label ? { label: { text: relation.type, box: label.box, ...textPosition(label.box, 'middle', fonts.relation) } } : {}),
      };
    }),
    unplaced,
  };
}
