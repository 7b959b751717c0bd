import { stringify } from 'yaml';
import { seededRandom, type SyntheticSource } from './synthetic-corpus.ts';

const CATEGORIES = ['attack', 'diplomacy', 'military', 'politics'] as const;
const REGIONS = ['Iraq', 'Syria', 'Sahel', 'Europe'];

/**
 * `content/data/timeline.yaml` for a synthetic corpus: `events` events, each citing a random
 * source and quoting six consecutive words of one of its paragraphs, so the chart loader
 * verifies every datum as it does the real timeline's.
 */
export function syntheticTimeline(sources: readonly SyntheticSource[], options: { events?: number; seed?: number } = {}): string {
  const random = seededRandom(options.seed ?? 3);
  const count = Math.min(options.events ?? 24, sources.length * 4);
  const events = Array.from({ length: count }, (_, i) => {
    const source = sources[Math.floor(random() * sources.length)]!;
    const paragraph = source.paragraphs[Math.floor(random() * source.paragraphs.length)] ?? '';
    const words = paragraph.split(' ');
    const start = Math.floor(random() * Math.max(1, words.length - 6));
    return {
      id: `event-${i + 1}`,
      date: `${2001 + (i % 25)}`,
      label: `Synthetic event ${i + 1}`,
      category: CATEGORIES[i % CATEGORIES.length],
      regions: [REGIONS[i % REGIONS.length]],
      source: source.slug,
      quote: words.slice(start, start + 6).join(' ').replace(/[.]$/u, ''),
    };
  });
  return stringify({ kind: 'timeline', title: 'Synthetic timeline', caption: 'Events of the synthetic corpus, for benchmarks.', regions: REGIONS, events });
}

const TIMELINE_IMPORT = "import Timeline from '../../src/components/charts/Timeline.astro';";

/** A briefing with the timeline embedded after its first section, as the real briefings embed charts. */
export function embedTimeline(mdx: string): string {
  const end = mdx.indexOf('\n---\n', 4) + '\n---\n'.length;
  return `${mdx.slice(0, end)}${TIMELINE_IMPORT}\n\n<Timeline />\n\n${mdx.slice(end)}`;
}

/** The same briefing for a plain Astro site, which has none of our components: imports and chart tags removed. */
export function withoutComponents(mdx: string): string {
  return mdx.replace(/^import .*\n/gmu, '').replace(/^<[A-Z][A-Za-z]* [^>]*\/>\n|^<[A-Z][A-Za-z]* ?\/>\n/gmu, '');
}
