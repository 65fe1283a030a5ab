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
  /** Every mw.Api GET, in order (the shared configuration reads its site page through it). */
  apiGets: Record<string, unknown>[];
  /** mw.log.warn lines (configuration problems end up here in pii-flag). */
  warnings: string[];
  fired: Array<{ name: string; args: unknown[] }>;
  hook(name: string): { add(h: Handler): unknown; fire(...args: unknown[]): unknown };
}

/**
 * `pages`: wiki pages the API knows (title → content), e.g. the site configuration
 * page; any other title answers as missing, as MediaWiki 1.39 does.
 */
export function installMw(config: Record<string, unknown>, states: Record<string, string | null> = {}, pages: Record<string, string> = {}): MwStub {
  const captured = JSON.parse(readFileSync(`${SHARED_FIXTURES}/mw-1.39-diff-mwconfig.json`, 'utf8')) as Record<string, unknown>;
  const values: Record<string, unknown> = { ...captured, ...config };
  const messages = new Map<string, string>();
  const hooks = new Map<string, { handlers: Handler[]; last?: unknown[] }>();
  const loaded: string[] = [];
  const fired: Array<{ name: string; args: unknown[] }> = [];
  const apiGets: Record<string, unknown>[] = [];
  const warnings: string[] = [];
  class Api {
    async get(params: Record<string, unknown>) {
      apiGets.push(params);
      const title = String(params.titles);
      if (!(title in pages)) return { query: { pages: [{ ns: 8, title, missing: true }] } };
      return { query: { pages: [{ pageid: 1, ns: 8, title, revisions: [{ slots: { main: { content: pages[title] } } }] }] } };
    }
  }
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
    Api,
    log: { warn: (text: string) => void warnings.push(text) },
  };
  Object.assign(globalThis, { mw });
  // The shared configuration is read once per page view: a new test is a new page view.
  delete (window as { wikiSafetySiteConfigRead?: unknown }).wikiSafetySiteConfigRead;
  return { loaded, fired, apiGets, warnings, hook };
}
