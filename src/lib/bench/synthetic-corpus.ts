import { ingestArticle } from '../sources/ingest-article.ts';

/** A small deterministic pseudo-random generator (LCG), so a corpus is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS = (
  'coalition security forces border desert valley mountain cells leadership withdrawal agreement timetable ' +
  'alliance intelligence training mission threat attack network region government militia election ' +
  'sovereignty partners officials analysts report warning operations capacity support presence strategy'
).split(' ');

function sentence(random: () => number, words: number): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)] ?? 'word');
  const first = picked[0] ?? 'Word';
  picked[0] = first[0]?.toUpperCase() + first.slice(1);
  return `${picked.join(' ')}.`;
}

export interface SyntheticSource {
  slug: string;
  /** The whole `content/sources/<slug>.md`, written through the real ingest. */
  markdown: string;
  paragraphs: string[];
}

/** N sources of `paragraphs` paragraphs each, ingested exactly as a received text would be. */
export function syntheticSources(count: number, options: { paragraphs?: number; seed?: number } = {}): SyntheticSource[] {
  const random = seededRandom(options.seed ?? 1);
  const paragraphCount = options.paragraphs ?? 8;
  return Array.from({ length: count }, (_, i) => {
    const slug = `source-${String(i + 1).padStart(5, '0')}`;
    const paragraphs = Array.from({ length: paragraphCount }, () =>
      Array.from({ length: 4 }, () => sentence(random, 8 + Math.floor(random() * 8))).join(' '),
    );
    const text = paragraphs.join('\n');
    const entry = {
      file: `${slug}.txt`,
      slug,
      title: `Synthetic source ${i + 1}`,
      publisher: `Publisher ${(i % 37) + 1}`,
      authors: [`Author ${(i % 101) + 1}`],
      published: `20${String(10 + (i % 15)).padStart(2, '0')}-0${(i % 9) + 1}-1${i % 9}`,
      datePrecision: 'day' as const,
      url: `https://example.org/articles/${slug}`,
      kind: 'news report',
      language: 'en',
      regions: ['Iraq'],
      topics: ['coalition'],
      rights: 'full-text' as const,
      notes: '',
    };
    const { markdown } = ingestArticle(new TextEncoder().encode(text), entry.file, entry, '2026-01-01');
    return { slug, markdown, paragraphs };
  });
}

/**
 * N briefings, each with `citations` sentences that cite a paragraph of a source with a
 * `¶N` locator and quote six consecutive words of it, so every citation is verified.
 */
export function syntheticBriefings(
  count: number,
  sources: readonly SyntheticSource[],
  options: { citations?: number; seed?: number } = {},
): { slug: string; mdx: string }[] {
  const random = seededRandom(options.seed ?? 2);
  const citations = options.citations ?? 20;
  return Array.from({ length: count }, (_, i) => {
    const slug = `briefing-${String(i + 1).padStart(5, '0')}`;
    const cited = new Set<string>();
    const body: string[] = [];
    for (let c = 0; c < citations; c++) {
      const source = sources[Math.floor(random() * sources.length)];
      if (!source) continue;
      const paragraphIndex = Math.floor(random() * source.paragraphs.length);
      const words = (source.paragraphs[paragraphIndex] ?? '').split(' ');
      const start = Math.floor(random() * Math.max(1, words.length - 6));
      const quote = words.slice(start, start + 6).join(' ').replace(/[.]$/u, '');
      cited.add(source.slug);
      body.push(`${sentence(random, 10).slice(0, -1)}, as one report put it: "${quote}" [@${source.slug}, ¶${paragraphIndex + 1}].`);
      if (c % 5 === 4) body.push('');
      if (c % 10 === 9) body.push(`## Section ${c / 10 + 0.1}`.replace('.1', ''), '');
    }
    const frontmatter = [
      '---',
      `title: "Synthetic briefing ${i + 1}"`,
      `dek: "A generated briefing for benchmarks."`,
      `published: "2025-${String((i % 12) + 1).padStart(2, '0')}-01"`,
      'authors: ["Bench"]',
      'regions: ["Iraq"]',
      'topics: ["coalition"]',
      `sources: [${[...cited].map((slug) => `"${slug}"`).join(', ')}]`,
      'keyTakeaways: ["Generated."]',
      '---',
      '',
    ].join('\n');
    return { slug, mdx: `${frontmatter}${body.join('\n')}\n` };
  });
}
