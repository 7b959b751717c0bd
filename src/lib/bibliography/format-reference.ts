import { withCitationJs } from './citation-js.ts';
import type { CslItem } from '../sources/csl-json.ts';

/** One run of a formatted reference: plain or in italics (APA sets a standalone work's title in italics). */
export interface ReferenceRun {
  text: string;
  italic: boolean;
}

/** A reference formatted in a CSL style: its runs for the page, and the same as plain text to copy. */
export interface FormattedReference {
  runs: ReferenceRun[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * citeproc's HTML for one entry as runs of text, italic or not. Only `<i>` carries meaning in
 * the styles we use; any other markup (a wrapping `div`, `span`s) is dropped and its text
 * kept, so the page renders the reference with its own escaping and no inline styles.
 */
export function referenceRuns(html: string): ReferenceRun[] {
  const runs: ReferenceRun[] = [];
  let depth = 0;
  for (const part of html.split(/(<[^>]+>)/u)) {
    if (part.startsWith('<')) {
      if (/^<i\b/iu.test(part)) depth += 1;
      else if (/^<\/i>/iu.test(part)) depth = Math.max(0, depth - 1);
      continue;
    }
    const text = decodeEntities(part).replace(/\s+/gu, ' ');
    if (text === '') continue;
    const italic = depth > 0;
    const previous = runs[runs.length - 1];
    if (previous && previous.italic === italic) previous.text += text;
    else runs.push({ text, italic });
  }
  if (runs[0]) runs[0].text = runs[0].text.trimStart();
  const last = runs[runs.length - 1];
  if (last) last.text = last.text.trimEnd();
  return runs.filter((run) => run.text !== '');
}

/** One item as a reference in APA style (7th edition, the CSL style citation-js ships), in US English as APA writes dates. */
export function formatReference(item: CslItem): FormattedReference {
  const html = withCitationJs('a formatted reference', [item], (cite) =>
    String(cite.format('bibliography', { format: 'html', template: 'apa', lang: 'en-US' })),
  );
  const runs = referenceRuns(html);
  return { runs, text: runs.map((run) => run.text).join('') };
}
