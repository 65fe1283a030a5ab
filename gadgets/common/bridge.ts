/**
 * Calling another gadget without importing it: fire its mw.hook (hooks remember
 * the last event, so a handler added when the other gadget's core finishes
 * loading still receives it) and make sure its core is loading.
 */
import { loadCore } from './loader';

/** True when gadget `name` is enabled for this user (its loader ran or a user-mode install exists). */
export function isGadgetEnabled(name: string): boolean {
  const state = mw.loader.getState(`ext.gadget.${name}`);
  return state === 'ready' || state === 'loading' || state === 'loaded' || state === 'executing' || Boolean(window.wikiSafetyUserScripts);
}

export function callGadget<T>(name: string, hook: string, payload: T): void {
  mw.hook(hook).fire(payload);
  loadCore(name);
}
