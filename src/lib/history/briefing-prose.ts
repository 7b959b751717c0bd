import { JSON_SCHEMA, load } from 'js-yaml';
import type { TextBlock } from './word-diff.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/u;

function frontmatterOf(yaml: string): Record<string, unknown> | undefined {
  try {
    const data = load(yaml, { schema: JSON_SCHEMA });
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    // An old revision whose frontmatter no longer parses still has a history: its lines are shown as they were.
    return undefined;
  }
}

/** A line of MDX as a reader sees it: tags and expressions out, emphasis marks out. */
function readable(line: string): string {
  return line
    .replace(/<[A-Za-z/][^>]*>/gu, '')
    .replace(/\{[^{}]*\}/gu, '')
    .replace(/\*\*|__/gu, '')
    .trim();
}

/**
 * The prose of a briefing file (any revision of it) as readers see it, block by block: the
 * title, the dek, each key takeaway, then the body's headings, paragraphs and list items, each
 * with the section it sits in. Imports, component tags and blank lines are not prose.
 */
export function briefingProse(fileText: string): TextBlock[] {
  const text = fileText.replace(/\r\n?/gu, '\n');
  const blocks: TextBlock[] = [];
  const head = FRONTMATTER.exec(text);
  const body = head ? text.slice(head[0].length) : text;
  if (head) {
    const data = frontmatterOf(head[1] ?? '');
    if (data) {
      if (typeof data.title === 'string') blocks.push({ section: 'Title', text: data.title });
      if (typeof data.dek === 'string') blocks.push({ section: 'Summary', text: data.dek });
      if (Array.isArray(data.keyTakeaways)) {
        for (const item of data.keyTakeaways) if (typeof item === 'string') blocks.push({ section: 'Key takeaways', text: item });
      }
    } else {
      for (const line of (head[1] ?? '').split('\n')) if (line.trim()) blocks.push({ section: 'Frontmatter', text: line.trim() });
    }
  }
  let section = 'Introduction';
  let paragraph: string[] = [];
  const flush = () => {
    const joined = paragraph.join(' ').trim();
    if (joined) blocks.push({ section, text: joined });
    paragraph = [];
  };
  for (const raw of body.split('\n')) {
    if (/^\s*(?:import|export)\s/u.test(raw)) continue;
    const heading = /^#{1,6}\s+(.*)$/u.exec(raw.trim());
    if (heading) {
      flush();
      section = readable(heading[1] ?? '') || section;
      blocks.push({ section, text: section });
      continue;
    }
    const item = /^\s*(?:[-*+]|\d+\.)\s+(.*)$/u.exec(raw);
    if (item) {
      flush();
      paragraph.push(readable(item[1] ?? ''));
      continue;
    }
    const line = readable(raw);
    if (!line) {
      // A line that held only a tag (<Analysis>) ends a paragraph, as a blank line does.
      flush();
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return blocks;
}

/** Whether a revision of a briefing was a draft (and so not published). */
export function isDraftRevision(fileText: string): boolean {
  const head = FRONTMATTER.exec(fileText.replace(/\r\n?/gu, '\n'));
  return head ? frontmatterOf(head[1] ?? '')?.draft === true : false;
}
