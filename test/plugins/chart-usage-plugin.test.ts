import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../helpers/markdown-pipeline.ts';

const ROOT = join(import.meta.dirname, '../..');
const IMPORTS = [
  "import Figures from '../../src/components/charts/Figures.astro';",
  "import PlacesMap from '../../src/components/charts/Map.astro';",
  "import Analysis from '../../src/components/Analysis.astro';",
  '',
].join('\n');

/** Through the site's pipeline, as an MDX briefing. */
async function check(body: string, imports = IMPORTS): Promise<void> {
  await renderMarkdown(`${imports}\n${body}\n`, { path: join(ROOT, 'content/briefings/example.mdx'), library: () => ({ slugs: [], get: () => undefined }), terms: () => [], base: '/' });
}

const failure = (body: string, imports = IMPORTS) =>
  check(body, imports).then(
    () => 'no error',
    (error: unknown) => (error as Error).message,
  );

describe('chart usage plugin', () => {
  it('accepts the documented uses, under any imported name, and leaves other components alone', async () => {
    expect(await failure(`<Figures panels={['attack-deaths', 'us-personnel']} caption="Two panels." />\n\n<PlacesMap title={"Places"} />\n\n<Analysis panel="anything">Text.</Analysis>`)).toBe('no error');
  });

  it('names a misspelt prop with the file, line, column and the closest prop', async () => {
    expect(await failure(`Text.\n\n<Figures panel={['attack-deaths']} />`)).toBe(
      '1 chart problem:\n\ncontent/briefings/example.mdx:7:1: <Figures> has no prop "panel"; its props are chart, title, caption, panels. Did you mean "panels"?',
    );
  });

  it('rejects a list written as a text and a bare text prop', async () => {
    expect(await failure(`<Figures panels="attack-deaths" />`)).toContain(
      `example.mdx:5:1: <Figures> panels takes a list of text values, not panels="attack-deaths". Write panels={['first-id', 'second-id']}.`,
    );
    expect(await failure(`<PlacesMap caption />`)).toContain('<PlacesMap> caption takes a text, not a bare caption. Write caption="…".');
  });

  it('rejects the same chart twice on a page, naming the first use', async () => {
    const message = await failure(`<Figures panels={['a']} />\n\nText.\n\n<Figures panels={['b']} />`);
    expect(message).toContain('example.mdx:9:1: <Figures> shows the chart "figures" a second time on this page (first at line 5)');
    expect(await failure(`<Figures panels={['a']} />\n\n<Figures chart="other-figures" />`)).toBe('no error');
  });

  it('reports every problem at once', async () => {
    expect(await failure(`<Figures panel={['a']} />\n\n<PlacesMap titel="x" />`)).toMatch(/^2 chart problems:/u);
  });

  it('checks the registered chart components, which briefings use by name without an import', async () => {
    expect(await failure(`Text.\n\n<Timeline titel="x" />\n\n<Map caption />`, '')).toBe(
      '2 chart problems:\n\n' +
        'content/briefings/example.mdx:4:1: <Timeline> has no prop "titel"; its props are chart, title, caption. Did you mean "title"?\n\n' +
        'content/briefings/example.mdx:6:1: <Map> caption takes a text, not a bare caption. Write caption="…".',
    );
    expect(await failure(`<Figures panels={['a']} />\n\n<Figures panels={['b']} />`, '')).toContain('<Figures> shows the chart "figures" a second time');
  });

  it('leaves a name alone when the page imports something else under it', async () => {
    expect(await failure(`<Timeline titel="x" />`, "import Timeline from './my-timeline.astro';\n")).toBe('no error');
  });
});
