/**
 * The smallest honest `mw` for running index.ts and loader.ts in jsdom: config
 * values from the real 1.39 capture, hooks that remember their last event (as
 * mw.hook does), messages kept in a map, and a loader that records loads.
 */
import { readFileSync } from 'node:fs';
import { SHARED_FIXTURES } from './helpers';

type Handler = (...args: unknown[]) => void;

export interface MwStub {
  loaded: string[];
  fired: Array<{ name: string; args: unknown[] }>;
  hook(name: string): { add(h: Handler): unknown; fire(...args: unknown[]): unknown };
}

export function installMw(config: Record<string, unknown>, states: Record<string, string | null> = {}): MwStub {
  const captured = JSON.parse(readFileSync(`${SHARED_FIXTURES}/mw-1.39-diff-mwconfig.json`, 'utf8')) as Record<string, unknown>;
  const values: Record<string, unknown> = { ...captured, ...config };
  const messages = new Map<string, string>();
  const hooks = new Map<string, { handlers: Handler[]; last?: unknown[] }>();
  const loaded: string[] = [];
  const fired: Array<{ name: string; args: unknown[] }> = [];
  const hook = (name: string) => {
    const h = hooks.get(name) || { handlers: [] };
    hooks.set(name, h);
    return {
      add(fn: Handler) {
        h.handlers.push(fn);
        if (h.last) fn(...h.last);
        return this;
      },
      fire(...args: unknown[]) {
        h.last = args;
        fired.push({ name, args });
        for (const fn of h.handlers) fn(...args);
        return this;
      },
    };
  };
  const mw = {
    config: { get: (key: string) => values[key] ?? null },
    messages: {
      exists: (key: string) => messages.has(key),
      set: (map: Record<string, string>) => Object.entries(map).forEach(([k, v]) => messages.set(k, v)),
    },
    message: (key: string, ...params: string[]) => ({
      text: () => (messages.get(key) ?? `⧼${key}⧽`).replace(/\$(\d+)/g, (m, n) => params[Number(n) - 1] ?? m).replace(/\{\{PLURAL:[^|]*\|([^|}]*)\|?([^}]*)\}\}/g, (_m, one, other) => other || one),
    }),
    hook,
    loader: {
      getState: (module: string) => (module in states ? states[module] : null),
      load: (module: string) => void loaded.push(module),
      using: () => Promise.resolve(),
    },
    util: { wikiScript: () => '/index.php' },
  };
  Object.assign(globalThis, { mw });
  return { loaded, fired, hook };
}
