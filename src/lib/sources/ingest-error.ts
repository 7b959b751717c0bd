/** A bad ingest input: the message names the file, what was expected, and a hint. */
export class IngestError extends Error {
  readonly file: string;
  readonly hint: string;
  constructor(file: string, problem: string, hint: string) {
    super(`${file}: ${problem}\n  hint: ${hint}`);
    this.name = 'IngestError';
    this.file = file;
    this.hint = hint;
  }
}
