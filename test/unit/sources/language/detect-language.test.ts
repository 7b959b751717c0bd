import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage, dominantScript, scriptFits, tagFor639_3 } from '../../../../src/lib/sources/language/detect-language.ts';

describe('detectLanguage', () => {
  it('tells Arabic, Persian and Urdu apart among texts in Arabic script, and says "ar" for a short Arabic phrase', () => {
    expect(detectLanguage('وقال المتحدث باسم قيادة العمليات المشتركة إن القوات العراقية مستعدة لتسلّم المهام كاملةً بعد انسحاب المستشارين الأجانب.')).toBe('ar');
    expect(detectLanguage('سخنگوی وزارت امور خارجه ایران گفت که این کشور از هرگونه گفت‌وگو برای کاهش تنش در منطقه استقبال می‌کند.')).toBe('fa');
    expect(detectLanguage('الموصل')).toBe('ar');
  });

  it('gives the language of a script that has one (Greek, Korean) and keeps an expected language that fits the script', () => {
    expect(detectLanguage('Η κυβέρνηση ανακοίνωσε νέα μέτρα.')).toBe('el');
    expect(detectLanguage('정부는 새로운 조치를 발표했다.')).toBe('ko');
    expect(detectLanguage('قال المتحدث إن القوات مستعدة', { expected: 'ar-IQ' })).toBe('ar-IQ');
  });

  it('keeps the expected language for Latin-script text unless a long text is clearly in another', () => {
    // franc alone calls this English paragraph Scots.
    const english = 'Ibrahim warned that unless Baghdad expands coordination with both the Kurdistan Region and Damascus, the group could regain a foothold in the border areas it once controlled.';
    expect(detectLanguage(english, { expected: 'en' })).toBe('en');
    expect(detectLanguage('Table of Contents', { expected: 'en' })).toBe('en');
    const french = 'Le gouvernement irakien a annoncé mardi que les forces de la coalition internationale quitteraient les bases du pays avant la fin de l’année prochaine, selon un communiqué publié à Bagdad.';
    expect(detectLanguage(french, { expected: 'en' })).toBe('fr');
  });

  it('keeps every paragraph of the five received texts in English', () => {
    const folder = join(import.meta.dirname, '../../../fixtures/received');
    for (const name of ['000_2e77ceda45191426.txt', '001_e26ad29491e76840.txt', '002_c50906b3062e8aed.txt', '003_9c8806cec8814926.txt', '004_f1a0e55f6476b68c.txt']) {
      const lines = readFileSync(join(folder, name), 'utf8').split('\n').filter((line) => line.trim() !== '');
      for (const line of lines) expect(detectLanguage(line, { expected: 'en' }), line).toBe('en');
      expect(detectLanguage(lines.join('\n'))).toBe('en');
    }
  });
});

describe('scripts', () => {
  it('finds the dominant script and whether a language fits it', () => {
    expect(dominantScript('Mosul الموصل الموصل').script).toBe('Arabic');
    expect(scriptFits('قال المتحدث', 'en')).toBe(false);
    expect(scriptFits('Mosul', 'en-GB')).toBe(true);
    expect(scriptFits('1, 2, 3', 'ar')).toBe(true);
  });

  it('maps franc\'s ISO 639-3 codes to BCP 47, preferring two letters', () => {
    expect(tagFor639_3('arb')).toBe('ar');
    expect(tagFor639_3('eng')).toBe('en');
    expect(tagFor639_3('ckb')).toBe('ckb');
  });
});
