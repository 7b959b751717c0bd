import type { CitationProblem } from './resolve-citation.ts';

function shorten(text: string, max = 220): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The author-facing message and hint of a citation problem (the caller knows its place). */
export function describeCitationProblem(problem: CitationProblem): { message: string; hint: string } {
  switch (problem.kind) {
    case 'unknown-source':
      return {
        message: `unknown source "@${problem.item.key}".\n  known sources, closest first: ${problem.closest.join(', ')}`,
        hint: 'cite a file of content/sources/ by its name without ".md", or ingest the article first (npm run ingest).',
      };
    case 'unknown-version':
      return {
        message: `no version v${problem.item.version} of "${problem.source.slug}": sources have only their current text until versions are kept.`,
        hint: `cite @${problem.source.slug} without @v${problem.item.version}; pinned versions (@slug@vN) are read already and will resolve once the source library keeps its history.`,
      };
    case 'paragraph-out-of-range':
      return {
        message:
          problem.item.locator && problem.item.locator.label !== `¶${problem.paragraph}`
            ? `${problem.item.locator.label} runs past the end of "${problem.source.slug}" (¶${problem.paragraph}), which has ${problem.paragraphs} paragraphs (¶1–¶${problem.paragraphs}).`
            : `¶${problem.paragraph} is past the end of "${problem.source.slug}", which has ${problem.paragraphs} paragraphs (¶1–¶${problem.paragraphs}).`,
        hint: `paragraph numbers are shown beside each paragraph on /sources/${problem.source.slug}/.`,
      };
    case 'quotation-not-found': {
      const where = problem.searched
        .map(({ source, locator }) => (locator ? `"${source.slug}" ${locator.label}` : `"${source.slug}"`))
        .join(' or ');
      let message = `quotation not found in ${where}:\n    “${shorten(problem.quotation.text, 400)}”`;
      if (problem.elsewhere) {
        const { passage } = problem.elsewhere;
        message += `\n  it does appear in ${passage.paragraph !== undefined ? `¶${passage.paragraph}` : passage.anchor}: fix the locator.`;
      } else if (problem.across) {
        const [first, second] = problem.across;
        message += `\n  it runs across two paragraphs (¶${first.paragraph} and ¶${second.paragraph}); a quotation must come from one paragraph: split it into two quotations.`;
      } else if (problem.closest) {
        const { passage, excerpt } = problem.closest;
        const label = passage.paragraph !== undefined ? `¶${passage.paragraph}` : passage.anchor;
        message += `\n  closest passage (${label}): “${shorten(excerpt, 400)}”`;
      }
      return {
        message,
        hint:
          'quotations must be verbatim. Use … for words left out (within one paragraph) and [brackets] for words you add;' +
          ' straight or curly quotes and dashes may differ. Paraphrase without quotation marks if you are not quoting.',
      };
    }
  }
}

/** The message and hint as one text, as the author reads them after the place. */
export function formatCitationProblem(problem: CitationProblem): string {
  const { message, hint } = describeCitationProblem(problem);
  return `${message}\n  hint: ${hint}`;
}
