import { describe, expect, it } from 'vitest';
import { decodeArticleText } from '../../../src/lib/sources/decode-text.ts';

const message = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (endian === 'le') bytes.push(code & 0xff, code >> 8);
    else bytes.push(code >> 8, code & 0xff);
  }
  return new Uint8Array(bytes);
}

describe('decodeArticleText', () => {
  const text = 'An article.\nقال المتحدث إن القوات مستعدة.\n';

  it('reads UTF-8, with or without a byte-order mark, and normalises line endings', () => {
    expect(decodeArticleText(new TextEncoder().encode('a\r\nb\rc'), 'a.txt')).toEqual({ text: 'a\nb\nc', encoding: 'utf-8', quirks: [] });
    expect(decodeArticleText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'a.txt').text).toBe('a');
  });

  it('decodes UTF-16 in either byte order, with a byte-order mark or recognised by its zero bytes, and says so in the quirks', () => {
    for (const endian of ['le', 'be'] as const) {
      for (const bom of [true, false]) {
        const decoded = decodeArticleText(utf16(text, endian, bom), 'a.txt');
        expect(decoded.text).toBe(text);
        expect(decoded.encoding).toBe(`utf-16${endian}`);
        expect(decoded.quirks[0]).toMatch(/received as UTF-16(LE|BE) text/u);
      }
    }
  });

  it('rejects invalid UTF-16 as UTF-16, not as binary', () => {
    const broken = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x00, 0xd8, 0x62, 0x00]);
    expect(message(() => decodeArticleText(broken, 'a.txt'))).toContain('the file is UTF-16 text (UTF-16LE) with bytes that are not valid UTF-16');
  });

  it('reads a vertical tab (a Word line break) as a newline and records where it was', () => {
    const decoded = decodeArticleText(new TextEncoder().encode('First line\u000bsecond line\nthird'), 'a.txt');
    expect(decoded.text).toBe('First line\nsecond line\nthird');
    expect(decoded.quirks).toEqual(['A vertical tab (0x0B, a Word line break) at line:column 1:11 of the received file was read as a line break.']);
  });

  it('refuses other control characters with their line and column', () => {
    const error = message(() => decodeArticleText(new TextEncoder().encode('ok\nab\u0007c\u0007'), 'a.txt'));
    expect(error).toContain('a.txt:2:3: the text contains the control character U+0007 BEL (bell) (and 1 more)');
    expect(message(() => decodeArticleText(new TextEncoder().encode('page one\u000cpage two'), 'a.txt'))).toContain('a form feed is a page break');
  });

  it('honours a declared character set (a web page in Windows-1256)', () => {
    // "سلام" in Windows-1256.
    expect(decodeArticleText(new Uint8Array([0xd3, 0xe1, 0xc7, 0xe3]), 'a.html', { declaredCharset: 'windows-1256' }).text).toBe('سلام');
  });

  it('refuses empty, binary and non-UTF-8 files', () => {
    expect(message(() => decodeArticleText(new Uint8Array(), 'a.txt'))).toContain('the file is empty (0 bytes)');
    expect(message(() => decodeArticleText(new Uint8Array([0x61, 0x00, 0x00, 0x00, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67]), 'a.txt'))).toContain('the file is binary');
    expect(message(() => decodeArticleText(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'a.txt'))).toContain('the file is not valid UTF-8 text');
  });
});
