import { describe, expect, it } from 'vitest';
import { assignLanguages, sourceLanguage } from '../../../../src/lib/sources/language/assign-languages.ts';
import type { SourceBlock } from '../../../../src/lib/sources/types.ts';

const arabic = 'قال المتحدث باسم قيادة العمليات المشتركة إن القوات العراقية مستعدة لتسلم المهام كاملة.';
const english = 'Iraqi military commanders said on Tuesday that their forces were ready to take over every task.';

describe('sourceLanguage', () => {
  const mixed: SourceBlock[] = [{ role: 'paragraph', lines: [english] }, { role: 'paragraph', lines: [arabic] }, { role: 'paragraph', lines: [english] }];

  it('takes the manifest\'s language first, then the declared one when the body\'s script fits it', () => {
    expect(sourceLanguage(mixed, 'en-GB', { value: 'ar', from: '<html lang>' })).toEqual({ value: 'en-GB', from: 'manifest' });
    expect(sourceLanguage(mixed, undefined, { value: 'en', from: '<html lang>' })).toEqual({ value: 'en', from: '<html lang>' });
  });

  it('detects the language of a body in another script than the declared one', () => {
    const mostlyArabic: SourceBlock[] = [{ role: 'paragraph', lines: [arabic] }, { role: 'paragraph', lines: [arabic] }, { role: 'byline', lines: ['By Omar Saadi'] }];
    expect(sourceLanguage(mostlyArabic, undefined, { value: 'en', from: '<html lang>' }).value).toBe('ar');
    expect(sourceLanguage(mostlyArabic, undefined, undefined)).toEqual({ value: 'ar', from: 'detected in the body (franc)' });
  });
});

describe('assignLanguages', () => {
  it('marks only the blocks in another language than the source, declared or detected', () => {
    const blocks: SourceBlock[] = [
      { role: 'paragraph', lines: [english] },
      { role: 'paragraph', lines: [arabic] },
      { role: 'caption', lines: [arabic], lang: 'ar-IQ' },
      { role: 'paragraph', lines: [english], lang: 'en-GB' },
      { role: 'paragraph', lines: [english], lang: 'ar' },
    ];
    expect(assignLanguages(blocks, 'en').map((block) => block.lang)).toEqual([undefined, 'ar', 'ar-IQ', undefined, undefined]);
    expect(assignLanguages(blocks, 'ar').map((block) => block.lang)).toEqual(['en', undefined, undefined, 'en-GB', 'en']);
  });
});
