import type { ErrorObject, ValidateFunction } from 'ajv';
import type { ErrorDetail } from './contracts.js';
import { HttpError } from './http/errors.js';
import { byFile } from './generated/validators.js';

/**
 * The JSON Schemas of /schemas, by file name (`ticket.schema.json`). They are compiled at build
 * time by scripts/validators.mjs, so an instance starts without compiling them.
 */
export class Schemas {
  private get(name: string): ValidateFunction {
    const v = Object.hasOwn(byFile, name) ? byFile[name] : undefined;
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
