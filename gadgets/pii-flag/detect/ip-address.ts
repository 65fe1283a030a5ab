/**
 * IP addresses (IPv4 and IPv6, validated by `isIpAddress`, which a test holds to ipaddr.js's verdicts) when the text ties them
 * to a person or an account ("User:X edits from …", "that was me logged out",
 * "your IP is …"). An unregistered editor's own signature
 * (`[[Special:Contributions/203.0.113.5|203.0.113.5]]`, `{{unsigned IP|…}}`) is public
 * by design and never a finding; an IP with no tie stays low.
 */
import type { Candidate, Detector, ScanContext } from './candidate';
import { HOTWORDS } from './context';

const IPV4 = /\b(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}\b/g;
/**
 * IPv6 is anchored on a colon pair (`:ab:`, `::`), a fast literal start; the address is
 * then widened by hand over hex digits and colons, and ipaddr.js decides.
 */
const IPV6_HINT = /:[0-9A-Fa-f]{0,4}:/g;

/**
 * IPv4 dotted quad or IPv6 (RFC 4291 text forms, with an optional trailing IPv4).
 * Written here rather than bundling ipaddr.js (4 KB gzipped) for one predicate; the
 * unit test compares it with ipaddr.js on generated input.
 */
export function isIpAddress(ip: string): boolean {
  return ip.indexOf(':') >= 0 ? isIpv6(ip) : isIpv4(ip);
}

function isIpv4(ip: string): boolean {
  const parts = ip.split('.');
  return parts.length === 4 && parts.every((p) => /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(p));
}

function isIpv6(ip: string): boolean {
  const halves = ip.split('::');
  if (halves.length > 2) return false;
  const groups: string[] = [];
  let embeddedV4 = false;
  for (let h = 0; h < halves.length; h++) {
    if (!halves[h]) continue;
    const parts = halves[h].split(':');
    for (let i = 0; i < parts.length; i++) {
      const last = h === halves.length - 1 && i === parts.length - 1;
      if (last && parts[i].indexOf('.') >= 0) {
        if (!isIpv4(parts[i])) return false;
        embeddedV4 = true;
      } else if (/^[0-9A-Fa-f]{1,4}$/.test(parts[i])) groups.push(parts[i]);
      else return false;
    }
  }
  const count = groups.length + (embeddedV4 ? 2 : 0);
  return halves.length === 2 ? count <= 7 : count === 8;
}

function isHexOrColon(c: number): boolean {
  return (c >= 48 && c <= 58) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** Signature links of unregistered editors in the languages we support. */
const SIGNATURE_LINK =
  /\[\[(?:special|spezial|spécial|especial|speciale|speciaal|特別|विशेष):(?:contributions|contribs|beiträge|contributions|contribuciones|contributi|bijdragen|contribuições|投稿記録|योगदान)\/$|\[\[(?:user|user talk|benutzer|benutzer diskussion|benutzerin|utilisateur|discussion utilisateur|usuario|usuario discusión|utente|discussioni utente|gebruiker|overleg gebruiker|usuário|usuário discussão|利用者|利用者‐会話|सदस्य|सदस्य वार्ता)\s?:$|\{\{\s*(?:unsigned(?: ?ip)?|unsigned2|unsigniert|non signé|sin firmar|non firmato|niet ondertekend|não assinado|ipsock|ip user|anon|ipvandal|anonvandal|ip summary|whois|iplinks|anonlinks)\s?\|\s?$/i;

/** Words that tie an address to someone: IP hotwords plus any user reference in the window. */
const USER_REFERENCE = /\[\[(?:user|benutzer|utilisateur|usuario|utente|gebruiker|usuário|利用者|सदस्य)[^:\]]{0,12}:|\{\{\s*(?:u|ping|user|re|reply to|userlinks|user-multi|checkuser|noping)\||\b(?:user|benutzer|benutzerin|utilisateur|usuario|utente|gebruiker):|\b(?:the|der|die|el|l'|la) (?:user|benutzer|usuario|utente|utilisateur|gebruiker)\b|\bsockpuppet|\bsock\b/i;

/**
 * Words that say whose address it is: the address stated as a person ("you're 1.2.3.4",
 * "he is 1.2.3.4 at work", "ist die IP"), logged-out editing in several languages, and
 * where the address was seen ("the headers of his email", "you came from").
 */
const TIE = /\b(?:you're|you are|you’re|he is|she is|he's|she's|it's him|it's her|is the ip|ist die ip|es la ip|est l'ip|desde la ip|depuis l'ip|von der ip|home ip|work ip|school ip|real ip|ip is|came from|headers|user agent|logged it|ausgeloggt|abgemeldet|nicht eingeloggt|nicht angemeldet|déconnecté|déconnectée|sans se connecter|sin sesión|sin iniciar sesión|sin loguearse|non loggato|sloggato|senza login|uitgelogd|niet ingelogd|deslogado|sem login)|è l'ip|é o ip/;

/** A signature at the end of a line ("[[User:X|X]] ([[User talk:X|talk]]) 21:14, 3 March 2024 (UTC)"): its user link says who wrote, not whose address it is. */
const SIGNATURE_TIME = /\d\d:\d\d[^\n]{0,30}\([A-Za-z]{2,5}\)/;

/** Lines that are a signature or a link whose target is exactly this IP. */
function isOwnSignature(ctx: ScanContext, start: number, ip: string): boolean {
  if (ctx.ownUsers.indexOf(ip) >= 0) return true;
  const lineStart = ctx.text.lastIndexOf('\n', start - 1) + 1;
  const head = ctx.text.slice(Math.max(lineStart, start - 60), start);
  if (SIGNATURE_LINK.test(head)) return true;
  // `[[Special:Contributions/1.2.3.4|1.2.3.4]]`: the label repeats the link target.
  if (head.charAt(head.length - 1) === '|') return head.indexOf(ip) >= 0;
  return false;
}

/** The same line around the match: ties are stated next to the address. */
function windowAround(ctx: ScanContext, start: number, end: number): string {
  const lineStart = ctx.lower.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = ctx.lower.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = ctx.lower.length;
  let after = ctx.lower.slice(end, Math.min(lineEnd, end + 60));
  const signed = SIGNATURE_TIME.exec(ctx.lower.slice(end, lineEnd));
  // The signature starts at the first link before its timestamp.
  if (signed) {
    const link = after.indexOf('[[');
    if (link >= 0 && link < signed.index) after = after.slice(0, link);
  }
  return ctx.lower.slice(Math.max(lineStart, start - 120), start) + ' ' + after;
}

function consider(ctx: ScanContext, start: number, end: number, out: Candidate[]): void {
  const ip = ctx.text.slice(start, end);
  // Part of a longer dotted number (CiteSeerX 10.1.1.433.9727, versions 1.2.3.4.5).
  const before = ctx.text.charAt(start - 1);
  const after = ctx.text.charAt(end);
  if (((before === '.' || before === ':') && /[0-9A-Fa-f]/.test(ctx.text.charAt(start - 2))) || ((after === '.' || after === ':') && /[0-9A-Fa-f]/.test(ctx.text.charAt(end + 1)))) return;
  if (!isIpAddress(ip)) return;
  const window = windowAround(ctx, start, end);
  // The editor's own signature is public by design, unless the text says whose it is ("that was me logged out").
  if (isOwnSignature(ctx, start, ip) && !HOTWORDS['ip-address']!.test(window)) return;
  const tied = HOTWORDS['ip-address']!.test(window) || TIE.test(window) || USER_REFERENCE.test(window);
  out.push({
    type: 'ip-address',
    start,
    end,
    score: tied ? 0.8 : 0.3,
    reason: tied ? 'pii-flag-reason-ip-tied' : 'pii-flag-reason-ip',
    contextDone: true,
  });
}

export const detectIpAddress: Detector = (ctx) => {
  const out: Candidate[] = [];
  const t = ctx.masked;
  IPV4.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IPV4.exec(t))) consider(ctx, m.index, m.index + m[0].length, out);
  if (t.indexOf(':') >= 0) {
    IPV6_HINT.lastIndex = 0;
    while ((m = IPV6_HINT.exec(t))) {
      let start = m.index;
      while (start > 0 && m.index - start < 40 && isHexOrColon(t.charCodeAt(start - 1))) start--;
      let end = m.index + 1;
      while (end < t.length && end - start < 45 && isHexOrColon(t.charCodeAt(end))) end++;
      IPV6_HINT.lastIndex = end;
      if (t.charAt(end - 1) === ':' && t.charAt(end - 2) !== ':') end--;
      const candidate = t.slice(start, end);
      const groups = candidate.split(':').filter(Boolean).length;
      // A compressed "::" with at least two groups, or all eight: not a time, ratio or "::".
      if (groups < 2 || (candidate.indexOf('::') < 0 && groups !== 8)) continue;
      consider(ctx, start, end, out);
    }
  }
  return out;
};

export const ipPatterns = (): RegExp[] => [IPV4, IPV6_HINT, SIGNATURE_LINK, USER_REFERENCE, TIE, SIGNATURE_TIME];
