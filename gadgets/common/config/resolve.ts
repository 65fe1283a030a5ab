/**
 * From layers to one configuration (pure): the shipped directory entry for this
 * wiki, then the site page, then the user's override, each winning section by
 * section over the one before. Every gadget asks the resolved configuration the
 * same questions here, so they cannot disagree about where a report goes.
 */
import type { Msg } from '../messages';
import directory from './directory.json';
import { type Contact, type WikiConfig, parseConfig, validateConfig } from './schema';

/** The site layer: a JSON page interface admins edit (editsitejson), read through the wiki's API. */
export const SITE_CONFIG_PAGE = 'MediaWiki:Gadget-wiki-safety-config.json';
/** The user layer: set in a user's common.js (or by a userscript install) before the gadgets run. */
export const USER_CONFIG_NAME = 'window.wikiSafetyConfig';

interface DirectoryEntry extends WikiConfig {
  host?: string;
  source: string;
}

const wikis = (directory as unknown as { wikis: Record<string, DirectoryEntry> }).wikis;

/** Where the guidance sends personal information when a wiki has no oversighters. */
export const STEWARDS: Contact = { email: directory.stewards.email };

/** Days report-helper keeps its basket when nothing says otherwise. */
export const DEFAULT_BASKET_DAYS = 14;

/** The shipped entry for a wiki, found by wgDBname or (for the CLI) by host name; {} for unknown wikis. */
export function shippedConfig(dbName: string | undefined, host?: string): WikiConfig {
  let entry: DirectoryEntry | undefined = dbName && Object.prototype.hasOwnProperty.call(wikis, dbName) ? wikis[dbName] : undefined;
  if (!entry && host) {
    // Mobile hosts (en.m.wikipedia.org) belong to the same wiki.
    const plain = host.toLowerCase().replace(/\.m\./, '.');
    for (const key of Object.keys(wikis)) if (wikis[key].host === plain) entry = wikis[key];
  }
  if (!entry) return {};
  const { host: _host, source: _source, ...config } = entry;
  return config;
}

/**
 * Later layers win section by section: a site page that sets only `arbitration`
 * keeps the shipped `oversight`. `resources` merges field by field, so a user
 * who adds an appeal route keeps the wiki's support list.
 */
export function mergeConfig(...layers: Array<WikiConfig | undefined>): WikiConfig {
  const out: WikiConfig = {};
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.oversight) out.oversight = layer.oversight;
    if (layer.arbitration) out.arbitration = layer.arbitration;
    if (layer.region) out.region = layer.region;
    if (layer.basketDays) out.basketDays = layer.basketDays;
    if (layer.resources) out.resources = { ...out.resources, ...layer.resources };
  }
  return out;
}

/** The private contact for personal information: the wiki's oversight team, the stewards where it has none. */
export function oversightContact(config: WikiConfig): Contact {
  const o = config.oversight;
  return o && (o.email || o.emailUser) ? o : STEWARDS;
}

export function basketDays(config: WikiConfig): number {
  return config.basketDays || DEFAULT_BASKET_DAYS;
}

/** What reading the site page gave: its text, nothing (no such page), or why it could not be read. */
export interface SiteRead {
  text?: string;
  error?: string;
}

/** One layer's problems, with the place an admin or user fixes them. */
export interface ConfigProblems {
  source: string;
  errors: string[];
}

export interface LoadedConfig {
  config: WikiConfig;
  problems: ConfigProblems[];
}

/**
 * The configuration a gadget uses on this wiki: shipped entry < site page <
 * user override. Each layer is validated on its own; only its valid parts count.
 */
export function resolveConfig(layers: { shipped: WikiConfig; site: SiteRead; user?: unknown }, msg: Msg): LoadedConfig {
  const problems: ConfigProblems[] = [];
  let site: WikiConfig = {};
  if (layers.site.error !== undefined) {
    problems.push({ source: SITE_CONFIG_PAGE, errors: [msg('wiki-safety-config-error-load', layers.site.error)] });
  } else if (layers.site.text !== undefined) {
    const parsed = parseConfig(layers.site.text, msg);
    site = parsed.config;
    if (parsed.errors.length) problems.push({ source: SITE_CONFIG_PAGE, errors: parsed.errors });
  }
  let user: WikiConfig = {};
  if (layers.user !== undefined && layers.user !== null) {
    const checked = validateConfig(layers.user, msg);
    user = checked.config;
    if (checked.errors.length) problems.push({ source: USER_CONFIG_NAME, errors: checked.errors });
  }
  return { config: mergeConfig(layers.shipped, site, user), problems };
}
