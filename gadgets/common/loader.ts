/**
 * What every gadget's tiny loader shares: load the gadget's main ("core")
 * module only when the page needs it. Installed as a gadget, the core is the
 * hidden gadget `ext.gadget.<name>-core` (ResourceLoader brings its
 * dependencies, e.g. the shared pii-flag-engine). Installed as a userscript
 * (`npm run deploy -- --user`), the user's common.js defines
 * `window.wikiSafetyLoadCore`, which loads the core and what it needs from raw
 * pages (build/deploy/plan.ts writes it, so the loaders stay small).
 *
 * Keep this file small: it runs on every page view (budget < 1 KB gzipped per loader).
 */
declare global {
  interface Window {
    /** Set by user-mode installs: e.g. "User:Example/wiki-safety/". */
    wikiSafetyUserScripts?: string;
    /** Set by user-mode installs: loads `<name>-core` from the user's raw pages. */
    wikiSafetyLoadCore?: (name: string) => void;
  }
}

export function loadCore(name: string): void {
  const module = `ext.gadget.${name}-core`;
  if (mw.loader.getState(module) !== null) mw.loader.load(module);
  else if (window.wikiSafetyLoadCore) window.wikiSafetyLoadCore(name);
}
