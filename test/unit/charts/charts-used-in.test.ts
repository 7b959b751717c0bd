import { describe, expect, it } from 'vitest';
import { chartsUsedIn } from '../../../src/lib/charts/charts-used-in.ts';

describe('chartsUsedIn', () => {
  it('finds charts a briefing imports and uses, with their chart prop or the default', () => {
    const mdx = [
      "import Timeline from '../../src/components/charts/Timeline.astro';",
      "import Numbers from '../../src/components/charts/Figures.astro';",
      "import Analysis from '../../src/components/Analysis.astro';",
      '',
      'Text.',
      '',
      '<Timeline />',
      '<Numbers chart="figures-2" panels={["deaths"]}/>',
      '<Numbers chart={"figures"} />',
    ].join('\n');
    expect(chartsUsedIn(mdx)).toEqual(['timeline', 'figures-2', 'figures']);
  });

  it('ignores imported charts that are never used, and mentions in prose', () => {
    const mdx = "import Map from '../../src/components/charts/Map.astro';\n\nThe Map of the region <Mapping/> is elsewhere.";
    expect(chartsUsedIn(mdx)).toEqual([]);
  });

  it('finds the registered charts, which briefings use by name without an import', () => {
    const mdx = ['Text.', '', '<Map />', '', '<Figures panels={["deaths"]} />', '', '<ActorNetwork chart="network-2" />'].join('\n');
    expect(chartsUsedIn(mdx)).toEqual(['map', 'figures', 'network-2']);
    expect(chartsUsedIn("import Timeline from './my-timeline.astro';\n\n<Timeline />")).toEqual([]);
  });
});
