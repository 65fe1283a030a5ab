/** Check-digit algorithms of the identifiers we validate (validation beats pattern matching). */

/** Luhn (ISO/IEC 7812): payment cards. `digits` holds only 0-9. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Verhoeff: Aadhaar's check digit. */
export function verhoeff(digits: string): boolean {
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    c = VERHOEFF_D[c][VERHOEFF_P[i % 8][digits.charCodeAt(digits.length - 1 - i) - 48]];
  }
  return c === 0;
}

/** Brazilian CPF: two mod-11 check digits; all-same-digit numbers are invalid. */
export function cpf(digits: string): boolean {
  if (digits.length !== 11 || /^(\d)\1{10}$/.test(digits)) return false;
  for (const len of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < len; i++) sum += (digits.charCodeAt(i) - 48) * (len + 1 - i);
    const check = ((sum * 10) % 11) % 10;
    if (check !== digits.charCodeAt(len) - 48) return false;
  }
  return true;
}

/** US SSN: area not 000, 666 or 9xx; group not 00; serial not 0000; no famous sample numbers. */
export function ssnPlausible(area: string, group: string, serial: string): boolean {
  if (area === '000' || area === '666' || area.charAt(0) === '9') return false;
  if (group === '00' || serial === '0000') return false;
  const all = area + group + serial;
  if (all === '078051120' || all === '219099999' || all === '123456789' || /^(\d)\1{8}$/.test(all)) return false;
  return true;
}

/** UK National Insurance prefix rules. */
export function ninoPrefixOk(prefix: string): boolean {
  return ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].indexOf(prefix) < 0 && prefix.charAt(1) !== 'O';
}

/** Spanish DNI/NIE check letter. */
export function dniLetterOk(number: string, letter: string): boolean {
  const n = Number(number.replace(/^X/, '0').replace(/^Y/, '1').replace(/^Z/, '2'));
  return 'TRWAGMYFPDXBNJZSQVHLCKE'.charAt(n % 23) === letter.toUpperCase();
}

/** French NIR: key = 97 − (first 13 digits mod 97); Corsica 2A/2B count as 19/18. */
export function nirKeyOk(body: string, key: string): boolean {
  const n = Number(body.replace('2A', '19').replace('2B', '18'));
  return isFinite(n) && 97 - (n % 97) === Number(key);
}

/** Dutch BSN: eleven test (9 digits, last weight −1). */
export function bsn(digits: string): boolean {
  if (digits.length !== 9 || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (digits.charCodeAt(i) - 48) * (9 - i);
  sum -= digits.charCodeAt(8) - 48;
  return sum % 11 === 0;
}

/** German tax ID (Steuer-IdNr): ISO 7064 MOD 11,10 check digit; first digit not 0. */
export function steuerId(digits: string): boolean {
  if (digits.length !== 11 || digits.charAt(0) === '0') return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (digits.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  let check = 11 - product;
  if (check === 10) check = 0;
  return check === digits.charCodeAt(10) - 48;
}

const CF_ODD: Record<string, number> = {
  0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21, A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17,
  I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};

/** Italian codice fiscale check letter (16 characters). */
export function codiceFiscale(code: string): boolean {
  const c = code.toUpperCase();
  if (c.length !== 16) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = c.charAt(i);
    if (i % 2 === 0) sum += CF_ODD[ch] ?? 0;
    else sum += ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : ch.charCodeAt(0) - 65;
  }
  return String.fromCharCode(65 + (sum % 26)) === c.charAt(15);
}

/** Digits only. */
export function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}
