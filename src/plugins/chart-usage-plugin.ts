import type { MdastPluginDefinition, MdastVisitorContext, MdxJsxFlowElement, MdxJsxTextElement, PluginFactoryContext } from 'satteri';
import { chartsByName } from '../lib/charts/chart-imports.ts';
import { chartUsageProblems, type ChartUse } from '../lib/charts/chart-usage.ts';
import { writtenValue, type JsxAttributeSource } from '../lib/charts/written-value.ts';
import { pageDocument } from './page-document.ts';
import { addPageProblems } from './page-problems.ts';

interface Element {
  name: string;
  attributes: JsxAttributeSource[];
  line: number;
  column: number;
}

/**
 * Fails an MDX page that uses a chart component wrongly (an unknown or misspelt prop, a list
 * written as a string, the same chart twice), with the file, line and column of each use. A
 * thin adapter: the rules are in src/lib/charts/chart-usage.ts.
 *
 * In:  `<Figures panel={['attack-deaths']} />` → `content/briefings/x.mdx:7:1: <Figures> has no prop "panel"; … Did you mean "panels"?`
 */
export function chartUsagePlugin() {
  return (factory: PluginFactoryContext): MdastPluginDefinition | undefined => {
    if (factory.sourceFormat !== 'mdx') return undefined;
    const esm: string[] = [];
    const elements: Element[] = [];
    const element = (node: Readonly<MdxJsxFlowElement | MdxJsxTextElement>) => {
      if (!node.name) return;
      const start = node.position?.start;
      elements.push({ name: node.name, attributes: node.attributes as JsxAttributeSource[], line: start?.line ?? 0, column: start?.column ?? 0 });
    };
    return {
      name: 'chart-usage',
      options: { position: true },
      mdxjsEsm(node) {
        esm.push(node.value);
      },
      mdxJsxFlowElement: element,
      mdxJsxTextElement: element,
      after(_root, context: MdastVisitorContext) {
        const charts = chartsByName(esm);
        const uses: ChartUse[] = [];
        for (const { name, attributes, line, column } of elements) {
          const component = charts.get(name);
          if (!component) continue;
          uses.push({ name, component, props: attributes.map((attribute) => ({ name: attribute.type === 'mdxJsxAttribute' ? attribute.name : '...', value: writtenValue(attribute) })), line, column });
        }
        const file = pageDocument(context, '(page)').label;
        addPageProblems(
          context,
          'chart',
          chartUsageProblems(uses).map((problem) => ({ file, ...problem })),
        );
      },
    };
  };
}
