/**
 * Government identity numbers, each validated by its scheme's rules: SSN ranges,
 * UK NI prefixes, Aadhaar (Verhoeff), CPF and the Spanish/French/Italian/Dutch/
 * German check digits. Bare digit runs that only a checksum vouches for (9–12
 * digits) start weak and need a context word ("SSN", "Aadhaar", "BSN").
 */
import type { Candidate, Detector } from './candidate';
import { bsn, codiceFiscale, cpf, digitsOf, dniLetterOk, ninoPrefixOk, nirKeyOk, ssnPlausible, steuerId, verhoeff } from './checksums';

type Found = Pick<Candidate, 'score' | 'reason'> | undefined;

/**
 * Digit-led schemes in one pass (one alternative per written shape; the groups
 * say which matched):
 *  1-4 US SSN 123-45-6789 · 5 Aadhaar 2345 6789 0124 · 6 CPF 123.456.789-09 ·
 *  7-8 Spanish DNI 12345678Z or 12.345.678-Z · 9-15 French NIR · 16 German tax ID 12 345 678 901 ·
 *  17 a bare run of 9–12 digits (BSN, CPF, Steuer-ID, Aadhaar: checksum + context only).
 */
const DIGIT_LED =
  /\b(?:(\d{3})([- ])(\d{2})\2(\d{4})|([2-9]\d{3}([ -])\d{4}\6\d{4})|(\d{3}\.\d{3}\.\d{3}-\d{2})|(\d{2}\.?\d{3}\.?\d{3})-?([A-HJ-NP-TV-Z])|([12]) ?(\d{2}) ?(0[1-9]|1[0-2]|[2-9]\d) ?(\d{2}|2[AB]) ?(\d{3}) ?(\d{3}) ?(\d{2})|([1-9]\d(?: \d{3}){3})|(\d{9,12}))\b/g;

/** Letter-led schemes: UK NINO, Indian PAN (person), Italian codice fiscale, Spanish NIE. */
const LETTER_LED =
  /\b(?:([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?\d{2} ?\d{2} ?\d{2} ?[A-D]|([A-Z]{3}P[A-Z]\d{4}[A-Z])|([A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z])|([XYZ])-?(\d{7})-?([A-HJ-NP-TV-Z]))\b/g;

function digitLed(m: RegExpExecArray): Found {
  if (m[1]) return ssnPlausible(m[1], m[3], m[4]) ? { score: 0.55, reason: 'pii-flag-reason-ssn' } : undefined;
  if (m[5]) return verhoeff(digitsOf(m[5])) ? { score: 0.55, reason: 'pii-flag-reason-aadhaar' } : undefined;
  if (m[7]) return cpf(digitsOf(m[7])) ? { score: 0.7, reason: 'pii-flag-reason-cpf' } : undefined;
  if (m[8]) return dniLetterOk(digitsOf(m[8]), m[9]) ? { score: 0.5, reason: 'pii-flag-reason-dni' } : undefined;
  if (m[10]) return nirKeyOk(m[10] + m[11] + m[12] + m[13] + m[14] + m[15], m[16]) ? { score: 0.55, reason: 'pii-flag-reason-nir' } : undefined;
  if (m[17]) return steuerId(digitsOf(m[17])) ? { score: 0.45, reason: 'pii-flag-reason-steuer-id' } : undefined;
  const run = m[18];
  // Bare runs: a checksum passes by chance one time in ten, so these start weak.
  if (run.length === 9 && bsn(run)) return { score: 0.3, reason: 'pii-flag-reason-bsn' };
  if (run.length === 9) {
    const ok = ssnPlausible(run.slice(0, 3), run.slice(3, 5), run.slice(5));
    return ok ? { score: 0.2, reason: 'pii-flag-reason-ssn' } : undefined;
  }
  if (run.length === 11 && cpf(run)) return { score: 0.3, reason: 'pii-flag-reason-cpf' };
  if (run.length === 11 && steuerId(run)) return { score: 0.3, reason: 'pii-flag-reason-steuer-id' };
  if (run.length === 12 && /^[2-9]/.test(run) && verhoeff(run)) return { score: 0.3, reason: 'pii-flag-reason-aadhaar' };
  return undefined;
}

function letterLed(m: RegExpExecArray): Found {
  if (m[1]) return ninoPrefixOk(m[1]) ? { score: 0.6, reason: 'pii-flag-reason-nino' } : undefined;
  if (m[2]) return { score: 0.55, reason: 'pii-flag-reason-pan' };
  if (m[3]) return codiceFiscale(m[3]) ? { score: 0.65, reason: 'pii-flag-reason-codice-fiscale' } : undefined;
  return dniLetterOk(m[4] + m[5], m[6]) ? { score: 0.5, reason: 'pii-flag-reason-dni' } : undefined;
}

function run(pattern: RegExp, judge: (m: RegExpExecArray) => Found, text: string, out: Candidate[]): void {
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text))) {
    const found = judge(m);
    if (found) out.push({ type: 'national-id', start: m.index, end: m.index + m[0].length, ...found });
  }
}

export const detectNationalId: Detector = (ctx) => {
  const out: Candidate[] = [];
  run(DIGIT_LED, digitLed, ctx.masked, out);
  run(LETTER_LED, letterLed, ctx.masked, out);
  return out;
};

export const nationalIdPatterns = (): RegExp[] => [DIGIT_LED, LETTER_LED];
