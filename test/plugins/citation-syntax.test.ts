import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BriefingCitations } from '../../src/lib/citations/citation-record.ts';
import { formatWarning } from '../../src/lib/problems.ts';
import { renderMarkdown } from '../helpers/markdown-pipeline.ts';
import { sourceLibraryOf } from '../helpers/source-library.ts';

/**
 * Pandoc's citation syntax, every form, through the site's own pipeline (Sätteri with the site's
 * plugins, test/helpers/markdown-pipeline.ts), against the two sources of
 * test/fixtures/citations/sources/. Shafaq's paragraphs: ¶3 "voiced “deep concern” this week",
 * ¶4 "Washington sees ISIS as “a regional power threat, with Iraq part of this danger.”",
 * ¶7 "“The problem is that Iraqi leaders lack a clear strategic vision…”".
 */
const ROOT = join(import.meta.dirname, '../..');
const library = sourceLibraryOf(join(ROOT, 'test/fixtures/citations/sources'));
const S = 'shafaq-iraq-resurgence-2025';
const N = 'nyt-costa-clarke-2024';

async function render(markdown: string, extension: 'mdx' | 'md' = 'mdx') {
  const warnings: string[] = [];
  const path = join(ROOT, `content/briefings/syntax-case.${extension}`);
  const result = await renderMarkdown(markdown, { path, library: () => library, terms: () => [], base: '/', warn: (problem) => warnings.push(formatWarning(problem)) });
  return { ...result, warnings, citations: result.frontmatter.citations as BriefingCitations };
}

async function failure(markdown: string, extension: 'mdx' | 'md' = 'mdx'): Promise<string> {
  return render(markdown, extension).then(
    () => 'no error',
    (error: unknown) => (error as Error).message,
  );
}

/** The citation markup, attributes other than href and the margin's glimpses (sidenotes) dropped, for readable expectations. */
function markers(html: string): string {
  return html
    .replace(/<span class="sidenote"[^>]*>(?:<span class="sidenote-item"><span class="sidenote-label">[^<]*<\/span>[^<]*<\/span>)+<\/span>/gu, '')
    .replace(/<a href="([^"]*)"[^>]*class="cite-link"[^>]*>/gu, '<a href="$1">')
    .replace(/<span data-pagefind-ignore="">/gu, '<span ignored>')
    .replace(/<span class="citation" data-pagefind-ignore="">/gu, '<span citation>')
    .replace(/\n/gu, '');
}

describe('bracketed citations', () => {
  it('1. [@a] links to the source page, marked with its short name', async () => {
    expect(markers((await render(`A claim [@${S}].`)).html)).toBe(`<p>A claim<span ignored> <span citation>[<a href="/sources/${S}/">Shafaq</a>]</span></span>.</p>`);
  });
  it('2. [@a, ¶3] links to the paragraph', async () => {
    expect(markers((await render(`A claim [@${S}, ¶3].`)).html)).toContain(`[<a href="/sources/${S}/#p-3">Shafaq ¶3</a>]`);
  });
  it('3. [@a ¶3], without a comma, as Pandoc allows', async () => {
    expect(markers((await render(`A claim [@${S} ¶3].`)).html)).toContain(`[<a href="/sources/${S}/#p-3">Shafaq ¶3</a>]`);
  });
  it('4. every spelling of a paragraph locator', async () => {
    for (const written of ['¶ 3', 'para 3', 'para. 3', 'paragraph 3']) {
      expect(markers((await render(`A claim [@${S}, ${written}].`)).html), written).toContain(`<a href="/sources/${S}/#p-3">Shafaq ¶3</a>`);
    }
  });
  it('5. a prefix with emphasis: [*cf.* @a, ¶3]', async () => {
    expect(markers((await render(`A claim [*cf.* @${S}, ¶3].`)).html)).toContain(`[<em>cf.</em> <a href="/sources/${S}/#p-3">Shafaq ¶3</a>]`);
  });
  it('6. a suffix with emphasis: [@a, ¶2 and *passim*]', async () => {
    expect(markers((await render(`A claim [@${S}, ¶2 and *passim*].`)).html)).toContain(`[<a href="/sources/${S}/#p-2">Shafaq ¶2</a> and <em>passim</em>]`);
  });
  it('7. a prefix and a suffix: [see @a, ¶2 and *passim*]', async () => {
    expect(markers((await render(`A claim [see @${S}, ¶2 and *passim*].`)).html)).toContain(`[see <a href="/sources/${S}/#p-2">Shafaq ¶2</a> and <em>passim</em>]`);
  });
  it('8. a link inside the suffix is kept as a link', async () => {
    expect(markers((await render(`A claim [@${S}, ¶3, as [the embassy said](https://example.org/x)].`)).html)).toContain(
      `[<a href="/sources/${S}/#p-3">Shafaq ¶3</a>, as <a href="https://example.org/x">the embassy said</a>]`,
    );
  });
  it('9. code inside the suffix is kept as code', async () => {
    expect(markers((await render(`A claim [@${S}, ¶3, field \`deep\`].`)).html)).toContain(`[<a href="/sources/${S}/#p-3">Shafaq ¶3</a>, field <code>deep</code>]`);
  });
  it('10. several items, with or without a space after the semicolon', async () => {
    const expected = `[<a href="/sources/${S}/#p-3">Shafaq ¶3</a>; <a href="/sources/${N}/#p-2">NYT ¶2</a>]`;
    expect(markers((await render(`A claim [@${S}, ¶3;@${N}, ¶2].`)).html)).toContain(expected);
    expect(markers((await render(`A claim [@${S}, ¶3; @${N}, ¶2].`)).html)).toContain(expected);
  });
  it('11. items of one source in a row name it once', async () => {
    expect(markers((await render(`A claim [@${S}, ¶3; @${S}, ¶4].`)).html)).toContain(`[<a href="/sources/${S}/#p-3">Shafaq ¶3</a>, <a href="/sources/${S}/#p-4">¶4</a>]`);
  });
  it('12. [-@a, ¶3] shows only the locator', async () => {
    const { html } = await render(`Shafaq News says so [-@${S}, ¶3].`);
    expect(markers(html)).toContain(`[<a href="/sources/${S}/#p-3">¶3</a>]`);
    expect(html).toContain('aria-label="¶3: Shafaq News, paragraph 3"');
  });
  it('13. a citation inside emphasis, and in a table cell', async () => {
    expect(markers((await render(`*As reported [@${S}, ¶3].*`)).html)).toContain(`<em>As reported<span ignored> <span citation>[<a href="/sources/${S}/#p-3">Shafaq ¶3</a>]</span></span>.</em>`);
    expect(markers((await render(`| claim |\n| --- |\n| Real [@${S}, ¶5] |`)).html)).toContain(`<a href="/sources/${S}/#p-5">Shafaq ¶5</a>`);
  });
  it('14. in a plain Markdown (.md) document as in MDX', async () => {
    expect(markers((await render(`A claim [see @${S}, ¶2 and *passim*].`, 'md')).html)).toContain(`[see <a href="/sources/${S}/#p-2">Shafaq ¶2</a> and <em>passim</em>]`);
  });
});

describe('author-in-text citations', () => {
  it('15. @a writes the source’s name as the link', async () => {
    const { html } = await render(`As @${S} reports, the danger is real.`);
    expect(markers(html)).toBe(`<p>As <a href="/sources/${S}/">Shafaq News</a> reports, the danger is real.</p>`);
    expect(html).toContain(`aria-label="Shafaq News: After US withdrawal: Why experts warn of an ISIS resurgence in Iraq"`);
  });
  it('16. @a [¶3] writes the name and the marker', async () => {
    expect(markers((await render(`As @${S} [¶3] reports, the danger is real.`)).html)).toBe(
      `<p>As Shafaq News<span ignored> <span citation>[<a href="/sources/${S}/#p-3">¶3</a>]</span></span> reports, the danger is real.</p>`,
    );
  });
  it('17. verifies the quotation after it in its sentence', async () => {
    const { citations } = await render(`@${S} [¶3] says the embassy voiced "deep concern" this week.`);
    expect(citations.cards[0]).toMatchObject({ anchor: 'p-3', highlight: expect.any(Object) });
    expect(await failure(`@${S} [¶3] says the embassy voiced "grave concern" this week.`)).toMatch(/quotation not found in "shafaq-iraq-resurgence-2025" ¶3:\n +“grave concern”/u);
  });
  it('18. and a quotation before it in its sentence', async () => {
    expect((await render(`"Deep concern," writes @${S} [¶3].`)).warnings).toEqual([]);
  });
});

describe('ranges and lists of paragraphs', () => {
  for (const written of ['¶3-4', '¶3–4', '¶¶3–4', 'paras 3-4']) {
    it(`19. ${written} links to the first and highlights both`, async () => {
      const { html, citations } = await render(`A claim [@${S}, ${written}].`);
      expect(markers(html)).toContain(`[<a href="/sources/${S}/#p-3:~:text=The%20US%20Embassy%20in,forces%20consolidate%20in%20Erbil.">Shafaq ¶3–4</a>]`);
      expect(citations.links[0]).toMatchObject({ paragraph: 3, covers: [{ paragraph: 3, anchor: 'p-3' }, { paragraph: 4, anchor: 'p-4' }] });
      expect(citations.sources[0]?.paragraphs).toEqual([3, 4]);
    });
  }
  it('20. a list ¶3, ¶5 highlights each', async () => {
    const { html, citations } = await render(`A claim [@${S}, ¶3, ¶5].`);
    expect(html).toContain('>Shafaq ¶3, ¶5</a>');
    expect(html).toMatch(/#p-3:~:text=[^&"]+&amp;text=By%20contrast/u);
    expect(citations.cards[0]).toMatchObject({ anchor: 'p-3', label: '¶3, ¶5' });
  });
  it('21. checks a quotation against the whole range', async () => {
    const { citations } = await render(`It is "a regional power threat" [@${S}, ¶3–4].`);
    expect(citations.cards[0]).toMatchObject({ anchor: 'p-4', label: '¶3–4' });
    expect(citations.links[0]).toMatchObject({ anchor: 'p-3', paragraph: 3 });
  });
  it('22. a quotation outside the range names where it is', async () => {
    expect(await failure(`It is "a regional power threat" [@${S}, ¶5–6].`)).toContain('quotation not found in "shafaq-iraq-resurgence-2025" ¶5–6:');
    expect(await failure(`It is "a regional power threat" [@${S}, ¶5–6].`)).toContain('it does appear in ¶4: fix the locator.');
  });
  it('23. a range past the end, or backwards, fails', async () => {
    expect(await failure(`A claim [@${S}, ¶3–99].`)).toContain('¶3–99 runs past the end of "shafaq-iraq-resurgence-2025" (¶19), which has 18 paragraphs (¶1–¶18).');
    expect(await failure(`A claim [@${S}, ¶99].`)).toContain('¶99 is past the end of "shafaq-iraq-resurgence-2025", which has 18 paragraphs');
    expect(await failure(`A claim [@${S}, ¶6–5].`)).toContain('the range ¶6–5 runs backwards; write ¶5–6');
  });
});

describe('what is not a citation', () => {
  it('24. \\@ writes a literal at-sign', async () => {
    const { html, citations } = await render(`Write to \\@${S} on the wire, and \\[\\@x\\].`);
    expect(html).toBe(`<p>Write to @${S} on the wire, and [@x].</p>`);
    expect(citations.links).toEqual([]);
  });
  it('25. e-mail addresses stay as they are', async () => {
    const { html } = await render('Write to press@example.org or desk@newsroom.');
    expect(html).toContain('<a href="mailto:press@example.org">press@example.org</a>');
    expect(html).toContain('desk@newsroom.');
  });
  it('26. code spans and code blocks stay as they are', async () => {
    const { html } = await render(`Write \`[@${S}, ¶3]\` or \`@${S}\`.\n\n\`\`\`\n[@${S}]\n\`\`\``);
    expect(html).toContain(`<code>[@${S}, ¶3]</code>`);
    expect(html).toContain(`<code>@${S}</code>`);
    expect(html).toContain(`[@${S}]\n</code></pre>`);
  });
  it('27. an ordinary bracket after a name is not a locator', async () => {
    expect(markers((await render(`@${S} [sic] reports it.`)).html)).toContain(`<a href="/sources/${S}/">Shafaq News</a> [sic] reports it.`);
  });
});

describe('what fails, with file, line and column', () => {
  it('28. a pinned version, until versions exist', async () => {
    expect(await failure(`A claim [@${S}@v1, ¶4].`)).toBe(
      `1 citation problem:\n\ncontent/briefings/syntax-case.mdx:1:9: no version v1 of "${S}": sources have only their current text until versions are kept.\n` +
        `  hint: cite @${S} without @v1; pinned versions (@slug@vN) are read already and will resolve once the source library keeps its history.`,
    );
  });
  it('29. an unknown key, with the closest ones', async () => {
    expect(await failure('Line one.\n\nAs @shafaq-iraq-resurgence reports.')).toContain('content/briefings/syntax-case.mdx:3:4: unknown source "@shafaq-iraq-resurgence".\n  known sources, closest first: shafaq-iraq-resurgence-2025');
  });
  it('30. a key in a link’s text', async () => {
    expect(await failure(`See [what @${S} says](https://example.org).`)).toMatch(new RegExp(`syntax-case\\.mdx:1:11: "@${S}" in a link's text reads as a citation`, 'u'));
  });
  it('31. a key inside emphasis inside a bracket', async () => {
    expect(await failure(`A claim [see *@${S}*].`)).toContain(`syntax-case.mdx:1:9: cannot read the citation [see *@${S}*]: "see …" has its @key inside emphasis, a link or code`);
  });
  it('32. two keys without a semicolon', async () => {
    expect(await failure(`A claim [@${S} @${N}].`)).toContain('names more than one source; separate them with semicolons');
  });
  it('33. [-@a] without a locator', async () => {
    expect(await failure(`A claim [-@${S}].`)).toContain(`[-@${S}] hides the source's name but names no paragraph`);
  });
  it('34. a page locator, in a bracket or after a name', async () => {
    expect(await failure(`A claim [@${S}, p. 4].`)).toContain('"p. 4" is a page or section locator');
    expect(await failure(`As @${S} [pp. 4-5] says.`)).toContain('"pp. 4-5" is a page or section locator');
  });
  it('35. every problem of a document at once, each at its place', async () => {
    const message = await failure(`One [@nope].\n\nTwo [@${S}, ¶99].\n\nThree \`code\` and [@${S}, p. 4]`);
    expect(message).toMatch(/^3 citation problems:/u);
    expect(message).toContain('syntax-case.mdx:1:5: unknown source "@nope"');
    expect(message).toContain('syntax-case.mdx:3:5: ¶99 is past the end');
    expect(message).toContain(`syntax-case.mdx:5:18: cannot read the citation [@${S}, p. 4]`);
  });
  it('36. the column counts an escape and an entity before the citation', async () => {
    expect(await failure('A \\*claim\\* &amp; [@nope].')).toContain('syntax-case.mdx:1:19: unknown source');
  });
});

describe('quotations', () => {
  it('37. in single quotes are checked, apostrophes are not quotes', async () => {
    expect((await render(`Iraq's leaders hear 'deep concern' from the embassy [@${S}, ¶3].`)).warnings).toEqual([]);
    expect(await failure(`Iraq's leaders hear 'grave concern' from the embassy [@${S}, ¶3].`)).toContain('“grave concern”');
  });
  it('38. punctuation at the edge, American style, is not part of the claim', async () => {
    expect((await render(`"Iraq part of this danger," he said [@${S}, ¶4].`)).warnings).toEqual([]);
    expect(await failure(`"Iraq part of this danger!" he said [@${S}, ¶4].`)).toContain('quotation not found');
  });
  it('39. a quotation nested in a quotation, in single marks', async () => {
    expect((await render(`"Washington sees ISIS as 'a regional power threat, with Iraq part of this danger'" [@${S}, ¶4].`)).warnings).toEqual([]);
  });
  it('40. an uncited quotation in single quotes is reported', async () => {
    expect((await render(`They call it 'a formula for renewed instability' and move on.`)).warnings[0]).toContain('the quotation “a formula for renewed instability” has no citation after it');
  });
  it('41. quotation marks inside code are not quotations', async () => {
    expect((await render('Write `“a regional power threat” [@a]` or `"three words here"` to quote.')).warnings).toEqual([]);
  });
  it('42. records each citation’s claim, its sentence as the document reads it (for citations.json)', async () => {
    const { citations } = await render(`Earlier. The embassy voiced "deep concern" [@${S}, ¶3]. As @${N} [¶3] puts it, the fight is *not over* [see @${S}, ¶4]. Later.`);
    expect(citations.links.map((link) => link.sentence)).toEqual([
      'The embassy voiced "deep concern".',
      'As The New York Times puts it, the fight is not over.',
      'As The New York Times puts it, the fight is not over.',
    ]);
  });
});
