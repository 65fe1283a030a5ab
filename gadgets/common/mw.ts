/**
 * Thin wrappers over the `mw` global: the only place common code touches it.
 * Everything here is glue; engines must not import this file.
 */
import { type Bundles, type Msg, resolveMessages } from './messages';

/** Facts about the wiki the gadget runs on, read once from mw.config. */
export interface WikiInfo {
  server: string; // "https://en.wikipedia.org" (protocol-relative values are made absolute)
  scriptPath: string; // "/w"
  script: string; // "/w/index.php"
  dbName: string; // "enwiki"
  contentLanguage: string;
  userLanguage: string;
  userName: string | null;
  version: string;
  siteName: string;
}

export function wikiInfo(): WikiInfo {
  const c = mw.config;
  let server = String(c.get('wgServer') || location.origin);
  if (server.startsWith('//')) server = location.protocol + server;
  const scriptPath = String(c.get('wgScriptPath') ?? '');
  return {
    server,
    scriptPath,
    script: String(c.get('wgScript') || `${scriptPath}/index.php`),
    dbName: String(c.get('wgDBname') || ''),
    contentLanguage: String(c.get('wgContentLanguage') || 'en'),
    userLanguage: String(c.get('wgUserLanguage') || 'en'),
    userName: (c.get('wgUserName') as string | null) ?? null,
    version: String(c.get('wgVersion') || ''),
    siteName: String(c.get('wgSiteName') || ''),
  };
}

/**
 * Registers a gadget's bundled messages with mw.messages (without overwriting
 * keys the wiki already customised, e.g. a local translation at
 * MediaWiki:pii-flag-banner-title) and returns a Msg backed by mw.message.
 */
export function mwMsg(bundles: Bundles, lang = wikiInfo().userLanguage): Msg {
  const resolved = resolveMessages(bundles, lang);
  const missing: Record<string, string> = {};
  for (const [key, text] of Object.entries(resolved)) if (!mw.messages.exists(key)) missing[key] = text;
  mw.messages.set(missing);
  return (key, ...params) => mw.message(key, ...params.map(String)).text();
}

/**
 * Adds a link to the page tools ("Tools" menu in Vector 2022, sidebar toolbox in
 * legacy skins, the overflow menu on Minerva) and returns it, or null when the
 * skin has no such place.
 */
export function addToolLink(id: string, text: string, tooltip: string, onActivate: () => void): HTMLElement | null {
  const portlets = ['p-tb', 'p-cactions', 'p-personal'];
  for (const portlet of portlets) {
    if (!document.getElementById(portlet)) continue;
    const li = mw.util.addPortletLink(portlet, '#', text, id, tooltip);
    if (!li) continue;
    const anchor = li.querySelector('a') || li;
    anchor.addEventListener('click', (event) => {
      event.preventDefault();
      onActivate();
    });
    return li;
  }
  return null;
}

/** Loads a ResourceLoader module if this wiki has it; resolves false when it does not exist. */
export function loadIfRegistered(module: string): Promise<boolean> {
  if (mw.loader.getState(module) === null) return Promise.resolve(false);
  return Promise.resolve(mw.loader.using(module)).then(
    () => true,
    () => false,
  );
}
