/**
 * Thin wrappers over the `mw` global: the only place common code touches it.
 * Everything here is glue; engines must not import this file.
 */
import { type Bundles, type MessageBundle, type Msg, fallbackChain, resolveMessages } from './messages';

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
 * The id of a gadget's hidden language module (`<gadget>-i18n-<lang>`), which the
 * build emits for every language but English: the core bundles English only, so
 * a page view downloads one language's messages, not every translation.
 */
export function languageModule(gadget: string, lang: string): string {
  return `${gadget}-i18n-${lang}`;
}

/**
 * Registers a gadget's messages for the user's language, then resolves a Msg.
 * The most specific language of the fallback chain (de-at, then de) that this
 * wiki has a module for is loaded first; English, bundled in the core, then fills
 * every key still missing. Call it before rendering anything. Language modules and
 * mwMsg both leave keys the wiki already set alone (local customisations win). A
 * language module that fails to load leaves the gadget in English, never broken.
 * User-mode installs load the language page before the core (deploy/plan.ts), so
 * there no module is registered and only English is added.
 */
export function loadMessages(gadget: string, enBundle: MessageBundle, lang = wikiInfo().userLanguage): Promise<Msg> {
  let module: string | undefined;
  for (const code of fallbackChain(lang)) {
    if (code === 'en') break;
    const id = `ext.gadget.${languageModule(gadget, code)}`;
    if (mw.loader.getState(id) !== null) {
      module = id;
      break;
    }
  }
  const loaded = module ? loadIfRegistered(module) : Promise.resolve(false);
  return loaded.then(() => mwMsg({ en: enBundle }, 'en'));
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
