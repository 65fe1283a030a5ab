/**
 * The mw glue of the shared configuration: reads the site page through the
 * wiki's own API and the user's `window.wikiSafetyConfig`, once per page view,
 * and resolves them over the shipped directory (resolve.ts). Engines never
 * import this file; they get the resolved values.
 */
import type { Msg } from '../messages';
import { wikiInfo } from '../mw';
import { type LoadedConfig, SITE_CONFIG_PAGE, type SiteRead, resolveConfig, shippedConfig } from './resolve';

declare global {
  interface Window {
    /** The user-level override (same sections as the site page), set in the user's common.js. */
    wikiSafetyConfig?: unknown;
    /** The site page as read on this page view, shared by the gadgets' separate bundles: one request. */
    wikiSafetySiteConfigRead?: Promise<SiteRead>;
  }
}

/**
 * The site config page's text, or undefined when the page does not exist. Read
 * through the API, not action=raw: MediaWiki answers action=raw for a missing
 * MediaWiki: page with 200 and an empty body (its default message), which would
 * read as broken JSON on every unconfigured wiki, and serves it with
 * max-age=18000, so a fixed config page would stay stale in browsers for hours.
 */
export async function fetchConfigText(api: mw.Api, page: string): Promise<string | undefined> {
  const data = (await api.get({ action: 'query', prop: 'revisions', titles: page, rvprop: 'content', rvslots: 'main', formatversion: '2' })) as {
    query?: { pages?: { missing?: boolean; invalid?: boolean; revisions?: { slots?: { main?: { content?: string } } }[] }[] };
  };
  const found = data.query?.pages?.[0];
  if (!found || found.missing || found.invalid) return undefined;
  const content = found.revisions?.[0]?.slots?.main?.content;
  if (typeof content !== 'string') throw new Error('no content');
  return content;
}

/** How long a gadget waits for the config page before going on with the other layers. */
export const SITE_CONFIG_TIMEOUT_MS = 4000;

/**
 * `promise`, or `fallback` once `ms` have passed: pii-flag waits for the
 * configuration before it scans, so a hanging API must not hold the banner back.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise<T>((resolvePromise) => {
    const timer = setTimeout(() => resolvePromise(fallback), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolvePromise(value);
      },
      () => {
        clearTimeout(timer);
        resolvePromise(fallback);
      },
    );
  });
}

function readSitePage(): Promise<SiteRead> {
  if (!window.wikiSafetySiteConfigRead) {
    const read = Promise.resolve(mw.loader.using('mediawiki.api'))
      .then(() => fetchConfigText(new mw.Api(), SITE_CONFIG_PAGE))
      .then(
        (text): SiteRead => ({ text }),
        // mw.Api rejects with an error code string; our own content check throws an Error.
        (error: unknown): SiteRead => ({ error: error instanceof Error ? error.message : String(error) }),
      );
    window.wikiSafetySiteConfigRead = withTimeout<SiteRead>(read, SITE_CONFIG_TIMEOUT_MS, { error: `no answer within ${SITE_CONFIG_TIMEOUT_MS / 1000} s` });
  }
  return window.wikiSafetySiteConfigRead;
}

/**
 * The user's common.js sets the override, and may still be running when a
 * gadget's core starts (both are requested in the same batch): wait for it
 * when it is on its way, never load it ourselves.
 */
function userScriptsDone(): Promise<void> {
  const state = mw.loader.getState('user');
  if (state !== 'loading' && state !== 'loaded' && state !== 'executing') return Promise.resolve();
  const done = () => undefined;
  return withTimeout(Promise.resolve(mw.loader.using('user')).then(done, done), SITE_CONFIG_TIMEOUT_MS, undefined);
}

let loaded: Promise<LoadedConfig> | undefined;

/** This wiki's resolved configuration and its problems (cached for the page view). */
export function loadWikiConfig(msg: Msg): Promise<LoadedConfig> {
  if (!loaded) {
    const info = wikiInfo();
    loaded = Promise.all([readSitePage(), userScriptsDone()]).then(([site]) =>
      resolveConfig({ shipped: shippedConfig(info.dbName, location.host), site, user: window.wikiSafetyConfig }, msg),
    );
  }
  return loaded;
}
