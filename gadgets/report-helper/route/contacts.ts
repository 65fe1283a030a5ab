/**
 * The per-wiki directory of private contacts (pure): defaults shipped in
 * ../contacts.json, a wiki's own override from its site JSON page
 * (MediaWiki:Gadget-report-helper-config.json), validated with messages an
 * interface admin can act on. Unknown wikis get no local contacts, so routing
 * falls back to the stewards.
 */
import type { Msg } from '../../common/messages';
import defaults from '../contacts.json';
import type { Contact, WikiContacts } from './route';

export const CONFIG_PAGE = 'MediaWiki:Gadget-report-helper-config.json';
export const DEFAULT_BASKET_DAYS = 14;
const MAX_BASKET_DAYS = 90;

/** What a site config page may set. */
export interface SiteConfig extends WikiContacts {
  /** Days the basket and draft are kept in the browser. */
  basketDays?: number;
}

interface DirectoryEntry extends WikiContacts {
  host?: string;
}

const directory = (defaults as { wikis: Record<string, DirectoryEntry> }).wikis;

/** Shipped contacts for a wiki, found by wgDBname or, for the CLI, by host name. */
export function defaultContacts(dbName: string | undefined, host?: string): WikiContacts {
  let entry: DirectoryEntry | undefined = dbName ? directory[dbName] : undefined;
  if (!entry && host) {
    const plain = host.toLowerCase().replace(/\.m\./, '.');
    entry = Object.values(directory).find((e) => e.host === plain);
  }
  return entry ? { oversight: entry.oversight, arbitration: entry.arbitration } : {};
}

/** Site settings win team by team over the shipped defaults. */
export function mergeContacts(base: WikiContacts, site: SiteConfig | undefined): WikiContacts {
  return {
    oversight: site?.oversight ?? base.oversight,
    arbitration: site?.arbitration ?? base.arbitration,
  };
}

/** A plain email address: one "@", a sane local part, a dotted host name. No display names, no lists. */
export function isEmailAddress(value: string): boolean {
  if (value.length > 254) return false;
  const at = value.indexOf('@');
  if (at < 1 || at !== value.lastIndexOf('@')) return false;
  const local = value.slice(0, at);
  const labels = value.slice(at + 1).split('.');
  if (!/^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}$/.test(local)) return false;
  if (labels.length < 2) return false;
  return labels.every((l) => /^[A-Za-z0-9-]{1,63}$/.test(l) && l[0] !== '-' && l[l.length - 1] !== '-');
}

/** A wiki user name usable as Special:EmailUser target (MediaWiki forbids these characters in titles). */
export function isUserName(value: string): boolean {
  return value.trim() === value && value.length > 0 && value.length <= 85 && !/[#<>[\]|{}\u0000-\u001f\u007f]/.test(value) && !value.includes('/');
}

/** A bad value quoted for an error message: one line, bounded (it may be anything a page holds). */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function validateContact(raw: unknown, field: string, msg: Msg, errors: string[]): Contact | undefined {
  if (raw === undefined) return undefined;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    errors.push(msg('report-helper-config-error-contact', field));
    return undefined;
  }
  const r = raw as Record<string, unknown>;
  const contact: Contact = {};
  if (r.email !== undefined) {
    if (typeof r.email === 'string' && isEmailAddress(r.email)) contact.email = r.email;
    else errors.push(msg('report-helper-config-error-email', `${field}.email`, shown(r.email)));
  }
  if (r.emailUser !== undefined) {
    if (typeof r.emailUser === 'string' && isUserName(r.emailUser)) contact.emailUser = r.emailUser;
    else errors.push(msg('report-helper-config-error-user', `${field}.emailUser`, shown(r.emailUser)));
  }
  for (const key of Object.keys(r)) {
    if (key !== 'email' && key !== 'emailUser') errors.push(msg('report-helper-config-error-unknown', `${field}.${key}`));
  }
  return contact.email || contact.emailUser ? contact : undefined;
}

/**
 * Reads a site config page's JSON text. Invalid parts are dropped (never the
 * whole page) and each problem gets one clear message.
 */
export function parseSiteConfig(text: string, msg: Msg): { config: SiteConfig; errors: string[] } {
  const errors: string[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { config: {}, errors: [msg('report-helper-config-error-json', (error as Error).message)] };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { config: {}, errors: [msg('report-helper-config-error-object')] };
  }
  const r = raw as Record<string, unknown>;
  const config: SiteConfig = {};
  const oversight = validateContact(r.oversight, 'oversight', msg, errors);
  if (oversight) config.oversight = oversight;
  const arbitration = validateContact(r.arbitration, 'arbitration', msg, errors);
  if (arbitration) config.arbitration = arbitration;
  if (r.basketDays !== undefined) {
    const days = r.basketDays;
    if (typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= MAX_BASKET_DAYS) config.basketDays = days;
    else errors.push(msg('report-helper-config-error-days', shown(days), MAX_BASKET_DAYS));
  }
  for (const key of Object.keys(r)) {
    if (!['oversight', 'arbitration', 'basketDays'].includes(key)) errors.push(msg('report-helper-config-error-unknown', key));
  }
  return { config, errors };
}
