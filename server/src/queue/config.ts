import { readFileSync } from 'node:fs';
import type { LocalizedText } from '../../../src/queue/contracts.js';
import { StartupError } from '../startup-error.js';
import type { Schemas } from '../validation.js';

export interface ServiceConfig {
  letter: string;
  name: LocalizedText;
  /** What the board's voice says instead of the name (schemas/queue-config.schema.json). */
  spokenName?: LocalizedText;
  defaultHandlingSeconds?: number;
}

export interface CounterConfig {
  id: string;
  name: LocalizedText;
  /** What the board's voice says instead of the name: "quầy số 1" for "Quầy số 01". */
  spokenName?: LocalizedText;
  letters: string[];
}

export interface QueueConfig {
  services: ServiceConfig[];
  counters: CounterConfig[];
}

/** Reads and checks the service centre's layout; a bad file stops the start with its name. */
export function loadQueueConfig(file: string, schemas: Schemas): QueueConfig {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new StartupError(`cannot read queue config ${file}: ${(err as Error).message}`);
  }
  const problems = schemas.check('queue-config.schema.json', value);
  if (problems.length) {
    throw new StartupError(`invalid queue config ${file}: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`);
  }
  const config = value as QueueConfig;
  const letters = new Set(config.services.map((s) => s.letter));
  for (const c of config.counters) {
    const unknown = c.letters.filter((l) => !letters.has(l));
    if (unknown.length) throw new StartupError(`invalid queue config ${file}: counter ${c.id} serves unknown ${unknown.join(', ')}`);
  }
  return config;
}

/** `{ spokenName }` when the configuration gives one, else nothing: snapshots carry the key only where it is set. */
export const spoken = (item: { spokenName?: LocalizedText }): { spokenName?: LocalizedText } =>
  item.spokenName === undefined ? {} : { spokenName: item.spokenName };
