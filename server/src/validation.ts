import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ErrorDetail } from './contracts.js';
import { HttpError } from './http/errors.js';

/** The JSON Schemas of /schemas, compiled once; names are file names (`ticket.schema.json`). */
export class Schemas {
  private readonly ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });

  constructor(dir: string) {
    addFormats(this.ajv);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.schema.json'))) {
      this.ajv.addSchema(JSON.parse(readFileSync(join(dir, name), 'utf8')) as object);
    }
  }

  private get(name: string): ValidateFunction {
    const v = this.ajv.getSchema(name);
    if (!v) throw new Error(`unknown schema ${name}`);
    return v;
  }

  /** Problems found in `value`, one per field, empty when valid. */
  check(name: string, value: unknown): ErrorDetail[] {
    const v = this.get(name);
    return v(value) ? [] : toDetails(v.errors ?? []);
  }

  /** Throws a 400 naming every offending field. */
  assert<T>(name: string, value: unknown): T {
    const details = this.check(name, value);
    if (details.length) throw new HttpError(400, 'invalid-body', 'The body does not match the schema.', details);
    return value as T;
  }
}

/**
 * Ajv reports one error per failed keyword; a `oneOf` adds one per branch. Keep the first message
 * per field so the client gets one readable line per field, and name a missing property itself.
 */
function toDetails(errors: ErrorObject[]): ErrorDetail[] {
  const byField = new Map<string, string>();
  for (const e of errors) {
    let field = e.instancePath;
    let message = e.message ?? 'is invalid';
    if (e.keyword === 'required') {
      field = `${field}/${String(e.params.missingProperty)}`;
      message = 'is required';
    } else if (e.keyword === 'additionalProperties') {
      field = `${field}/${String(e.params.additionalProperty)}`;
      message = 'is not allowed';
    }
    if (!byField.has(field)) byField.set(field, message);
  }
  return [...byField].map(([field, message]) => ({ field, message }));
}
