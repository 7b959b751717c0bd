import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/lib/sources/detect-format.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('detectFormat', () => {
  it('tells a PDF, a web page and plain text by their content, whatever their names', () => {
    expect(detectFormat(bytes('%PDF-1.7\n…'), 'report.txt')).toBe('pdf');
    expect(detectFormat(bytes('\n  <!DOCTYPE html><html><body><p>x</p></body></html>'), 'saved.txt')).toBe('html');
    expect(detectFormat(bytes('<!-- saved from url=(0014)about:internet -->\n<html lang="en">'), 'a')).toBe('html');
    expect(detectFormat(bytes('<div class="story"><p>A fragment of a page.</p></div>'), 'a.htm')).toBe('html');
    expect(detectFormat(bytes('Iraq <signals> a shift.\nA second line.'), 'article.html')).toBe('text');
  });

  it('sees a UTF-16 web page as a web page', () => {
    const text = '<!doctype html><html><p>x</p></html>';
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((char) => [char.charCodeAt(0), 0])]);
    expect(detectFormat(utf16, 'a.html')).toBe('html');
  });

  it('refuses images and Office files with what they are', () => {
    expect(() => detectFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d]), 'scan.png')).toThrow(/the file is a PNG image/u);
    expect(() => detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]), 'article.docx')).toThrow(/a ZIP archive \(a Word \.docx/u);
  });
});
