import { LineCounter, parseDocument } from 'yaml';

export interface ParsedDataFile {
  /** The file's value, or undefined when it could not be parsed. */
  value: unknown;
  /** Syntax errors, with their line. */
  errors: { line: number; message: string }[];
  /** The line of the value at a path (the nearest existing ancestor when the path is missing). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Parses a chart data file, YAML or JSON (JSON is read as YAML, which it is a subset of), keeping
 * the position of every value so that problems can name their line.
 */
export function parseDataFile(text: string): ParsedDataFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const errors = document.errors.map((error) => ({
    line: lineCounter.linePos(error.pos[0]).line,
    message: error.message.split('\n')[0] ?? error.message,
  }));
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let length = path.length; length >= 0; length--) {
      const node = document.getIn(path.slice(0, length) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return { value: errors.length > 0 ? undefined : document.toJS(), errors, lineOf };
}
