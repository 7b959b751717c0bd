import { describe, expect, it } from 'vitest';
import { NARROW_NETWORK, WIDE_NETWORK } from '../../../../src/lib/charts/network/network-frames.ts';
import { actorTypeClass, networkView, relationSentence } from '../../../../src/lib/charts/network/network-view.ts';
import { loadChart } from '../../../helpers/charts.ts';

const chart = loadChart('network', 'network');
const link = (path: string) => `/base${path}`;
const view = networkView(chart, { link });
const [wide, narrow] = view.pictures;

describe('networkView', () => {
  it('makes each labelled relation a link named by its sentence and source', () => {
    const edge = wide!.edges.find((candidate) => candidate.id === 'taliban-fights-isis-k')!;
    expect(edge.link).toEqual({
      href: '/base/sources/nyt-costa-clarke-2024/#p-7',
      class: 'chart-mark net-edge net-hostile',
      'data-id': 'taliban-fights-isis-k',
      'data-ref': 'chart-network-src-taliban-fights-isis-k',
      'data-from': 'taliban',
      'data-to': 'isis-k',
      'aria-label': 'Taliban fights ISIS-K. Source: The New York Times, ¶7.',
    });
    expect(edge.style).toMatchObject({ family: 'hostile', width: 2.6, directed: false });
  });

  it('leaves the phone’s unlabelled relations as overview lines, not links', () => {
    expect(narrow!.edges.length).toBe(chart.relations.length);
    for (const edge of narrow!.edges) {
      expect(edge.link, edge.id).toBeUndefined();
      expect(edge.className).toMatch(/^net-edge net-(hostile|cooperative|structural)$/u);
    }
  });

  it('links each actor, named by its label, type and source', () => {
    const node = wide!.nodes.find((candidate) => candidate.id === 'isis')!;
    expect(node.link).toEqual({
      href: '/base/sources/nyt-costa-clarke-2024/#p-3',
      class: 'chart-mark net-node net-actor-jihadist-group',
      'data-id': 'isis',
      'data-ref': 'chart-network-src-actor-isis',
      'aria-label': 'ISIS (jihadist group). Source: The New York Times, ¶3.',
    });
    expect(node.symbol).toMatch(/^M/u);
  });

  it('keys the actor and relation types the chart has, in the schema’s order', () => {
    expect(view.actorKey.map((entry) => entry.className)).toEqual(['net-actor-jihadist-group', 'net-actor-armed-group', 'net-actor-state', 'net-actor-government', 'net-actor-alliance']);
    expect(view.actorKey[0]!.name).toBe('Jihadist group');
    expect(view.relationKey.map((entry) => entry.type)).toEqual(['fights', 'attacked', 'rival of', 'expelled', 'partners with', 'aligned with', 'leads', 'hosts', 'warned of an attack', 'branch of']);
    expect(view.relationKey.find((entry) => entry.type === 'branch of')).toMatchObject({ className: 'net-structural', style: { directed: true, width: 1.5 } });
  });

  it('keys only the types a chart has', () => {
    const relations = chart.relations.filter((relation) => relation.type === 'branch of' || relation.type === 'fights');
    const actors = chart.actors.filter((actor) => relations.some((relation) => relation.from === actor.id || relation.to === actor.id));
    const small = networkView({ ...chart, actors, relations }, { link });
    expect(small.relationKey.map((entry) => entry.type)).toEqual(['fights', 'branch of']);
    // No armed group is left: its key entry goes.
    expect(small.actorKey.map((entry) => entry.className)).toEqual(['net-actor-jihadist-group', 'net-actor-state', 'net-actor-government', 'net-actor-alliance']);
  });

  it('summarizes the network and lists relations, then actors, as source entries', () => {
    expect(view.summary).toBe('Network of 13 actors and 22 relations between them, each cited. The Data table below lists every relation with its source.');
    expect(view.labelledBy).toBe('chart-network-title chart-network-summary');
    expect(view.sources.map((entry) => entry.id)).toEqual([...chart.relations.map((relation) => relation.id), ...chart.actors.map((actor) => `actor-${actor.id}`)]);
    expect(view.sources.find((entry) => entry.id === 'taliban-fights-isis-k')!.label).toBe('Taliban fights ISIS-K');
    expect(view.sources.find((entry) => entry.id === 'actor-isis-k')!.label).toBe('ISIS-K — jihadist group');
  });

  it('lists every relation with its actors’ names and its source link', () => {
    expect(view.relations.find((relation) => relation.id === 'taliban-fights-isis-k')).toMatchObject({
      className: 'net-hostile',
      from: 'Taliban',
      type: 'fights',
      to: 'ISIS-K',
      href: '/base/sources/nyt-costa-clarke-2024/#p-7',
      sourceRef: 'chart-network-src-taliban-fights-isis-k',
    });
  });

  it('fails with the chart’s id and the labels when a label finds no free position', () => {
    const cramped = { ...WIDE_NETWORK, width: 120, height: 90, attempts: 1 };
    expect(() => networkView(chart, { link, frames: { wide: cramped, narrow: NARROW_NETWORK } })).toThrow(/^Network "network": no free position for the labels of .+\. Change the seed or enlarge the chart\.$/u);
  });
});

describe('relationSentence and actorTypeClass', () => {
  it('write a relation as a sentence and a type as a class name', () => {
    const labels: Record<string, string> = { a: 'Taliban', b: 'ISIS-K' };
    expect(relationSentence({ from: 'a', type: 'fights', to: 'b' }, (id) => labels[id]!)).toBe('Taliban fights ISIS-K');
    expect(actorTypeClass('jihadist group')).toBe('jihadist-group');
  });
});
