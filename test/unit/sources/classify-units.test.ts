import { describe, expect, it } from 'vitest';
import { classifyTextUnits } from '../../../src/lib/sources/classify-units.ts';

const facts = { title: 'Coalition advisers prepare to leave', publisher: 'The Ledger', authors: ['Hana Karim'] };
const roles = (units: string[]) => classifyTextUnits(units, facts).map((unit) => [unit.role, unit.text]);

describe('classifyTextUnits on text pasted from a web page', () => {
  it('keeps captions, credits, a repeated headline, "Read the rest …" lines and stray fragments out of the numbered body', () => {
    expect(
      roles([
        'Coalition advisers prepare to leave',
        'By Hana Karim',
        'Foreign military advisers began packing equipment at two Iraqi bases this week, officials said on Tuesday.',
        'جنود عراقيون عند نقطة تفتيش في مدينة الموصل (أ ف ب)',
        'Iraqi soldiers stand guard at Ain al-Asad air base, 2 November 2025. (Photo: AFP)',
        'Photo: Layla Nouri/Reuters',
        'ar',
        'Coalition advisers prepare to leave',
        'The drawdown was agreed in principle last year, but its details remain unsettled, two officials said.',
        'Read the rest of the story at ledger.example',
        'Sign up for our Middle East newsletter',
      ]),
    ).toEqual([
      ['title', 'Coalition advisers prepare to leave'],
      ['byline', 'By Hana Karim'],
      ['paragraph', 'Foreign military advisers began packing equipment at two Iraqi bases this week, officials said on Tuesday.'],
      ['caption', 'جنود عراقيون عند نقطة تفتيش في مدينة الموصل (أ ف ب)'],
      ['caption', 'Iraqi soldiers stand guard at Ain al-Asad air base, 2 November 2025. (Photo: AFP)'],
      ['credit', 'Photo: Layla Nouri/Reuters'],
      ['boilerplate', 'ar'],
      ['title', 'Coalition advisers prepare to leave'],
      ['paragraph', 'The drawdown was agreed in principle last year, but its details remain unsettled, two officials said.'],
      ['boilerplate', 'Read the rest of the story at ledger.example'],
      ['boilerplate', 'Sign up for our Middle East newsletter'],
    ]);
  });

  it('gives every decision a reason', () => {
    expect(classifyTextUnits(['Read the rest of the story at ledger.example', 'ar'], facts).map((unit) => unit.reason)).toEqual(['reads as a "read the rest at" line', 'a stray fragment of two letters or fewer']);
  });
});
