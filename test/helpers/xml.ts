import { SaxesParser } from 'saxes';

/** Problems a conforming XML parser finds in a document (empty when it is well-formed), with line:column. */
export function xmlProblems(text: string): string[] {
  const problems: string[] = [];
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on('error', (error) => problems.push(error.message));
  parser.write(text).close();
  return problems;
}
