/** Words a reader gets through per minute: a conventional figure for careful reading of explanatory prose. */
const WORDS_PER_MINUTE = 220;

/** Minutes to read a number of words, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/**
 * Prose words of an MDX/Markdown body: frontmatter, import/export lines, JSX tags,
 * citation brackets, link addresses and Markdown punctuation are not words a reader reads.
 */
export function countProseWords(body: string): number {
  const prose = body
    .replace(/^---\n[\s\S]*?\n---\n/u, '')
    .replace(/^(?:import|export)\s.*$/gmu, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/gu, '')
    .replace(/<[^>]+>/gu, ' ')
    .replace(/\]\([^()\s]*(?:\s+"[^"]*")?\)/gu, '] ')
    .replace(/\[(?:[^\]]*?)@[\w-]+[^\]]*\]/gu, ' ')
    .replace(/[#*_>`|[\]()-]+/gu, ' ');
  return prose.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
