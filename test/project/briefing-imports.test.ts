import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { splitSourceFile } from '../../src/lib/sources/source-file.ts';
import { parseMdx } from '../helpers/mdx.ts';

const BRIEFINGS = join(import.meta.dirname, '../../content/briefings');

/** The import and export statements of an MDX body, as its syntax tree holds them. */
function moduleStatements(body: string): string[] {
  const statements: string[] = [];
  visit(parseMdx(body), 'mdxjsEsm', (node: { value: string }) => {
    statements.push(node.value);
  });
  return statements;
}

describe('the briefings', () => {
  it('import nothing: components are registered for them and links take the base path without help', () => {
    const files = readdirSync(BRIEFINGS).filter((name) => /\.mdx?$/u.test(name));
    expect(files.length).toBeGreaterThan(0);
    const imports = files.flatMap((name) => moduleStatements(splitSourceFile(readFileSync(join(BRIEFINGS, name), 'utf8')).body).map((statement) => `${name}: ${statement}`));
    expect(imports).toEqual([]);
  });

  it('would be caught importing from src/', () => {
    expect(moduleStatements("import Timeline from '../../src/components/charts/Timeline.astro';\n\nText.")).toEqual(["import Timeline from '../../src/components/charts/Timeline.astro';"]);
  });
});
