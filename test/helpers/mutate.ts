import fc from 'fast-check';

/**
 * Mistakes people make in JSON definitions, applied to valid ones so that a hand-written check
 * and the JSON Schema can be compared on both sides of the line: a key misspelled or unknown
 * added to any object, a key dropped, a value of the wrong type, a blank text, an emptied list.
 */
export type Mutation = { kind: 'add-key' | 'drop-key' | 'retype' | 'empty-list'; a: number; b: number; c: number };

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('add-key', 'add-key', 'drop-key', 'retype', 'retype', 'empty-list'),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
});

type Json = unknown;
type Slot = { parent: Record<string, Json> | Json[]; key: string | number };

/** Keys people add by mistake, besides misspellings of the keys that are there. */
const STRAY = ['visibleif', 'Label', 'requird', 'optional', 'note ', 'comment', 'fr', 'en-US', 'VI', 'type2', 'condition', 'default'];
/** Values of every JSON type, including blank and empty ones. */
const VALUES: Json[] = ['x', '', '  ', 0, -1, 1.5, 7, true, false, null, [], ['x'], {}, { vi: 'x' }];

/** A misspelling of `key`: case changed, a letter dropped, doubled or swapped, or a stray key. */
export function misspell(key: string, n: number): string {
  const i = n % Math.max(key.length, 1);
  switch (n % 6) {
    case 0:
      return key.toLowerCase() === key ? key.toUpperCase() : key.toLowerCase();
    case 1:
      return key.slice(0, i) + key.slice(i + 1);
    case 2:
      return key.slice(0, i) + key[i] + key.slice(i);
    case 3:
      return i + 1 < key.length ? key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2) : `${key}s`;
    default:
      return STRAY[n % STRAY.length];
  }
}

function walk(value: Json, slots: Slot[], objects: Record<string, Json>[], lists: Json[][]): void {
  if (Array.isArray(value)) {
    lists.push(value);
    value.forEach((v, i) => {
      slots.push({ parent: value, key: i });
      walk(v, slots, objects, lists);
    });
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, Json>;
    objects.push(o);
    for (const k of Object.keys(o)) {
      slots.push({ parent: o, key: k });
      walk(o[k], slots, objects, lists);
    }
  }
}

const typeOf = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** A copy of `value` with the mutations applied in turn (each picks its place by its numbers). */
export function mutate<T>(value: T, mutations: Mutation[]): T {
  const copy = structuredClone(value) as Json;
  for (const m of mutations) {
    const slots: Slot[] = [];
    const objects: Record<string, Json>[] = [];
    const lists: Json[][] = [];
    walk(copy, slots, objects, lists);
    switch (m.kind) {
      case 'add-key': {
        const o = objects[m.a % objects.length];
        const keys = Object.keys(o);
        const key = keys.length ? misspell(keys[m.b % keys.length], m.c) : STRAY[m.c % STRAY.length];
        o[key] = m.c % 3 === 0 && keys.length ? structuredClone(o[keys[m.b % keys.length]]) : structuredClone(VALUES[m.c % VALUES.length]);
        break;
      }
      case 'drop-key': {
        const o = objects[m.a % objects.length];
        const keys = Object.keys(o);
        if (keys.length) delete o[keys[m.b % keys.length]];
        break;
      }
      case 'retype': {
        if (!slots.length) break;
        const { parent, key } = slots[m.a % slots.length];
        const old = (parent as Record<string, Json>)[key as string];
        const others = VALUES.filter((v) => typeOf(v) !== typeOf(old) || (typeof v === 'string' && typeof old === 'string' && v.trim() === '' && old.trim() !== ''));
        (parent as Record<string, Json>)[key as string] = structuredClone(others[m.b % others.length]);
        break;
      }
      case 'empty-list': {
        if (lists.length) lists[m.a % lists.length].length = 0;
        break;
      }
    }
  }
  return copy as T;
}

/** Ajv's verdicts on many values at once, from the test server (test/fixtures/http-fixture.mjs). */
export async function schemaVerdicts(schema: string, values: unknown[]): Promise<{ valid: boolean; paths: string[] }[]> {
  const response = await fetch(`/__fixture/validate-many/${schema}`, { method: 'POST', body: JSON.stringify(values) });
  if (!response.ok) throw new Error(`validate-many ${schema}: ${response.status} ${await response.text()}`);
  return response.json();
}
