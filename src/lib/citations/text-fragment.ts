/** Percent-encodes a text-fragment term: also `-`, `,` and `&`, which the syntax reserves. */
function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/gu, '%2D').replace(/,/gu, '%2C').replace(/&/gu, '%26');
}

/**
 * A URL text fragment (`#:~:text=`) that makes supporting browsers scroll to and highlight
 * a passage on the publisher's page. Short passages are given whole; long ones as
 * `start,end` (the first and last few words), which survives small differences in between.
 */
export function textFragment(passage: string): string {
  const words = passage.trim().split(/\s+/u);
  if (words.length <= 10) return `#:~:text=${encodeTerm(words.join(' '))}`;
  return `#:~:text=${encodeTerm(words.slice(0, 4).join(' '))},${encodeTerm(words.slice(-4).join(' '))}`;
}

function terms(passage: string): { first: string; last: string } {
  const words = passage.trim().split(/\s+/u);
  return { first: words.slice(0, 4).join(' '), last: words.slice(-4).join(' ') };
}

/**
 * A text directive (`:~:text=…&text=…`) highlighting whole stretches of a page, each from the
 * first words of one passage to the last words of another: for a citation of a range or list
 * of paragraphs (`¶5–6`, `¶3, ¶5`), whose link lands on the first and highlights all of them.
 * Put after an element fragment (`#p-5:~:text=…`), a browser without text fragments still lands
 * on the first paragraph.
 */
export function textDirective(stretches: readonly { first: string; last: string }[]): string {
  const directives = stretches.map(({ first, last }) => {
    const start = terms(first).first;
    const end = terms(last).last;
    return `text=${encodeTerm(start)},${encodeTerm(end)}`;
  });
  return `:~:${directives.join('&')}`;
}
