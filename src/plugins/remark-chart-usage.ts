import { relative } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { countProblems, ProblemError } from '../lib/problems.ts';
import { CHART_COMPONENTS, chartUsageProblems, type ChartUse, type WrittenValue } from '../lib/charts/chart-usage.ts';

/**
 * Fails an MDX page that uses a chart component wrongly (an unknown or misspelt prop, a list
 * written as a string, the same chart twice), with the file, line and column of each use. A
 * thin adapter: the rules are in src/lib/charts/chart-usage.ts.
 */

// The parts of the MDX syntax tree read here (mdast-util-mdx-jsx and estree), typed structurally.
interface EstreeNode {
  type: string;
  value?: unknown;
  elements?: (EstreeNode | null)[];
  expression?: EstreeNode;
  body?: EstreeNode[];
  source?: EstreeNode;
  specifiers?: { type: string; local: { name: string } }[];
}
interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: 'mdxJsxAttributeValueExpression'; data?: { estree?: EstreeNode } };
}
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  position?: { start: { line: number; column: number } };
}
interface EsmNode {
  type: 'mdxjsEsm';
  data?: { estree?: EstreeNode };
}

/**
 * The chart components a page uses, by the name it writes them under: each registered chart by
 * its own name (`<Timeline />`, given to every briefing by src/components/briefing-components.ts),
 * unless the page imports something else under that name, and each chart it imports under the
 * local name (`PlacesMap` → `Map.astro`).
 */
function chartsByName(tree: Root): Map<string, string> {
  const imported = new Map<string, string>();
  const localNames = new Set<string>();
  visit(tree, 'mdxjsEsm', (node) => {
    for (const statement of (node as unknown as EsmNode).data?.estree?.body ?? []) {
      if (statement.type !== 'ImportDeclaration' || typeof statement.source?.value !== 'string') continue;
      for (const specifier of statement.specifiers ?? []) localNames.add(specifier.local.name);
      const file = /(?:^|\/)components\/charts\/([^/]+\.astro)$/u.exec(statement.source.value)?.[1];
      if (!file || !(file in CHART_COMPONENTS)) continue;
      for (const specifier of statement.specifiers ?? []) {
        if (specifier.type === 'ImportDefaultSpecifier') imported.set(specifier.local.name, file);
      }
    }
  });
  const charts = new Map<string, string>();
  for (const file of Object.keys(CHART_COMPONENTS)) {
    const name = file.replace(/\.astro$/u, '');
    if (!localNames.has(name)) charts.set(name, file);
  }
  for (const [name, file] of imported) charts.set(name, file);
  return charts;
}

function writtenValue(attribute: JsxAttribute): WrittenValue {
  if (attribute.type === 'mdxJsxExpressionAttribute') return { kind: 'spread' };
  const { value } = attribute;
  if (value === null || value === undefined) return { kind: 'bare' };
  if (typeof value === 'string') return { kind: 'text', value };
  const expression = value.data?.estree?.body?.[0]?.expression;
  if (expression?.type === 'Literal' && typeof expression.value === 'string') return { kind: 'text', value: expression.value };
  if (expression?.type === 'ArrayExpression') {
    const values = (expression.elements ?? []).map((element) => (element?.type === 'Literal' && typeof element.value === 'string' ? element.value : undefined));
    if (values.every((item): item is string => item !== undefined)) return { kind: 'list of text', values };
  }
  return { kind: 'expression' };
}

export function remarkChartUsage() {
  return (tree: Root, file: VFile) => {
    const charts = chartsByName(tree);
    const uses: ChartUse[] = [];
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      const element = node as unknown as JsxElement;
      const component = element.name ? charts.get(element.name) : undefined;
      if (!element.name || !component) return;
      uses.push({
        name: element.name,
        component,
        props: element.attributes.map((attribute) => ({ name: attribute.name ?? '...', value: writtenValue(attribute) })),
        line: element.position?.start.line ?? 0,
        column: element.position?.start.column ?? 0,
      });
    });
    const problems = chartUsageProblems(uses);
    if (problems.length === 0) return;
    const fileLabel = file.path ? relative(file.cwd, file.path) : '(page)';
    throw new ProblemError(
      problems.map((problem) => ({ file: fileLabel, ...problem })),
      `${countProblems(problems.length, 'chart')}:`,
    );
  };
}
