import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { directiveFromMarkdown, directiveToMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import { directive } from 'micromark-extension-directive';
import { fail } from '../problems.ts';
import { BLOCK_ROLES, type BlockRole, type SourceBlock } from './types.ts';

/**
 * The Markdown body of `content/sources/<slug>.md`.
 *
 * Body paragraphs are plain Markdown paragraphs and headings are `##` headings; every other
 * role is a container directive holding one paragraph per line:
 *
 * ```md
 * :::byline
 * Christopher P. Costa and
 *
 * The New York Times
 * :::
 *
 * A terrorist attack targeting a concert hall …
 *
 * ## US Warnings vs. Iraqi Divides
 * ```
 *
 * A block in another language than the source, or a paragraph set as a quotation or a list
 * item, carries attributes; a paragraph or heading that needs them is written as a directive:
 *
 * ```md
 * :::paragraph{lang="ar"}
 * قال المتحدث …
 * :::
 *
 * :::caption{lang="ar"}
 * …
 * :::
 * ```
 *
 * Text is written through mdast-util-to-markdown, which escapes whatever Markdown would
 * otherwise interpret (`**`, `[`, `<script>`), so parsing the file back gives each line's
 * characters exactly as received.
 */
const DIRECTIVE_ROLES: ReadonlySet<BlockRole> = new Set(BLOCK_ROLES);
const ONE_LINE_ROLES: ReadonlySet<BlockRole> = new Set(['paragraph', 'heading']);
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/u;
const FORMS = new Set(['quote', 'item']);

function textParagraph(line: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: line }] };
}

function attributesOf(block: SourceBlock): Record<string, string> {
  return { ...(block.lang ? { lang: block.lang } : {}), ...(block.form ? { form: block.form } : {}) };
}

function blockToNode(block: SourceBlock): RootContent {
  const attributes = attributesOf(block);
  const plain = Object.keys(attributes).length === 0;
  if (block.role === 'paragraph' && plain) return textParagraph(block.lines.join(' '));
  if (block.role === 'heading' && plain) {
    const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: block.lines.join(' ') }] };
    return heading;
  }
  const container: ContainerDirective = {
    type: 'containerDirective',
    name: block.role,
    attributes,
    children: ONE_LINE_ROLES.has(block.role) ? [textParagraph(block.lines.join(' '))] : block.lines.map(textParagraph),
  };
  return container;
}

export function serializeSourceBody(blocks: readonly SourceBlock[]): string {
  const root: Root = { type: 'root', children: blocks.map(blockToNode) };
  return toMarkdown(root, { extensions: [directiveToMarkdown()], bullet: '-', emphasis: '_', strong: '*', fences: true });
}

/**
 * Parsed bodies by their text, shared by every copy of this module in the process: Astro loads
 * it more than once (the content loaders and the rendered pages are separate module
 * instances), and both parse every source. Keyed by the whole text, a pure function's memo.
 */
const parsedBodies: Map<string, readonly SourceBlock[]> = ((globalThis as Record<symbol, unknown>)[Symbol.for('briefings-site:parsed-source-bodies')] ??= new Map()) as Map<
  string,
  readonly SourceBlock[]
>;

/** Where a body sits, for messages: its file and the lines before it (the frontmatter). */
export interface BodyPlace {
  file: string;
  lineOffset: number;
}

/**
 * Reads a source body back into blocks; a block the source format does not allow fails with
 * its file and line. Memoized per process by the body's text (a pure function of it); the
 * blocks returned are shared, so callers must not change them.
 */
export function parseSourceBody(markdown: string, place: BodyPlace = { file: '(source body)', lineOffset: 0 }): SourceBlock[] {
  const cached = parsedBodies.get(markdown);
  if (cached) return cached as SourceBlock[];
  const blocks = parseSourceBodyUncached(markdown, place);
  parsedBodies.set(markdown, blocks);
  return blocks;
}

function parseSourceBodyUncached(markdown: string, { file, lineOffset }: BodyPlace): SourceBlock[] {
  const tree = fromMarkdown(markdown, { extensions: [directive()], mdastExtensions: [directiveFromMarkdown()] });
  const blocks: SourceBlock[] = [];
  for (const node of tree.children) {
    const line = node.position ? node.position.start.line + lineOffset : undefined;
    if (node.type === 'paragraph') {
      blocks.push({ role: 'paragraph', lines: [toString(node)] });
    } else if (node.type === 'heading') {
      blocks.push({ role: 'heading', lines: [toString(node)] });
    } else if (node.type === 'containerDirective' && DIRECTIVE_ROLES.has(node.name as BlockRole)) {
      const role = node.name as BlockRole;
      const lines = node.children.map((child) => toString(child));
      const block: SourceBlock = { role, lines: ONE_LINE_ROLES.has(role) ? [lines.join(' ')] : lines };
      for (const [name, value] of Object.entries(node.attributes ?? {})) {
        if (name === 'lang' && value && LANGUAGE_TAG.test(value)) block.lang = value;
        else if (name === 'form' && role === 'paragraph' && value && FORMS.has(value)) block.form = value as 'quote' | 'item';
        else {
          fail({
            file,
            line: line ?? 1,
            message: `the :::${role} block has an attribute the source format does not allow: ${name}="${value ?? ''}".`,
            hint: 'blocks take lang="<language tag>" (such as lang="ar"), and paragraphs form="quote" or form="item"; nothing else.',
          });
        }
      }
      blocks.push(block);
    } else if (node.type === 'html' && /^<!--[\s\S]*-->$/u.test(node.value.trim())) {
      // Editors' comments are allowed and are not part of the text.
    } else {
      const what = node.type === 'containerDirective' ? `a ":::${node.name}" block` : `a ${node.type} block`;
      fail({
        file,
        line: line ?? 1,
        message: `${what} is not part of the source format (expected paragraphs, "##" headings or :::${[...DIRECTIVE_ROLES].join('/:::')} blocks).`,
        hint: 'source bodies hold the received text only; write briefing prose in content/briefings/.',
      });
    }
  }
  return blocks;
}
