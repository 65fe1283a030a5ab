/**
 * Email addresses: plain (`jane@mail.de`), full-width (`jane＠mail．de`),
 * obfuscated (`jane [at] mail [dot] de`, `jane(at)mail(punkt)de`, `jane at mail dot de`),
 * and the wiki's own `{{No spam|jane|mail.de}}`.
 * Plain addresses are found by walking out from each `@`: no regex, linear.
 * Role addresses of organisations (press@, info@, emergency@wikimedia.org) stay low.
 */
import type { Candidate, Detector, ScanContext } from './candidate';
import { DOCUMENTATION_DOMAIN, isMailTld } from './tld';

const ROLE_LOCAL_PARTS = [
  'info', 'press', 'presse', 'contact', 'kontakt', 'contacto', 'contatto', 'contato', 'webmaster', 'office', 'admin',
  'support', 'help', 'hilfe', 'emergency', 'legal', 'legal-reports', 'ca', 'stewards', 'oversight', 'noreply', 'no-reply',
  'abuse', 'privacy', 'media', 'sales', 'hello', 'mail', 'enquiries', 'inquiries', 'postmaster', 'hostmaster',
  'redaktion', 'service', 'team', 'jobs', 'careers', 'permissions', 'answers', 'otrs', 'volunteers', 'secretariat',
  'communications', 'pr', 'news', 'editor', 'editors', 'feedback', 'accessibility', 'security', 'board', 'donate',
  'verwaltung', 'sekretariat', 'poststelle', 'accueil', 'secretaria', 'segreteria', 'communication', 'wiki', 'info-de',
  'info-en', 'info-fr', 'answers', 'tools', 'library', 'bibliothek', 'bibliotheque', 'biblioteca', 'museum', 'reception', 'enquiry', 'trust-and-safety', 'ombuds', 'arbcom', 'arbcom-en', 'arbcom-l', 'checkuser',
];

function isLocalChar(c: number): boolean {
  // A-Z a-z 0-9 . _ % + -
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}
function isDomainChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46 || c === 0xff0e;
}

/**
 * Organisation roles: `press@`, `oversight-en-wp@` (role word plus a suffix), mailing
 * lists (`wikien-l@`, `@lists.…`).
 */
function isRoleAddress(local: string, domain: string): boolean {
  if (ROLE_LOCAL_PARTS.indexOf(local) >= 0) return true;
  // "-l" is the LISTSERV/Mailman convention, but only on list hosts: "hannah-l@mail.com" is a person.
  if ((/-l$/.test(local) && /list|wiki[mp]edia\.org$/.test(domain)) || /^(?:lists|list|groups|googlegroups)\./.test(domain)) return true;
  const head = local.split(/[-_.]/)[0];
  return head !== local && ROLE_LOCAL_PARTS.indexOf(head) >= 0;
}

/** Judges a local part + domain; undefined when it is not an address. */
function judge(local: string, domain: string): Pick<Candidate, 'score' | 'reason' | 'params' | 'cap'> | undefined {
  const labels = domain.split(/[.\uff0e]/);
  if (labels.length < 2 || labels.some((l) => !l || l.charAt(0) === '-')) return undefined;
  if (!isMailTld(labels[labels.length - 1])) return undefined;
  if (!local || local.charAt(0) === '.' || local.charAt(local.length - 1) === '.') return undefined;
  const plainDomain = labels.join('.');
  if (DOCUMENTATION_DOMAIN.test(plainDomain)) return { score: 0.3, cap: 0.3, reason: 'pii-flag-reason-email-example' };
  if (isRoleAddress(local.toLowerCase(), plainDomain.toLowerCase())) return { score: 0.3, cap: 0.3, reason: 'pii-flag-reason-email-role', params: [local + '@'] };
  return { score: 0.75, reason: 'pii-flag-reason-email' };
}

function plainAddresses(ctx: ScanContext, out: Candidate[]): void {
  const t = ctx.masked;
  AT_SIGN.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = AT_SIGN.exec(t))) {
    const at = found.index;
    let s = at;
    while (s > 0 && at - s < 64 && isLocalChar(t.charCodeAt(s - 1))) s--;
    let e = at + 1;
    while (e < t.length && e - at < 254 && isDomainChar(t.charCodeAt(e))) e++;
    while (e > at + 1 && (t.charAt(e - 1) === '.' || t.charAt(e - 1) === '-' || t.charCodeAt(e - 1) === 0xff0e)) e--;
    // Part of a longer token (`a@b@c`, `user@host:path`): not an address.
    if (s > 0 && t.charAt(s - 1) === '@') continue;
    const verdict = judge(t.slice(s, at), t.slice(at + 1, e));
    if (!verdict) continue;
    const fullWidth = t.charCodeAt(at) === 0xff20;
    out.push({
      type: 'email', start: s, end: e, ...verdict,
      ...(fullWidth && verdict.reason === 'pii-flag-reason-email' ? { reason: 'pii-flag-reason-email-obfuscated', params: ['＠'] } : {}),
    });
  }
}

/**
 * `@` or the full-width `＠`, found in one forward pass. (Two indexOf calls from each
 * `@` re-scanned the rest of the text for the sign that was absent: quadratic on a
 * post made of `@`s, which the bench's worst-case search found.)
 */
const AT_SIGN = /[@\uff20]/g;

/**
 * The `at` token of an obfuscated address: bracketed in any language
 * (`[at]`, `(ät)`, `{arroba}`, `<at>`), or a bare word (` at `, ` AT `).
 */
const AT_TOKEN = /[\[({<] ?(?:at|ät|aet|arobase|arroba|chiocciola|apenstaartje|klammeraffe|アットマーク) ?[\])}>]| (?:at|AT|ät|arobase|arroba|chiocciola) /g;
/** The `dot` token that follows the domain label. */
const DOT_TOKEN = /^(?: ?[\[({<] ?(?:dot|punkt|point|punto|ponto|punt|ドット) ?[\])}>] ?| (?:dot|DOT|punkt|point|punto|ponto|punt) |\.)/;
const LABEL = /^[A-Za-z0-9-]{1,63}/;
/** Well-known mail hosts: `jane at gmail.com` is an address even without brackets. */
const MAIL_HOSTS = /^(?:gmail|googlemail|yahoo|hotmail|outlook|live|icloud|me|aol|gmx|web|t-online|freenet|posteo|mailbox|orange|free|laposte|wanadoo|sfr|libero|virgilio|tiscali|alice|terra|uol|bol|ig|rediffmail|protonmail|proton|tutanota|yandex|mail|zoho|seznam|wp|o2|interia|btinternet|sky|ziggo|kpn|xs4all|telenet|bluewin|docomo|ezweb|softbank)$/i;

const POPULAR_TLD = /^(?:com|org|net|edu|info|io|de|fr|es|it|nl|uk|in|jp|br|pt|at|ch|be|ru|pl|au|ca|mx|ar|co)$/i;

function obfuscatedAddresses(ctx: ScanContext, out: Candidate[]): void {
  const t = ctx.masked;
  AT_TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AT_TOKEN.exec(t))) {
    const bracketed = m[0].charAt(0) !== ' ';
    // local part: the word right before the token
    let s = m.index;
    while (s > 0 && t.charAt(s - 1) === ' ' && m.index - s < 2) s--;
    const localEnd = s;
    while (s > 0 && localEnd - s < 64 && isLocalChar(t.charCodeAt(s - 1))) s--;
    const local = t.slice(s, localEnd);
    if (!local) continue;
    // domain: label (dot-token label)+
    let pos = m.index + m[0].length;
    while (t.charAt(pos) === ' ' && pos - m.index - m[0].length < 2) pos++;
    const labels: string[] = [];
    const tokens: string[] = [bracketed ? m[0].trim() : 'at'];
    let end = pos;
    let label = LABEL.exec(t.slice(pos, pos + 64));
    while (label && labels.length < 6) {
      labels.push(label[0]);
      end = pos + label[0].length;
      const dot = DOT_TOKEN.exec(t.slice(end, end + 16));
      if (!dot) break;
      if (dot[0] !== '.') tokens.push(dot[0].trim());
      pos = end + dot[0].length;
      label = LABEL.exec(t.slice(pos, pos + 64));
    }
    if (labels.length < 2) continue;
    const wordDots = tokens.length > 1;
    // `look at example.com`: a bare " at " with real dots is an address only on a known mail host;
    // `free at the point of`: bare word forms need a popular TLD.
    if (!bracketed && !wordDots && !MAIL_HOSTS.test(labels[0])) continue;
    if (!bracketed && !POPULAR_TLD.test(labels[labels.length - 1])) continue;
    const verdict = judge(local, labels.join('.'));
    if (!verdict) continue;
    if (verdict.reason === 'pii-flag-reason-email') {
      verdict.reason = 'pii-flag-reason-email-obfuscated';
      verdict.params = [unique(tokens).join('/')];
      verdict.score = 0.8;
    }
    out.push({ type: 'email', start: s, end, ...verdict });
  }
}

function unique(list: string[]): string[] {
  return list.filter((x, i) => list.indexOf(x) === i);
}

/** `{{No spam|jane|example.org}}`, `{{nospam|…}}`, `{{E-mail|…}}`. */
const NOSPAM_TEMPLATE = /\{\{\s*(?:no ?spam|e-?mail|mail|email address)\s*\|([^{}|\n]{1,64})\|([^{}|\n]{1,253})(?:\|[^{}\n]*)?\}\}/gi;

function templateAddresses(ctx: ScanContext, out: Candidate[]): void {
  NOSPAM_TEMPLATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NOSPAM_TEMPLATE.exec(ctx.text))) {
    const verdict = judge(m[1].trim(), m[2].trim());
    if (!verdict) continue;
    if (verdict.reason === 'pii-flag-reason-email') {
      verdict.reason = 'pii-flag-reason-email-obfuscated';
      verdict.params = ['{{No spam}}'];
    }
    out.push({ type: 'email', start: m.index, end: m.index + m[0].length, ...verdict });
  }
}

export const detectEmail: Detector = (ctx) => {
  const out: Candidate[] = [];
  plainAddresses(ctx, out);
  obfuscatedAddresses(ctx, out);
  if (ctx.text.indexOf('{{') >= 0) templateAddresses(ctx, out);
  return out;
};

export const emailPatterns = (): RegExp[] => [AT_SIGN, POPULAR_TLD, AT_TOKEN, DOT_TOKEN, LABEL, MAIL_HOSTS, NOSPAM_TEMPLATE, DOCUMENTATION_DOMAIN];
