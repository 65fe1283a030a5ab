/**
 * What every gadget's tiny loader shares: load the gadget's main ("core")
 * module only when the page needs it. Installed as a gadget, the core is the
 * hidden gadget `ext.gadget.<name>-core`; installed as a userscript
 * (`npm run deploy -- --user`), the user's common.js sets
 * `window.wikiSafetyUserScripts` to the page prefix holding the built files,
 * and the core is loaded from those raw pages instead.
 *
 * Keep this file small: it runs on every page view (budget < 1 KB gzipped per loader).
 */
declare global {
  interface Window {
    /** Set by user-mode installs: e.g. "User:Example/wiki-safety/". */
    wikiSafetyUserScripts?: string;
  }
}

export function loadCore(name: string): void {
  const module = `ext.gadget.${name}-core`;
  if (mw.loader.getState(module) !== null) {
    mw.loader.load(module);
    return;
  }
  const base = window.wikiSafetyUserScripts;
  if (!base) return;
  const raw = (page: string, type: string) =>
    `${mw.util.wikiScript()}?title=${encodeURIComponent(base + page)}&action=raw&ctype=${encodeURIComponent(type)}`;
  mw.loader.load(raw('wiki-safety-styles.css', 'text/css'), 'text/css');
  mw.loader.load(raw(`${name}-core.css`, 'text/css'), 'text/css');
  mw.loader.using(['mediawiki.api', 'mediawiki.util', 'mediawiki.storage']).then(() => {
    mw.loader.load(raw(`${name}-core.js`, 'text/javascript'));
  });
}
