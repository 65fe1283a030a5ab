/**
 * Phone numbers, validated against the national numbering plan with
 * libphonenumber-js (not just "enough digits"). A cheap linear regex proposes
 * runs of digits and separators with at least 7 digits; only those reach
 * libphonenumber. National formats are read in the wiki's region; other regions
 * are tried only when a phone word ("Tel.", "call me", "携帯") is next to the number.
 */
import { parsePhoneNumberFromString, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
import type { Candidate, Detector, ScanContext } from './candidate';
import { HOTWORDS, hotwordNear } from './context';
import metadataJson from './phone-metadata.json';
import { HOTWORD_REGIONS, PHONE_REGIONS } from './regions';

const metadata = metadataJson as unknown as MetadataJson;

/** `+49 (0)30 1234567`, `(202) 555-0143`, `06 12 34 56 78`, `030/1234567`, `0049 …`. Starts at a literal, so linear. */
const CANDIDATE = /\+?\(?\d[\d \u00a0().\/\u2010-\u2012-]{5,24}\d/g;

/** Shapes that are never phones even when a plan accepts the digits. */
const NOT_PHONE = [
  /^\d{1,2}[.\/-]\d{1,2}[.\/-]\d{2,4}$/, // dates 12.03.1985, 3/10/2011
  /^\d{4}[.\/-]\d{1,2}[.\/-]\d{1,2}$/, // ISO-ish dates
  /^\d{4} ?[\u2010-\u2012\/-] ?\d{2,4}$/, // year ranges 1958-2010, 1997/98
  /^\d{1,3}(?:\.\d{1,3}){3}$/, // IPv4 (the IP detector's)
  /^\d+\.\d+$/, // decimals, coordinates 41.893269
  /^\d{1,2}:\d{2}/, // times
];

/** National numbers of freephone ranges: 800/808 (most of Europe, NANP), 833–888 (NANP), 1800 (AU, IE). */
const FREEPHONE = /^(?:80[0-8]|8(?:33|44|55|66|77|88)|1800)/;

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

function isWordChar(ch: string): boolean {
  return /[0-9A-Za-z\u00c0-\u024f]/.test(ch);
}

function tryParse(candidate: string, region: string | undefined): { region: string; international: boolean; national: string } | undefined {
  try {
    const cleaned = candidate.replace('(0)', ' ').replace(/^00(?=[1-9])/, '+');
    const number = parsePhoneNumberFromString(cleaned, { defaultCountry: region as CountryCode | undefined }, metadata);
    if (number && number.isValid()) return { region: number.country || region || '', international: cleaned.charAt(0) === '+', national: String(number.nationalNumber) };
  } catch {
    // Malformed input: simply not a phone number.
  }
  return undefined;
}

export const detectPhone: Detector = (ctx: ScanContext) => {
  const out: Candidate[] = [];
  const t = ctx.masked;
  const home = PHONE_REGIONS.indexOf(ctx.region) >= 0 ? ctx.region : 'US';
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(t))) {
    let start = m.index;
    let value = m[0];
    // An opening bracket without its closing one belongs to the prose, not the number.
    if (value.charAt(0) === '(' && value.indexOf(')') < 0) {
      value = value.slice(1);
      start++;
    }
    const end = start + value.length;
    const before = t.charAt(start - 1);
    const after = t.charAt(end);
    if ((before && (isWordChar(before) || '.,/-–'.indexOf(before) >= 0)) || (after && (isWordChar(after) || (after === '.' && /\d/.test(t.charAt(end + 1)))))) continue;
    const digits = digitCount(value);
    if (digits < 7 || digits > 15 + (value.slice(0, 2) === '00' ? 2 : 0)) continue;
    const trimmed = value.trim();
    if (NOT_PHONE.some((p) => p.test(trimmed))) continue;

    let hit = tryParse(value, home);
    let hotword: string | undefined;
    if (!hit) {
      hotword = hotwordNear(ctx.lower, start, end, HOTWORDS.phone);
      // Other regions only for numbers long enough to carry an area code (≥ 9 digits).
      if (hotword && digits >= 9) {
        for (const region of HOTWORD_REGIONS) {
          if (region !== home && (hit = tryParse(value, region))) break;
        }
      }
    }
    if (!hit) continue;
    out.push({
      // Freephone and service numbers (0800, 1-800, 1800) belong to organisations and helplines.
      ...(FREEPHONE.test(hit.national) ? { cap: 0.45 } : {}),
      type: 'phone',
      start,
      end,
      score: hit.international ? 0.55 : 0.5,
      reason: hit.international ? 'pii-flag-reason-phone-international' : 'pii-flag-reason-phone',
      params: [hit.region],
    });
  }
  return out;
};

export const phonePatterns = (): RegExp[] => [CANDIDATE, ...NOT_PHONE, FREEPHONE];
