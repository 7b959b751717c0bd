import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefingTemplate } from '../../../src/lib/authoring/scaffold-briefing.ts';

/**
 * Briefings use the components registered for them (src/components/briefing-components.ts) and
 * plain Markdown links, so nothing an author writes reaches into src/ with a relative import.
 */
const ROOT = join(import.meta.dirname, '../../..');
const DIRECTORY = join(ROOT, 'content/briefings');
const SRC = join(ROOT, 'src');

/** Every `import … from '…'` (and bare `import '…'`) in an MDX text, with its line. */
function imports(text: string): { line: number; specifier: string }[] {
  return [...text.matchAll(/^[ \t]*import\b[^'"\n]*(?:\n[^'"\n]*)*?['"]([^'"\n]+)['"]/gmu)].map((match) => ({
    line: text.slice(0, match.index).split('\n').length,
    specifier: match[1]!,
  }));
}

/** The imports of a file at `file` that resolve into src/, as "file:line: specifier". */
function importsFromSrc(file: string, text: string): string[] {
  return imports(text)
    .filter(({ specifier }) => !relative(SRC, resolve(dirname(file), specifier)).startsWith('..'))
    .map(({ line, specifier }) => `${relative(ROOT, file)}:${line}: ${specifier}`);
}

describe('briefings import nothing from src/', () => {
  it('finds an import from src/ when there is one (the check itself works)', () => {
    const file = join(DIRECTORY, 'example.mdx');
    expect(importsFromSrc(file, "---\ntitle: x\n---\nimport Analysis from '../../src/components/Analysis.astro';\n\nText.")).toEqual([
      'content/briefings/example.mdx:4: ../../src/components/Analysis.astro',
    ]);
  });

  it('holds for every briefing in content/briefings', () => {
    const names = readdirSync(DIRECTORY).filter((name) => /\.mdx?$/u.test(name));
    expect(names.length).toBeGreaterThan(0);
    expect(names.flatMap((name) => importsFromSrc(join(DIRECTORY, name), readFileSync(join(DIRECTORY, name), 'utf8')))).toEqual([]);
  });

  it('holds for the briefing that npm run new writes, examples included', () => {
    const text = briefingTemplate({ title: 'A title', published: '2025-12-01', sources: ['nyt-costa-clarke-2024'] });
    expect(importsFromSrc(join(DIRECTORY, 'a-title.mdx'), text)).toEqual([]);
    expect(text).not.toMatch(/\bimport\b[^\n]*\bfrom\b/u);
  });
});
