import type { Nodes, Paragraph, Root } from 'mdast';
import type { MdastPluginDefinition, MdastVisitorContext, PluginFactoryContext } from 'satteri';
import { countProseWords } from '../lib/briefings/reading-time.ts';
import { editorialProblems, type BriefingFacts, type EditorialRules } from '../lib/briefings/editorial-rules.ts';
import { readFileSync } from 'node:fs';
import type { BriefingCitations, RenderedTakeaway } from '../lib/citations/citation-record.ts';
import { frontmatterPlace } from '../lib/markdown/frontmatter-place.ts';
import type { CitationFact } from '../lib/citations/document-citations.ts';
import { bodyLine, pageDocument } from './page-document.ts';
import { addPageProblems } from './page-problems.ts';

export interface EditorialRulesPluginOptions {
  rules: EditorialRules;
  /** Which documents are briefings, by path: those under content/briefings/. */
  appliesTo?: (path: string) => boolean;
}

const inBriefings = (path: string) => /(?:^|[\\/])content[\\/]briefings[\\/]/u.test(path);

function readIfThere(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Whether a node holds a citation the citations plugin made (a marker, or a source's name in text). */
function holdsCitation(node: Nodes): boolean {
  const className = (node.data as { hProperties?: { className?: unknown } } | undefined)?.hProperties?.className;
  if (Array.isArray(className) && (className.includes('citation') || className.includes('cite-link'))) return true;
  return 'children' in node && (node.children as Nodes[]).some(holdsCitation);
}

/** Whether a node sits inside one of the named components (`<Analysis>`). */
function insideComponent(node: Readonly<Nodes>, context: MdastVisitorContext, names: readonly string[]): boolean {
  for (let parent = context.parent(node); parent; parent = context.parent(parent)) {
    if ((parent.type === 'mdxJsxFlowElement' || parent.type === 'mdxJsxTextElement') && parent.name && names.includes(parent.name)) return true;
  }
  return false;
}

/**
 * The editorial rules (src/lib/briefings/editorial-rules.ts; the site's are EDITORIAL in
 * src/config.ts), checked on each briefing as it renders: after the citations plugin, whose
 * record and facts it reads, and before the glossary links, so a paragraph that cites nothing
 * still has its place. Its problems are filed for problemsPlugin: errors, or warnings for a draft.
 */
export function editorialRulesPlugin(options: EditorialRulesPluginOptions) {
  const appliesTo = options.appliesTo ?? inBriefings;
  const { rules } = options;
  return (factory: PluginFactoryContext): MdastPluginDefinition | undefined => {
    if (!appliesTo(pageDocument(factory, '').path ?? '')) return undefined;
    const sections: string[] = [];
    const uncitedParagraphs: BriefingFacts['uncitedParagraphs'][number][] = [];
    let lineOffset: (() => number) | undefined;
    return {
      name: 'editorial-rules',
      options: { position: true },
      heading(node, context) {
        if (node.depth === 2) sections.push(context.textContent(node));
      },
      paragraph(node, context) {
        if (holdsCitation(node as Paragraph) || insideComponent(node, context, rules.ownWords)) return;
        const start = node.position?.start;
        lineOffset ??= bodyLine(context);
        uncitedParagraphs.push({ line: (start?.line ?? 0) + lineOffset(), column: start?.column ?? 0, words: countProseWords({ type: 'root', children: [node as Paragraph] } as Root) });
      },
      after(_root, context) {
        const document = pageDocument(context, '(briefing)');
        const { frontmatter } = document;
        const record = frontmatter.citations as BriefingCitations | undefined;
        const takeaways = (frontmatter.takeaways as RenderedTakeaway[] | undefined) ?? [];
        const uncited = takeaways.flatMap((takeaway, index) => (takeaway.citations === 0 ? [index] : []));
        // The file is read only to place the problem at the takeaway's line.
        const file = uncited.length > 0 && document.path ? readIfThere(document.path) : undefined;
        const facts: BriefingFacts = {
          file: document.label,
          words: typeof frontmatter.words === 'number' ? frontmatter.words : 0,
          takeaways: Array.isArray(frontmatter.keyTakeaways) ? frontmatter.keyTakeaways.length : 0,
          uncitedTakeaways: uncited.map((index) => ({ index, ...(file ? frontmatterPlace(file, ['keyTakeaways', index], 0) : {}) })),
          citedSources: record?.sources.map((source) => source.slug) ?? [],
          sections,
          uncitedParagraphs,
          citations: (context.data.citationFacts as CitationFact[] | undefined) ?? [],
        };
        addPageProblems(context, 'editorial', editorialProblems(facts, rules));
      },
    };
  };
}
