import { describe, expect, it } from 'vitest';
import { DAY_MS, expiringStore, memoryStorage } from '../../../gadgets/common/storage';

describe('expiringStore', () => {
  it('returns what was kept until it expires, then nothing, and removes it', () => {
    let now = 1_000;
    const storage = memoryStorage();
    const store = expiringStore<{ a: number }>(storage, 'k', 14 * DAY_MS, () => now);
    expect(store.get()).toBeUndefined();
    expect(store.set({ a: 1 })).toBe(true);
    expect(store.get()).toEqual({ a: 1 });
    expect(store.expiresAt()).toBe(1_000 + 14 * DAY_MS);
    now += 14 * DAY_MS - 1;
    expect(store.get()).toEqual({ a: 1 });
    now += 1;
    expect(store.get()).toBeUndefined();
    expect(storage.size()).toBe(0);
  });

  it('reads corrupt or foreign values as nothing instead of throwing', () => {
    const storage = memoryStorage();
    const store = expiringStore(storage, 'k', DAY_MS);
    for (const raw of ['{', 'null', '42', '{"data":1}', '{"expires":"soon","data":1}']) {
      storage.setItem('k', raw);
      expect(store.get()).toBeUndefined();
    }
  });

  it('clear() discards the value', () => {
    const store = expiringStore(memoryStorage(), 'k', DAY_MS);
    store.set('draft');
    store.clear();
    expect(store.get()).toBeUndefined();
  });

  it('reports a refused write (quota) as false and keeps the old value', () => {
    const storage = memoryStorage();
    const store = expiringStore(storage, 'k', DAY_MS);
    store.set('old');
    const full = { ...storage, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(expiringStore(full, 'k', DAY_MS).set('new')).toBe(false);
    expect(store.get()).toBe('old');
  });
});
