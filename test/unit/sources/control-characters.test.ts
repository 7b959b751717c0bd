import { describe, expect, it } from 'vitest';
import { cleanControlCharacters } from '../../../src/lib/sources/control-characters.ts';
import { isProblemError } from '../../../src/lib/problems.ts';

describe('cleanControlCharacters', () => {
  it('leaves tab and newline alone', () => {
    expect(cleanControlCharacters('a\tb\nc', 'x.txt')).toEqual({ text: 'a\tb\nc', quirks: [] });
  });

  it('turns every vertical tab into a newline and lists them', () => {
    const cleaned = cleanControlCharacters('a\u000bb\nc\u000bd', 'x.txt');
    expect(cleaned.text).toBe('a\nb\nc\nd');
    expect(cleaned.quirks[0]).toBe('2 vertical tabs (0x0B, Word line breaks) at line:column 1:2, 2:2 of the received file were read as a line break.');
  });

  it('fails with a Problem at the first other control character, counting columns in characters', () => {
    try {
      cleanControlCharacters('أب\u001bc', 'x.txt');
      expect.unreachable();
    } catch (error) {
      expect(isProblemError(error)).toBe(true);
      const problem = (error as { problems: { line: number; column: number; message: string; hint: string }[] }).problems[0]!;
      expect(problem).toMatchObject({ line: 1, column: 3 });
      expect(problem.message).toContain('U+001B ESC');
      expect(problem.hint).toContain('delete it');
    }
  });
});
