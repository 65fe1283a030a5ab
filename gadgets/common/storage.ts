/**
 * Browser storage with an expiry, for drafts and the report basket.
 *
 * Privacy rule: anything kept in the browser expires and can be discarded in one
 * click. Values are wrapped as `{ expires, data }`; an expired, corrupt or
 * foreign value reads as nothing (and is removed), it never throws.
 * The storage is injected (window.localStorage in the gadget, a Map in tests),
 * so the same code runs in jsdom, Node and the browser.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface ExpiringStore<T> {
  /** The kept value, or undefined when none, expired or unreadable. */
  get(): T | undefined;
  /** Keeps `value` for the store's time to live from now. False when the browser refused (quota, private mode). */
  set(value: T): boolean;
  /** Discards the value. */
  clear(): void;
  /** When the kept value expires (ms since epoch), or undefined. */
  expiresAt(): number | undefined;
  /** Calls `listener` when another tab changes the value; returns an unsubscribe function. */
  subscribe(listener: (value: T | undefined) => void): () => void;
}

interface Wrapped<T> {
  expires: number;
  data: T;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

export function expiringStore<T>(
  storage: KeyValueStorage | undefined,
  key: string,
  ttlMs: number,
  now: () => number = Date.now,
): ExpiringStore<T> {
  function read(): Wrapped<T> | undefined {
    if (!storage) return undefined;
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch {
      return undefined;
    }
    if (raw === null) return undefined;
    try {
      const parsed = JSON.parse(raw) as Partial<Wrapped<T>> | null;
      if (parsed && typeof parsed.expires === 'number' && 'data' in parsed && parsed.expires > now()) {
        return parsed as Wrapped<T>;
      }
    } catch {
      // corrupt value: fall through and drop it
    }
    try {
      storage.removeItem(key);
    } catch {
      // nothing more we can do
    }
    return undefined;
  }

  return {
    get: () => read()?.data,
    expiresAt: () => read()?.expires,
    set(value) {
      if (!storage) return false;
      try {
        storage.setItem(key, JSON.stringify({ expires: now() + ttlMs, data: value } satisfies Wrapped<T>));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      try {
        storage?.removeItem(key);
      } catch {
        // ignore: a storage that cannot remove cannot hold the value either
      }
    },
    subscribe(listener) {
      if (typeof window === 'undefined') return () => undefined;
      const onStorage = (event: StorageEvent) => {
        if (event.key === key || event.key === null) listener(read()?.data);
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}

/** The page's localStorage when the browser allows it (it can throw in some privacy modes). */
export function browserStorage(): KeyValueStorage | undefined {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : undefined;
  } catch {
    return undefined;
  }
}

/** A Map-backed storage for tests and the CLI. */
export function memoryStorage(): KeyValueStorage & { size(): number } {
  const map = new Map<string, string>();
  return {
    getItem: (k) => (map.has(k) ? (map.get(k) as string) : null),
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    size: () => map.size,
  };
}
