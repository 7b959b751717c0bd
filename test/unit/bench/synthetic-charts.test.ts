import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { embedTimeline, syntheticTimeline, withoutComponents } from '../../../src/lib/bench/synthetic-charts.ts';
import { syntheticBriefings, syntheticSources } from '../../../src/lib/bench/synthetic-corpus.ts';
import { timelineData } from '../../../src/lib/schema/timeline-data.ts';

describe('synthetic charts', () => {
  const sources = syntheticSources(5);

  it('writes a timeline the chart schema accepts, each quote taken from its source', () => {
    const data = timelineData.parse(parse(syntheticTimeline(sources, { events: 12 })));
    expect(data.events).toHaveLength(12);
    for (const event of data.events) {
      const source = sources.find((candidate) => candidate.slug === event.source)!;
      expect(source.paragraphs.some((paragraph) => paragraph.includes(event.quote))).toBe(true);
    }
  });

  it('embeds the timeline after the frontmatter, and strips it again for plain Astro', () => {
    const [briefing] = syntheticBriefings(1, sources, { citations: 2 });
    const embedded = embedTimeline(briefing!.mdx);
    expect(embedded).toMatch(/\n---\nimport Timeline from '..\/..\/src\/components\/charts\/Timeline.astro';\n\n<Timeline \/>\n\n/u);
    expect(withoutComponents(embedded)).toBe(briefing!.mdx.replace('\n---\n', '\n---\n\n\n'));
  });
});
