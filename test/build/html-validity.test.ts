import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, allDistFiles, assertDistBuilt } from '../helpers/dist.ts';

/** html-validate with the project's .htmlvalidate.json (html-validate:recommended plus justified relaxations). */
const validator = new HtmlValidate(new FileSystemConfigLoader());

function describeMessage(path: string, message: Message): string {
  return `${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}${message.selector ? ` (${message.selector})` : ''}`;
}

describe('HTML validity of every page in dist/', () => {
  it('has no html-validate errors', async () => {
    assertDistBuilt();
    const pages = allDistFiles().filter((path) => path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    const errors: string[] = [];
    const warnings: string[] = [];
    for (const path of pages) {
      const report = await validator.validateFile(join(DIST, path));
      for (const result of report.results) {
        for (const message of result.messages) {
          (message.severity === 2 ? errors : warnings).push(describeMessage(path, message));
        }
      }
    }
    if (warnings.length > 0) console.warn(`html-validate warnings:\n${warnings.join('\n')}`);
    expect(errors, `html-validate found ${errors.length} error(s):\n${errors.join('\n')}`).toEqual([]);
  });
});

describe('prose in every page of dist/', () => {
  it('has no word run into a link: a line break before an element in an .astro file must not eat the space', () => {
    const glued: string[] = [];
    for (const path of allDistFiles().filter((file) => file.endsWith('.html'))) {
      const html = readFileSync(join(DIST, path), 'utf8');
      // "the<a href" in running text; citations open with "[" and paragraph links are symbols, so letters mean a lost space.
      for (const match of html.matchAll(/[a-z]{2,}<a [^>]*>[A-Za-z]/gu)) glued.push(`${path}: …${match[0]}…`);
    }
    expect(glued).toEqual([]);
  });
});
