/**
 * How each peer's finding types map onto pii-flag's types (gadgets/common/contracts.ts).
 *
 * The mapping is deliberately generous to the peers: every label that plausibly means one of
 * our types counts as that type, so their recall is not understated. Labels that mean nothing
 * we flag (names, URLs in general, "DIGITS", tracking numbers…) map to `null`: they still count
 * as findings on the benign corpus (peers have no severity, so every finding they report is
 * something a user would see), but they can never count towards recall.
 */
import type { PiiType } from '../gadgets/common/contracts';

export type PeerId = 'libphonenumber-js' | 'redact-pii' | 'openredaction' | 'ms-recognizers';

/** Hosts whose profile URLs we call `social-profile` (the same family pii-flag looks for). */
export const SOCIAL_HOSTS = [
  'facebook.com', 'instagram.com', 'twitter.com', 'x.com', 'linkedin.com', 'tiktok.com',
  'youtube.com', 'vk.com', 't.me', 'github.com', 'reddit.com',
];

/** A URL counts as a social profile when its host is (a subdomain of) one of SOCIAL_HOSTS and it has a path. */
export function isSocialUrl(url: string): boolean {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : 'https://' + trimmed.replace(/^\/\//, ''));
  } catch {
    return false;
  }
  const host = parsed.hostname.toLowerCase();
  const onSocialHost = SOCIAL_HOSTS.some((h) => host === h || host.endsWith('.' + h));
  return onSocialHost && parsed.pathname.length > 1;
}

// redact-pii: the replaceWith labels of its built-in redactors (snake-cased rule names).
const REDACT_PII: Record<string, PiiType | null> = {
  CREDIT_CARD_NUMBER: 'payment-card',
  STREET_ADDRESS: 'postal-address',
  ZIPCODE: 'postal-address',
  PHONE_NUMBER: 'phone',
  IP_ADDRESS: 'ip-address',
  US_SOCIAL_SECURITY_NUMBER: 'national-id',
  EMAIL_ADDRESS: 'email',
  USERNAME: null,
  PASSWORD: null,
  CREDENTIALS: null,
  DIGITS: null,
  URL: null, // refined to social-profile by URL host
  PERSON_NAME: null,
};

// openredaction: its ~580 pattern types. Anything not listed here maps to null.
const OPENREDACTION_EXACT: Record<string, PiiType> = {
  EMAIL: 'email',
  IPV4: 'ip-address',
  IPV6: 'ip-address',
  CREDIT_CARD: 'payment-card',
  DATE_OF_BIRTH: 'date-of-birth',
  POSTCODE_UK: 'postal-address',
  ZIP_CODE_US: 'postal-address',
  ADDRESS_STREET: 'postal-address',
  ADDRESS_PO_BOX: 'postal-address',
  SOCIAL_MEDIA_HANDLE: 'social-profile',
  TWITTER_USER_ID: 'social-profile',
  FACEBOOK_ID: 'social-profile',
  INSTAGRAM_USERNAME: 'social-profile',
  TIKTOK_USERNAME: 'social-profile',
  LINKEDIN_PROFILE: 'social-profile',
  YOUTUBE_CHANNEL_ID: 'social-profile',
  REDDIT_USERNAME: 'social-profile',
  TELEGRAM_USER_ID: 'social-profile',
  DISCORD_USER_ID: 'social-profile',
};

/** openredaction's personal identity documents and numbers (not business or organisation ids). */
const OPENREDACTION_NATIONAL_ID = new Set([
  'SSN', 'ITIN', 'SIN_CA', 'TAX_ID', 'NHS_NUMBER', 'NATIONAL_INSURANCE_UK', 'PASSPORT_UK', 'PASSPORT_US',
  'DRIVING_LICENSE_UK', 'DRIVING_LICENSE_US', 'GERMAN_TAX_ID', 'FRENCH_SOCIAL_SECURITY', 'ITALIAN_FISCAL_CODE',
  'DUTCH_BSN', 'POLISH_PESEL', 'INDIAN_AADHAAR', 'AUSTRALIAN_MEDICARE', 'AUSTRALIAN_TFN', 'SINGAPORE_NRIC',
  'JAPANESE_MY_NUMBER', 'SOUTH_KOREAN_RRN', 'CANADIAN_SIN', 'BRAZILIAN_CPF', 'MEXICAN_CURP',
]);
/** …plus every country's `<COUNTRY>_NATIONAL_ID`, `_PASSPORT`, `_DNI`, `_CEDULA`… */
const OPENREDACTION_NATIONAL_ID_SUFFIXES = ['_NATIONAL_ID', '_CIVIL_ID', '_PASSPORT', '_PERSONAL_ID', '_PERSONAL_NUMBER', '_CEDULA', '_DNI'];

/** Our type for one peer label, or null when the label is nothing pii-flag flags. */
export function mapPeerType(peer: PeerId, label: string, text = ''): PiiType | null {
  switch (peer) {
    case 'libphonenumber-js':
      return 'phone';
    case 'ms-recognizers':
      if (label === 'phonenumber') return 'phone';
      if (label === 'email') return 'email';
      if (label === 'ip') return 'ip-address';
      if (label === 'url') return isSocialUrl(text) ? 'social-profile' : null;
      return null;
    case 'redact-pii':
      if (label === 'URL') return isSocialUrl(text) ? 'social-profile' : null;
      return REDACT_PII[label] ?? null;
    case 'openredaction':
      if (label.startsWith('PHONE_')) return 'phone';
      if (OPENREDACTION_EXACT[label]) return OPENREDACTION_EXACT[label];
      if (OPENREDACTION_NATIONAL_ID.has(label) || OPENREDACTION_NATIONAL_ID_SUFFIXES.some((s) => label.endsWith(s))) return 'national-id';
      return null;
  }
}

/** Which of our types each peer can find at all (recall is only reported for these). */
export const PEER_COVERS: Record<PeerId, PiiType[]> = {
  'libphonenumber-js': ['phone'],
  'ms-recognizers': ['phone', 'email', 'ip-address', 'social-profile'],
  'redact-pii': ['email', 'phone', 'postal-address', 'ip-address', 'national-id', 'payment-card', 'social-profile'],
  openredaction: ['email', 'phone', 'postal-address', 'ip-address', 'date-of-birth', 'national-id', 'payment-card', 'social-profile'],
};

/** The mapping as prose rows, printed in the report so readers can judge it. */
export const TYPE_MAP_NOTES: Array<[PeerId, string]> = [
  ['libphonenumber-js', '`findPhoneNumbersInText(text, {defaultCountry})` (the current name of `findNumbers`; VALID leniency; the region our engine would use: US for en, DE for de articles): every match → phone'],
  ['ms-recognizers', 'phonenumber → phone; email → email; ip (v4/v6) → ip-address; url → social-profile when its host is a social network, else unmapped; Culture.English'],
  ['redact-pii', 'CREDIT_CARD_NUMBER → payment-card; STREET_ADDRESS, ZIPCODE → postal-address; PHONE_NUMBER → phone; IP_ADDRESS → ip-address; US_SOCIAL_SECURITY_NUMBER → national-id; EMAIL_ADDRESS → email; URL → social-profile when social host; DIGITS, PERSON_NAME, USERNAME, PASSWORD, CREDENTIALS → unmapped'],
  ['openredaction', 'EMAIL → email; PHONE_* → phone; IPV4/IPV6 → ip-address; CREDIT_CARD → payment-card; DATE_OF_BIRTH → date-of-birth; POSTCODE_UK, ZIP_CODE_US, ADDRESS_* → postal-address; SSN, passports, driving licences, tax/insurance/national ids of persons → national-id; social handles/ids → social-profile; the other ~540 types (NAME, business, logistics, gaming ids…) → unmapped'],
];
