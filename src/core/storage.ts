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

/** The browser's storage area, or undefined where reading the property throws a SecurityError (sandboxed iframes, blocked cookies). */
function browserStorage(kind: 'local' | 'session'): Storage | undefined {
  try {
    return kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export function createStore(namespace: string, kind: 'local' | 'session' = 'local'): Store {
  const prefix = `dvc:${namespace}:`;
  const memory = new Map<string, string>();
  // Not probed with a test write when created: parts create their stores as they load, and a
  // write costs a slow phone several ms before the first screen. A write that fails (private
  // mode, a full quota) falls back to memory anyway; only `persistent` needs the probe.
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
      if (!storage) return false;
      try {
        const probe = '__dvc_probe__';
        storage.setItem(probe, probe);
        storage.removeItem(probe);
        return true;
      } catch {
        return false;
      }
    },
  };
}
