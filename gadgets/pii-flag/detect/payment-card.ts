/**
 * Payment card numbers: 13–19 digits in one block or in consistent groups, a
 * known issuer prefix, and a valid Luhn checksum. Wayback timestamps and ORCIDs
 * (the usual lookalikes) are masked before or fail the prefix test.
 */
import type { Candidate, Detector } from './candidate';
import { luhn } from './checksums';

const CANDIDATE = /\b\d(?:[ -]?\d){12,18}\b/g;

const BRANDS: Array<[RegExp, string]> = [
  [/^4/, 'Visa'],
  [/^(?:5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720))/, 'Mastercard'],
  [/^3[47]/, 'American Express'],
  [/^(?:6011|65|64[4-9])/, 'Discover'],
  [/^35(?:2[89]|[3-8]\d)/, 'JCB'],
  [/^3(?:0[0-5]|[68])/, 'Diners Club'],
  [/^62/, 'UnionPay'],
  [/^(?:50|5[6-9]|6\d)/, 'Maestro'],
];

/**
 * Published sample numbers (4111 1111 1111 1111, 5555 5555 5555 4444) are one digit
 * repeated almost throughout: nobody's card looks like that.
 */
function isSampleNumber(digits: string): boolean {
  const counts = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < digits.length; i++) counts[digits.charCodeAt(i) - 48]++;
  return Math.max.apply(null, counts) >= digits.length - 4;
}

export const detectPaymentCard: Detector = (ctx) => {
  const out: Candidate[] = [];
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(ctx.masked))) {
    const raw = m[0];
    const separators = raw.replace(/\d/g, '');
    // Mixed separators ("1234-5678 9012") are not how anyone writes a card number.
    if (separators && separators.split(separators.charAt(0)).join('') !== '') continue;
    const digits = raw.replace(/\D/g, '');
    if (isSampleNumber(digits) || !luhn(digits)) continue;
    const brand = BRANDS.find(([p]) => p.test(digits));
    if (!brand) continue;
    const grouped = separators.length > 0;
    out.push({
      type: 'payment-card',
      start: m.index,
      end: m.index + raw.length,
      // A 16-digit block is often some other id; grouped digits are how cards are written.
      score: grouped ? 0.6 : 0.45,
      reason: 'pii-flag-reason-card',
      params: [brand[1]],
    });
  }
  return out;
};

export const paymentCardPatterns = (): RegExp[] => [CANDIDATE, ...BRANDS.map(([p]) => p)];
