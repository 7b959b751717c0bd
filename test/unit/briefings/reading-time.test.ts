import { describe, expect, it } from 'vitest';
import { countProseWords } from '../../../src/lib/briefings/reading-time.ts';

describe('countProseWords', () => {
  it('counts the words of a Markdown link, not its address', () => {
    expect(countProseWords('See [Syria and the border](/briefings/syria-and-the-border/) for more.')).toBe(7);
    expect(countProseWords('The [glossary](/glossary/#caliphate "Glossary") helps.')).toBe(3);
  });

  it('counts the words of a JSX link, not its attributes', () => {
    expect(countProseWords("See <a href={href('/briefings/syria-and-the-border/')}>Syria and the border</a> for more.")).toBe(7);
  });
});
