import { createStore } from '../../core/storage.js';
import { isSubmission } from './guard.js';
import type { Submission } from './submission.js';

/** One queued submission, kept on the device until its `url` has answered it. */
export interface Entry {
  id: string;
  url: string;
  body: Submission;
  /** When it was queued (ms): the drain sends oldest first. */
  queuedAt: number;
  attempts: number;
  /** Not sent before this time (ms): backoff. A page load or the `online` event tries sooner. */
  notBefore: number;
  /** Not sent before this time (ms) whatever happens: the server's `Retry-After`. */
  hold?: number;
}

/** What an outbox is kept in: IndexedDB where it works, else localStorage (or memory). */
export interface OutboxStore {
  readonly kind: 'indexeddb' | 'localstorage';
  /** Every readable entry, and the keys of records that are not (to be dropped). */
  all(): Promise<{ entries: Entry[]; corrupt: string[] }>;
  put(entry: Entry): Promise<void>;
  remove(key: string): Promise<void>;
  /**
   * Takes the lease `name` for `owner` until `now + ms`, if it is free, expired or already
   * `owner`'s. The fallback that keeps two tabs from draining at once where Web Locks are missing.
   */
  lease(name: string, owner: string, ms: number): Promise<boolean>;
  release(name: string, owner: string): Promise<void>;
}

interface Lease {
  owner: string;
  expires: number;
}

export const isEntry = (v: unknown): v is Entry => {
  const e = v as Entry;
  return (
    !!e &&
    typeof e === 'object' &&
    typeof e.url === 'string' &&
    typeof e.queuedAt === 'number' &&
    typeof e.attempts === 'number' &&
    typeof e.notBefore === 'number' &&
    isSubmission(e.body) &&
    e.id === e.body.id
  );
};

const free = (l: Lease | undefined, owner: string, now: number) => !l || typeof l !== 'object' || l.owner === owner || !(l.expires > now);

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error);
  });
}

/** IndexedDB: one database per outbox name, stores `entries` and `leases` (keys out of line). */
async function indexedDbStore(name: string, idb: IDBFactory): Promise<OutboxStore> {
  const open = idb.open(name, 1);
  open.onupgradeneeded = () => {
    open.result.createObjectStore('entries');
    open.result.createObjectStore('leases');
  };
  const db = await promised(open);
  // Another tab upgrading must not be blocked by us.
  db.onversionchange = () => db.close();
  const tx = (store: string, mode: IDBTransactionMode = 'readonly') => db.transaction(store, mode);
  return {
    kind: 'indexeddb',
    async all() {
      const t = tx('entries');
      const [keys, values] = await Promise.all([promised(t.objectStore('entries').getAllKeys()), promised(t.objectStore('entries').getAll())]);
      const entries: Entry[] = [];
      const corrupt: string[] = [];
      keys.forEach((key, i) => (isEntry(values[i]) && values[i].id === key ? entries.push(values[i]) : corrupt.push(String(key))));
      return { entries, corrupt };
    },
    async put(entry) {
      const t = tx('entries', 'readwrite');
      t.objectStore('entries').put(entry, entry.id);
      await done(t);
    },
    async remove(key) {
      const t = tx('entries', 'readwrite');
      t.objectStore('entries').delete(key);
      await done(t);
    },
    async lease(name, owner, ms) {
      // A readwrite transaction is atomic across tabs: read and take in one.
      const t = tx('leases', 'readwrite');
      const store = t.objectStore('leases');
      const now = Date.now();
      const ok = free(await promised(store.get(name)), owner, now);
      if (ok) store.put({ owner, expires: now + ms } satisfies Lease, name);
      await done(t);
      return ok;
    },
    async release(name, owner) {
      const t = tx('leases', 'readwrite');
      const store = t.objectStore('leases');
      const lease = (await promised(store.get(name))) as Lease | undefined;
      if (lease?.owner === owner) store.delete(name);
      await done(t);
    },
  };
}

/** localStorage through `createStore` (memory where even that is unavailable). */
export function localStore(name: string, settle = 40): OutboxStore {
  const store = createStore(name);
  return {
    kind: 'localstorage',
    async all() {
      const entries: Entry[] = [];
      const corrupt: string[] = [];
      for (const key of store.keys().filter((k) => k.startsWith('e:'))) {
        const value = store.get(key);
        if (isEntry(value) && `e:${value.id}` === key) entries.push(value);
        else corrupt.push(key.slice(2));
      }
      return { entries, corrupt };
    },
    async put(entry) {
      store.set(`e:${entry.id}`, entry);
    },
    async remove(key) {
      store.remove(`e:${key}`);
    },
    async lease(name, owner, ms) {
      const key = `l:${name}`;
      if (!free(store.get<Lease>(key), owner, Date.now())) return false;
      store.set(key, { owner, expires: Date.now() + ms } satisfies Lease);
      // Another tab may have read "free" at the same moment: the last writer wins, and each
      // checks after a pause which one that was.
      await new Promise((r) => setTimeout(r, settle));
      return store.get<Lease>(key)?.owner === owner;
    },
    async release(name, owner) {
      if (store.get<Lease>(`l:${name}`)?.owner === owner) store.remove(`l:${name}`);
    },
  };
}

/** Opens the outbox store `name`: IndexedDB unless `local` or it is unavailable (e.g. some private modes). */
export async function openStore(name: string, local = false): Promise<OutboxStore> {
  const idb = globalThis.indexedDB;
  if (!local && idb) {
    try {
      return await indexedDbStore(name, idb);
    } catch {
      // Blocked or refused (private mode, storage disabled): localStorage still keeps it.
    }
  }
  return localStore(name);
}
