import type { NetworkActorData, NetworkRelationData } from '../../schema/network-data.ts';
import { NETWORK_FONT, layoutNetwork, type NetworkLayoutOptions } from './layout-network.ts';

type FrameOptions = Omit<NetworkLayoutOptions, 'seed'>;

/** The wide picture: a landscape frame, names on one line. */
export const WIDE_NETWORK: FrameOptions = { width: 960, height: 620, fonts: NETWORK_FONT };

/**
 * The phone's picture, an overview: a narrow frame drawn at about the size it is shown at 390
 * pixels, so every name is at least 12 CSS pixels; long names wrapped; no relation labels (the
 * relations are listed beside it); every actor's name a target of at least 24 units (WCAG 2.2
 * 2.5.8). More attempts than the wide picture: a narrow frame has fewer good layouts.
 */
export const NARROW_NETWORK: FrameOptions = {
  width: 340,
  height: 480,
  fonts: { actor: 13, relation: 12 },
  pull: { x: 0.06, y: 0.05 },
  margin: { x: 70, y: 30 },
  nameWidth: 110,
  labelRelations: false,
  // Names right beside their actors, even across a line: in a small picture a name set apart reads as its neighbour's.
  nameRings: [1, 1.5],
  targetSize: 24,
  attempts: 60,
};

type Layout = ReturnType<typeof layoutNetwork>;

/** Layouts already computed, by their inputs: a pure function's memo (a chart is drawn on several pages). */
const computed = new Map<string, Layout>();

/** layoutNetwork, computed once for the same actors, relations and options. */
export function layoutNetworkCached(
  actors: readonly Pick<NetworkActorData, 'id' | 'label'>[],
  relations: readonly Pick<NetworkRelationData, 'id' | 'from' | 'to' | 'type'>[],
  options: NetworkLayoutOptions,
): Layout {
  const key = JSON.stringify([actors.map(({ id, label }) => [id, label]), relations.map(({ id, from, to, type }) => [id, from, to, type]), options]);
  let layout = computed.get(key);
  if (!layout) {
    layout = layoutNetwork(actors, relations, options);
    computed.set(key, layout);
  }
  return layout;
}
