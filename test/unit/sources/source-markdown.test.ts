import { describe, expect, it } from 'vitest';
import { parseSourceBody, serializeSourceBody } from '../../../src/lib/sources/source-markdown.ts';
import type { SourceBlock } from '../../../src/lib/sources/types.ts';

describe('the source body format', () => {
  it('writes plain paragraphs and headings as Markdown, and blocks with a language or a form as directives, and reads them all back', () => {
    const blocks: SourceBlock[] = [
      { role: 'title', lines: ['A headline'] },
      { role: 'dateline', lines: ['4 November 2025, 06:30 GMT'] },
      { role: 'caption', lines: ['جنود عراقيون في الموصل (أ ف ب)'], lang: 'ar' },
      { role: 'paragraph', lines: ['A paragraph with **asterisks** and [brackets].'] },
      { role: 'paragraph', lines: ['قال المتحدث إن القوات مستعدة.'], lang: 'ar', form: 'quote' },
      { role: 'paragraph', lines: ['An item of a list;'], form: 'item' },
      { role: 'heading', lines: ['عنوان'], lang: 'ar' },
      { role: 'heading', lines: ['A heading'] },
      { role: 'related', lines: ['Related', 'Another story'] },
      { role: 'page-furniture', lines: ['Institute for Security Studies', '3'] },
    ];
    const markdown = serializeSourceBody(blocks);
    expect(markdown).toContain(':::caption{lang="ar"}\nجنود عراقيون في الموصل (أ ف ب)\n:::');
    expect(markdown).toContain(':::paragraph{lang="ar" form="quote"}');
    expect(markdown).toContain(':::paragraph{form="item"}');
    expect(markdown).toContain(':::heading{lang="ar"}');
    expect(markdown).toContain('## A heading');
    expect(markdown).toContain(':::page-furniture\nInstitute for Security Studies\n\n3\n:::');
    expect(parseSourceBody(markdown)).toEqual(blocks);
  });

  it('refuses attributes the format does not have, with the line', () => {
    expect(() => parseSourceBody('Para.\n\n:::caption{style="color:red"}\nText\n:::\n', { file: 's.md', lineOffset: 10 })).toThrow(/s\.md:13: the :::caption block has an attribute the source format does not allow: style="color:red"/u);
    expect(() => parseSourceBody(':::caption{form="quote"}\nText\n:::\n')).toThrow(/attribute the source format does not allow: form="quote"/u);
    expect(() => parseSourceBody(':::paragraph{lang="not a tag"}\nText\n:::\n')).toThrow(/lang="not a tag"/u);
  });
});
