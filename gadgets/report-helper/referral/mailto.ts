/**
 * mailto: links (pure), built with encodeURIComponent so that nothing the
 * user or an attacker typed can add a header (cc, bcc, a second body) or
 * change the recipients. RFC 6068: CRLF line breaks, percent-encoded.
 */
import { isEmailAddress } from '../../common/config/schema';

/**
 * Mail clients and browsers cut or refuse long mailto URLs (some around
 * 2 000 characters); beyond this the link carries a short body and the full
 * text goes to the clipboard.
 */
export const MAILTO_MAX_LENGTH = 1900;

export interface Mailto {
  href: string;
  /** False when the body had to be shortened: the user must paste the full text. */
  complete: boolean;
}

function encodeAddress(address: string): string {
  // "@" stays readable; everything else that is not plain is encoded.
  return encodeURIComponent(address).replace(/%40/g, '@');
}

function crlf(text: string): string {
  return text.replace(/\r\n?|\n/g, '\r\n');
}

/** Lone surrogates (possible in pasted or hostile text) make encodeURIComponent throw: replace them with U+FFFD. */
export function wellFormed(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i] + text[i + 1];
        i++;
      } else out += '\uFFFD';
    } else if (c >= 0xdc00 && c <= 0xdfff) out += '\uFFFD';
    else out += text[i];
  }
  return out;
}

export function mailtoHref(to: string[], subject: string, body: string): string {
  const recipients = to.filter(isEmailAddress).map(encodeAddress).join(',');
  return `mailto:${recipients}?subject=${encodeURIComponent(wellFormed(subject).replace(/[\r\n]+/g, ' '))}&body=${encodeURIComponent(crlf(wellFormed(body)))}`;
}

/**
 * The link for `body`, or, when that is too long, for `shortBody` (which should
 * say that the full text is on the clipboard). A short body that is still too
 * long is cut at a character boundary so that the link always works.
 */
export function buildMailto(to: string[], subject: string, body: string, shortBody: string, max = MAILTO_MAX_LENGTH): Mailto {
  const full = mailtoHref(to, subject, body);
  if (full.length <= max) return { href: full, complete: true };
  // Keep as many whole characters of the short body as fit (binary search; never splits a surrogate pair).
  const chars = Array.from(shortBody);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (mailtoHref(to, subject, chars.slice(0, mid).join('')).length <= max) lo = mid;
    else hi = mid - 1;
  }
  const href = mailtoHref(to, subject, chars.slice(0, lo).join(''));
  return { href, complete: false };
}
