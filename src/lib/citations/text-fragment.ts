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
