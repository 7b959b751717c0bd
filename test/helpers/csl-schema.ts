import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';

/** The CSL-JSON schema, version 1.0.2, kept in the repository (test/fixtures/csl-data-schema/README.md). */
const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/csl-data-schema/csl-data.json'), 'utf8')) as Record<string, unknown>;

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

/** Validates CSL-JSON (an array of items) against the schema: the errors, each as `path: message`, or none. */
export function cslSchemaErrors(data: unknown): string[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).map((error: ErrorObject) => `${error.instancePath || '(root)'}: ${error.message ?? 'invalid'}${error.params ? ` ${JSON.stringify(error.params)}` : ''}`);
}
