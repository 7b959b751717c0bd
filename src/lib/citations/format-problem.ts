import { locatorOf } from './parse-locator.ts';
import type { CitationNotice, CitationProblem } from './resolve-citation.ts';
import type { LibrarySource } from './source-library.ts';

function shorten(text: string, max = 220): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A source as messages name it: `"slug"`, and a kept version's number when it is not the current text. */
function named(source: LibrarySource): string {
  return source.current ? `"${source.slug}"` : `"${source.slug}" v${source.version}`;
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
        message: `no version v${problem.item.version} of "${problem.item.key}": it has ${problem.versions.map((version) => `v${version}`).join(', ')} (v${problem.versions.at(-1)} is the current text).`,
        hint: `cite the current text as [@${problem.item.key}], or an earlier one by its number; the versions are listed on /sources/${problem.item.key}/.`,
      };
    case 'citation-changed': {
      const { reanchoring, source, fromVersion, item } = problem;
      const after = reanchoring.after;
      return {
        message:
          `the passage cited as "${item.key}" ¶${reanchoring.from} changed in the source's new text (v${source.version}; the citation was written against v${fromVersion})` +
          (reanchoring.quotation !== undefined ? `, and the quotation “${shorten(reanchoring.quotation, 200)}” is not in it:\n` : ':\n') +
          `    was (v${fromVersion} ¶${reanchoring.from}): “${shorten(reanchoring.before, 400)}”\n` +
          (after ? `    now (v${source.version} ¶${after.paragraph}): “${shorten(after.text, 400)}”` : '    now: no paragraph in its place'),
        hint:
          `read the claim against the new text. If it still holds, cite the new passage with the new text pinned ([@${item.key}@v${source.version}, ¶${after?.paragraph ?? 'N'}]); ` +
          `if it holds only of the old text, pin it to that text ([@${item.key}@v${fromVersion}, ¶${reanchoring.from}]). Then run npm run fix-locators.`,
      };
    }
    case 'citation-gone': {
      const { reanchoring, source, fromVersion, item } = problem;
      return {
        message:
          `the passage cited as "${item.key}" ¶${reanchoring.from} is gone from the source's new text (v${source.version}; the citation was written against v${fromVersion}):\n` +
          `    was (v${fromVersion} ¶${reanchoring.from}): “${shorten(reanchoring.before, 400)}”`,
        hint: `cite another passage of the new text (pinned, [@${item.key}@v${source.version}, ¶N], until npm run fix-locators has run), or pin the claim to the text it was written against: [@${item.key}@v${fromVersion}, ¶${reanchoring.from}].`,
      };
    }
    case 'paragraph-out-of-range':
      return {
        message:
          problem.item.locator && problem.item.locator.label !== `¶${problem.paragraph}`
            ? `${problem.item.locator.label} runs past the end of ${named(problem.source)} (¶${problem.paragraph}), which has ${problem.paragraphs} paragraphs (¶1–¶${problem.paragraphs}).`
            : `¶${problem.paragraph} is past the end of ${named(problem.source)}, which has ${problem.paragraphs} paragraphs (¶1–¶${problem.paragraphs}).`,
        hint: `paragraph numbers are shown beside each paragraph on ${problem.source.page}.`,
      };
    case 'quotation-not-found': {
      const where = problem.searched
        .map(({ source, locator }) => (locator ? `${named(source)} ${locator.label}` : named(source)))
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

/** The author-facing message and hint of a citation notice (a warning). */
export function describeCitationNotice(notice: CitationNotice): { message: string; hint: string } {
  const from = locatorOf(notice.from).label;
  const to = locatorOf(notice.to).label;
  return {
    message: `"${notice.item.key}" ${from} moved to ${to} in the source's new text (v${notice.source.version}; the citation was written against v${notice.fromVersion}): the same words, now at ${to}, where this citation links.`,
    hint: `npm run fix-locators rewrites the locator ([@${notice.item.key}, ${to}]), showing each change before it writes.`,
  };
}

/** The message and hint as one text, as the author reads them after the place. */
export function formatCitationProblem(problem: CitationProblem): string {
  const { message, hint } = describeCitationProblem(problem);
  return `${message}\n  hint: ${hint}`;
}
