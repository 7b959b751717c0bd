import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifest } from '../../../src/lib/schema/source-facts.ts';
import { ingestText } from '../../../src/lib/sources/ingest-article.ts';
import { parseSourceBody } from '../../../src/lib/sources/source-markdown.ts';
import { splitSourceFile } from '../../../src/lib/sources/source-file.ts';
import { wordsOf } from '../../../src/lib/sources/words.ts';
import { wordsOfBlocks } from '../../../src/lib/sources/fingerprint.ts';
import type { BlockRole, SourceBlock } from '../../../src/lib/sources/types.ts';

const RECEIVED = join(import.meta.dirname, '../../fixtures/received');
const entries = manifest.parse(JSON.parse(readFileSync(join(RECEIVED, 'manifest.json'), 'utf8'))).sources;

function ingest(slug: string) {
  const entry = entries.find((candidate) => candidate.slug === slug);
  if (!entry) throw new Error(`no manifest entry ${slug}`);
  const bytes = readFileSync(join(RECEIVED, entry.file));
  const result = ingestText(bytes, entry.file, entry, '2026-11-24');
  const { body } = splitSourceFile(result.markdown);
  return { entry, bytes, result, reread: parseSourceBody(body) };
}

const linesOf = (blocks: SourceBlock[], role: BlockRole) => blocks.filter((block) => block.role === role).flatMap((block) => block.lines);

/** What each received file must come out as: the structure an editor checked by hand. */
const EXPECTED: Record<string, { paragraphs: number; headings: string[]; furniture: Partial<Record<BlockRole, string[]>> }> = {
  'nato-brussels-2024': { paragraphs: 9, headings: [], furniture: {} },
  'shafaq-iraq-resurgence-2025': {
    paragraphs: 18,
    headings: [
      'US Warnings vs. Iraqi Divides',
      'Syria as the Border Weak Link',
      'ISIS’s Tactical Shift: From Battles to Cells',
      'Iraq’s Dilemma: Sovereignty or Security?',
    ],
    furniture: { publisher: ['Shafaq News'], credit: ['Written and edited by Shafaq News staff.'] },
  },
  'archyde-iraq-shift-2025': {
    paragraphs: 6,
    headings: [
      'The Prime Minister’s Challenge: Justifying a Continued Foreign Presence',
      'The Fragility of ‘Stability’ and the Risk of Vacuum',
      'Implications for the International Coalition',
      'The Rise of Iraqi Security Forces and the Disarmament Agenda',
      'Future Trends: Towards a New Iraqi Security Architecture',
    ],
    furniture: {
      title: ['Iraq Signals a Shift: Will the Coalition’s Role Evolve After ISIS?'],
      boilerplate: ['What are your predictions for the future of the international coalition in Iraq? Share your thoughts in the comments below!'],
    },
  },
  'carnegie-nato-toolbox-2019': {
    paragraphs: 21,
    headings: ['Issues at Stake'],
    furniture: { boilerplate: ['Table of Contents'] },
  },
  'nyt-costa-clarke-2024': {
    paragraphs: 11,
    headings: [],
    furniture: { byline: ['Christopher P. Costa and', 'The New York Times', 'March 31, 2024'] },
  },
};

describe('ingestText on the five received texts', () => {
  for (const [slug, expected] of Object.entries(EXPECTED)) {
    describe(slug, () => {
      const { bytes, result, reread } = ingest(slug);
      const receivedWords = wordsOf(new TextDecoder().decode(bytes));

      it('finds the section headings', () => {
        expect(linesOf(result.blocks, 'heading')).toEqual(expected.headings);
      });

      it('counts the body paragraphs', () => {
        expect(result.blocks.filter((block) => block.role === 'paragraph')).toHaveLength(expected.paragraphs);
      });

      it('moves or marks the furniture instead of dropping it', () => {
        for (const [role, lines] of Object.entries(expected.furniture)) {
          expect(linesOf(result.blocks, role as BlockRole)).toEqual(lines);
        }
      });

      it('loses nothing: every received word is in the output, in order', () => {
        expect(wordsOfBlocks(result.blocks)).toEqual(receivedWords);
      });

      it('writes Markdown that reads back to the same blocks, character for character', () => {
        expect(reread).toEqual(result.blocks);
        expect(wordsOfBlocks(reread)).toEqual(receivedWords);
      });
    });
  }

  it('finds the Carnegie author bio in the middle of the text and the four endnotes at the end', () => {
    const { result } = ingest('carnegie-nato-toolbox-2019');
    const bio = result.blocks.find((block) => block.role === 'bio');
    expect(bio?.lines[0]).toBe('Félix Arteaga');
    expect(bio?.lines[1]).toMatch(/^Félix Arteaga is a senior analyst/u);
    const roles = result.blocks.map((block) => block.role);
    expect(roles.indexOf('bio')).toBeGreaterThan(roles.indexOf('heading'));
    expect(roles.at(-1)).toBe('notes');
    expect(linesOf(result.blocks, 'notes').map((line) => line.split(' ')[0])).toEqual(['1', '2', '3', '4']);
  });

  it('keeps the New York Times bio line and the text glitch exactly as received', () => {
    const { result } = ingest('nyt-costa-clarke-2024');
    expect(linesOf(result.blocks, 'bio')[0]).toMatch(/^Mr\. Costa was the special assistant/u);
    expect(linesOf(result.blocks, 'paragraph').join(' ')).toContain('from using Afghanistan asian operating base');
  });

  it('keeps Archyde’s literal asterisks and bare URL as text', () => {
    const { result, reread } = ingest('archyde-iraq-shift-2025');
    const text = linesOf(reread, 'paragraph').join(' ');
    expect(text).toContain('**Iraq’s security**');
    expect(text).toContain('https://www.crisisgroup.org/middle-east-north-africa/iraq.');
    expect(result.markdown).toContain('\\*\\*Iraq’s security\\*\\*');
  });

  it('records the fingerprint and word count in the frontmatter', () => {
    const { result } = ingest('nato-brussels-2024');
    const { frontmatter } = splitSourceFile(result.markdown) as { frontmatter: { ingest: { fingerprint: string; words: number; date: string } } };
    expect(frontmatter.ingest.fingerprint).toBe(result.fingerprint);
    expect(frontmatter.ingest.words).toBe(596);
    expect(frontmatter.ingest.date).toBe('2026-11-24');
  });
});
