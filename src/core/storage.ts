/**
 * Namespaced key–value storage over `localStorage` that never throws: in private mode, sandboxed
 * iframes or a full quota it falls back to memory, so the page keeps working for this visit.
 */
export interface Store {
  /** The parsed value, or `undefined` when missing or unreadable. */
  get<T = unknown>(key: string): T | undefined;
  /** Stores `value` as JSON; false when it could only be kept in memory. */
  set(key: string, value: unknown): boolean;
  remove(key: string): void;
  /** The keys of this namespace, without the prefix. */
  keys(): string[];
  /** Removes every key of this namespace. */
  clear(): void;
  /** False when values live only in memory and are gone with the page. */
  readonly persistent: boolean;
}

function browserStorage(kind: 'local' | 'session'): Storage | undefined {
  try {
    // Reading the property itself throws a SecurityError in sandboxed iframes.
    const storage = kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
    const probe = '__dvc_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

export function createStore(namespace: string, kind: 'local' | 'session' = 'local'): Store {
  const prefix = `dvc:${namespace}:`;
  const memory = new Map<string, string>();
  let storage = browserStorage(kind);

  const read = (key: string): string | null => {
    if (memory.has(key)) return memory.get(key)!;
    try {
      return storage?.getItem(prefix + key) ?? null;
    } catch {
      return null;
    }
  };

  return {
    get<T>(key: string): T | undefined {
      const raw = read(key);
      if (raw === null) return undefined;
      try {
        return JSON.parse(raw) as T;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      const raw = JSON.stringify(value);
      if (raw === undefined) return false;
      if (storage) {
        try {
          storage.setItem(prefix + key, raw);
          memory.delete(key);
          return true;
        } catch {
          // Quota exceeded: keep this value for the visit rather than lose it.
        }
      }
      memory.set(key, raw);
      return false;
    },
    remove(key) {
      memory.delete(key);
      try {
        storage?.removeItem(prefix + key);
      } catch {
        storage = undefined;
      }
    },
    keys() {
      const found = new Set(memory.keys());
      try {
        for (let i = 0; storage && i < storage.length; i++) {
          const k = storage.key(i);
          if (k?.startsWith(prefix)) found.add(k.slice(prefix.length));
        }
      } catch {
        storage = undefined;
      }
      return [...found];
    },
    clear() {
      for (const key of this.keys()) this.remove(key);
    },
    get persistent() {
      return storage !== undefined;
    },
  };
}
