import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { allDistFiles } from './dist.ts';

/** Problems a conforming XML parser finds in a document (empty when it is well-formed), with line:column. */
export function xmlProblems(text: string): string[] {
  const problems: string[] = [];
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on('error', (error) => problems.push(error.message));
  parser.write(text).close();
  return problems;
}

/** The files of a built site that are XML documents: the feed, the sitemap, SVG images and whatever else ends in .xml or .svg. */
export const XML_EXTENSIONS = ['.xml', '.svg', '.xsl', '.atom', '.rss'];

/** Every XML file under a built site with the problems a strict parser finds in it ("feed.xml: 12:40: disallowed character."). */
export function xmlFileProblems(root: string): { files: string[]; problems: string[] } {
  const files = allDistFiles(root).filter((path) => XML_EXTENSIONS.some((extension) => path.endsWith(extension)));
  const problems = files.flatMap((path) => xmlProblems(readFileSync(join(root, path), 'utf8')).map((problem) => `${path}: ${problem}`));
  return { files, problems };
}
