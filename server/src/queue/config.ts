import { readFileSync } from 'node:fs';
import type { LocalizedText } from '../../../src/queue/contracts.js';
import { StartupError } from '../startup-error.js';
import type { Schemas } from '../validation.js';

export interface ServiceConfig {
  letter: string;
  name: LocalizedText;
  defaultHandlingSeconds?: number;
}

export interface CounterConfig {
  id: string;
  name: LocalizedText;
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
