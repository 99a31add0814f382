import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalizedText, ProcedureSummary } from '../contracts.js';
import { StartupError } from '../startup-error.js';
import type { Schemas } from '../validation.js';

export interface ProcedureCatalogue {
  summaries: ProcedureSummary[];
  get(code: string): Record<string, unknown> | undefined;
}

/**
 * Loads every `data/procedures/<code>.json` once at start-up. A file that breaks the schema, or
 * whose name differs from its code, stops the start: better than serving a wizard a broken form.
 */
export function loadProcedures(dir: string, schemas: Schemas): ProcedureCatalogue {
  const byCode = new Map<string, Record<string, unknown>>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const file = join(dir, name);
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new StartupError(`cannot read procedure ${file}: ${(err as Error).message}`);
    }
    const problems = schemas.check('procedure.schema.json', value);
    if (problems.length) {
      throw new StartupError(`invalid procedure ${file}: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`);
    }
    const procedure = value as Record<string, unknown> & { code: string };
    if (`${procedure.code}.json` !== name) throw new StartupError(`procedure ${file} has code ${procedure.code}: rename the file`);
    byCode.set(procedure.code, procedure);
  }
  const summaries = [...byCode.values()].map(
    (p): ProcedureSummary => ({
      code: p.code as string,
      name: p.name as LocalizedText,
      field: p.field as LocalizedText,
      url: `/api/procedures/${encodeURIComponent(p.code as string)}`,
    }),
  );
  return { summaries, get: (code) => byCode.get(code) };
}
