/**
 * The per-wiki configuration every safety gadget reads, and its validation
 * (pure: no DOM, no mw). The same shape is used by the shipped directory
 * (directory.json), the site page MediaWiki:Gadget-wiki-safety-config.json and
 * the user-level override `window.wikiSafetyConfig`.
 *
 * A configuration is written by people (interface admins, users) and read by
 * every gadget, so validation never throws and never drops a whole page for
 * one mistake: each invalid part is left out and explained in one line an
 * interface admin can act on.
 */
import type { Msg } from '../messages';

/** A private way to reach a team: a plain address and/or a wiki account for Special:EmailUser. */
export interface Contact {
  email?: string;
  emailUser?: string;
}

/** Support resources reply-templates offers in its drafts. */
export interface Resources {
  /** Support links or organisations, one line each (e.g. "Crisis lines: https://…"). */
  support?: string[];
  /** How a sanctioned user can appeal on this wiki (a sentence or a page name). */
  appeal?: string;
}

export interface WikiConfig {
  /** Where personal information goes (guidance: the wiki's oversight team). */
  oversight?: Contact;
  /** The arbitration committee or functionaries, for harder local cases. */
  arbitration?: Contact;
  /** ISO 3166 region the wiki's phone numbers are written for ("DE"): pii-flag's phone hint. */
  region?: string;
  resources?: Resources;
  /** Days report-helper keeps its basket and draft in the browser. */
  basketDays?: number;
}

export const SECTIONS = ['oversight', 'arbitration', 'region', 'resources', 'basketDays'] as const;
export const MAX_BASKET_DAYS = 90;
const MAX_SUPPORT_LINES = 20;
const MAX_LINE = 300;

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
  return value.trim() === value && value.length > 0 && value.length <= 85 && !/[#<>[\]|{}\u0000-\u001f\u007f]/.test(value) && value.indexOf('/') === -1;
}

/** One line of text a draft can carry: no line breaks or control characters, bounded. */
function isLine(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= MAX_LINE && !/[\u0000-\u001f\u007f\u2028\u2029]/.test(value);
}

/** A bad value quoted for an error message: one line, bounded (it may be anything a page holds). */
function shown(value: unknown): string {
  // JSON.stringify escapes \n but leaves U+2028/U+2029, which break a line too.
  const text = (JSON.stringify(value) ?? String(value)).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
}

function unknownKeys(r: Record<string, unknown>, known: readonly string[], prefix: string, msg: Msg, errors: string[]): void {
  for (const key of Object.keys(r)) if (known.indexOf(key) === -1) errors.push(msg('wiki-safety-config-error-unknown', prefix + key));
}

function validateContact(raw: unknown, field: string, msg: Msg, errors: string[]): Contact | undefined {
  if (!isObject(raw)) {
    errors.push(msg('wiki-safety-config-error-contact', field));
    return undefined;
  }
  const contact: Contact = {};
  if (raw.email !== undefined) {
    if (typeof raw.email === 'string' && isEmailAddress(raw.email)) contact.email = raw.email;
    else errors.push(msg('wiki-safety-config-error-email', `${field}.email`, shown(raw.email)));
  }
  if (raw.emailUser !== undefined) {
    if (typeof raw.emailUser === 'string' && isUserName(raw.emailUser)) contact.emailUser = raw.emailUser;
    else errors.push(msg('wiki-safety-config-error-user', `${field}.emailUser`, shown(raw.emailUser)));
  }
  unknownKeys(raw, ['email', 'emailUser'], `${field}.`, msg, errors);
  return contact.email || contact.emailUser ? contact : undefined;
}

function validateResources(raw: unknown, msg: Msg, errors: string[]): Resources | undefined {
  if (!isObject(raw)) {
    errors.push(msg('wiki-safety-config-error-resources'));
    return undefined;
  }
  const resources: Resources = {};
  if (raw.support !== undefined) {
    if (!Array.isArray(raw.support) || raw.support.length > MAX_SUPPORT_LINES) {
      errors.push(msg('wiki-safety-config-error-list', 'resources.support', MAX_SUPPORT_LINES));
    } else {
      const lines: string[] = [];
      raw.support.forEach((line: unknown, i: number) => {
        if (isLine(line)) lines.push(line.trim());
        else errors.push(msg('wiki-safety-config-error-line', `resources.support[${i}]`, MAX_LINE, shown(line)));
      });
      if (lines.length) resources.support = lines;
    }
  }
  if (raw.appeal !== undefined) {
    if (isLine(raw.appeal)) resources.appeal = raw.appeal.trim();
    else errors.push(msg('wiki-safety-config-error-line', 'resources.appeal', MAX_LINE, shown(raw.appeal)));
  }
  unknownKeys(raw, ['support', 'appeal'], 'resources.', msg, errors);
  return resources.support || resources.appeal ? resources : undefined;
}

/**
 * Checks a configuration object of unknown origin. Invalid parts are dropped
 * (never the whole object) and each problem gets one line.
 */
export function validateConfig(raw: unknown, msg: Msg): { config: WikiConfig; errors: string[] } {
  if (!isObject(raw)) return { config: {}, errors: [msg('wiki-safety-config-error-object')] };
  const errors: string[] = [];
  const config: WikiConfig = {};
  if (raw.oversight !== undefined) {
    const oversight = validateContact(raw.oversight, 'oversight', msg, errors);
    if (oversight) config.oversight = oversight;
  }
  if (raw.arbitration !== undefined) {
    const arbitration = validateContact(raw.arbitration, 'arbitration', msg, errors);
    if (arbitration) config.arbitration = arbitration;
  }
  if (raw.region !== undefined) {
    if (typeof raw.region === 'string' && /^[A-Za-z]{2}$/.test(raw.region)) config.region = raw.region.toUpperCase();
    else errors.push(msg('wiki-safety-config-error-region', shown(raw.region)));
  }
  if (raw.resources !== undefined) {
    const resources = validateResources(raw.resources, msg, errors);
    if (resources) config.resources = resources;
  }
  if (raw.basketDays !== undefined) {
    const days = raw.basketDays;
    if (typeof days === 'number' && days % 1 === 0 && days >= 1 && days <= MAX_BASKET_DAYS) config.basketDays = days;
    else errors.push(msg('wiki-safety-config-error-days', shown(days), MAX_BASKET_DAYS));
  }
  unknownKeys(raw, SECTIONS, '', msg, errors);
  return { config, errors };
}

/** Reads a configuration page's JSON text: bad JSON is one clear error, never a throw. */
export function parseConfig(text: string, msg: Msg): { config: WikiConfig; errors: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { config: {}, errors: [msg('wiki-safety-config-error-json', (error as Error).message)] };
  }
  return validateConfig(raw, msg);
}
