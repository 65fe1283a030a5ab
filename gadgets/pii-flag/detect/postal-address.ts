/**
 * Postal addresses in the formats of US, UK, DE, FR, ES, IT, NL, IN, BR and JP:
 * a street with a house number, stronger with a postcode and town next to it,
 * stronger again with a living word ("lives at", "wohnt in", "habite").
 * Each pattern starts at a literal street word or a digit boundary, so it is linear.
 */
import type { Candidate, Detector } from './candidate';

interface AddressPattern {
  pattern: RegExp;
  country: string;
  /** Pattern that, right after the street, means a postcode + town follows. */
  postcode?: RegExp;
}

const NAME = "[A-ZÀ-Ý][A-Za-zÀ-ÿ'’.-]{1,24}";
const NAMES = `${NAME}(?: ${NAME}){0,3}`;

const PATTERNS: AddressPattern[] = [
  // US / UK / IN in English: "221B Baker Street", "1600 Pennsylvania Avenue NW".
  {
    pattern: new RegExp(
      `\\b\\d{1,5}[A-Za-z]? (?:[NSEW]\\.? )?${NAMES} (?:Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Boulevard|Blvd\\.?|Lane|Ln\\.?|Drive|Dr\\.?|Court|Ct\\.?|Way|Place|Pl\\.?|Terrace|Circle|Close|Crescent|Gardens|Grove|Square|Mews|Parkway|Highway|Hwy)\\b`,
      'g',
    ),
    country: 'US/UK',
    postcode: /^(?:[,.]? (?:(?:Apt|Apartment|Suite|Unit|Flat|#) ?[\w-]{1,6},? )?(?:[A-Z][a-z]+ ?){1,3},? (?:[A-Z]{2} \d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}))/,
  },
  // French: "12 rue de la Paix", "3 bis avenue Victor-Hugo".
  {
    pattern: /\b\d{1,4}(?: ?(?:bis|ter))?,? (?:rue|avenue|av\.|boulevard|bd|place|impasse|allée|chemin|quai|route|cours|square) (?:de |du |des |de la |de l'|d')?[A-ZÀ-Ý][A-Za-zÀ-ÿ'-]{1,30}(?: [A-ZÀ-Ý][A-Za-zÀ-ÿ'-]{1,30}){0,2}/gi,
    country: 'FR',
    postcode: /^,? \d{5} [A-ZÀ-Ý][A-Za-zÀ-ÿ'-]{1,30}/,
  },
  // Spanish / Italian / Portuguese: "Calle Mayor 5", "Via Roma, 10", "Rua Augusta, 123".
  {
    pattern: /\b(?:Calle|C\/|Avenida|Avda\.|Plaza|Paseo|Camino|Carrer|Via|Viale|Piazza|Corso|Largo|Vicolo|Rua|Travessa|Praça|Alameda|Estrada) (?:de |del |de la |da |do |dos |das |di |della |dei )?[A-ZÀ-Ý][A-Za-zÀ-ÿ'-]{1,30}(?: [A-ZÀ-Ý][A-Za-zÀ-ÿ'-]{1,30}){0,2},? (?:n[º°o]\.? ?|núm\.? ?)?\d{1,5}\b/g,
    country: 'ES/IT/PT',
    postcode: /^(?:,? [\w ºª°-]{0,12})?,? (?:\d{5}-\d{3}|\d{5}) [A-ZÀ-Ý][A-Za-zÀ-ÿ'-]{1,30}|^ ?[–-] [A-ZÀ-Ý][a-zà-ÿ]{1,30}/,
  },
  // India: "H.No. 12-3-45, Sector 5", "Flat No. 302".
  { pattern: /\b(?:H\.? ?No\.?|House No\.?|Flat No\.?|Plot No\.?|Door No\.?|House no\.?|Flat no\.?) ?[\d\/-]{1,12}\b/g, country: 'IN', postcode: /^[^\n]{0,80}\b\d{3} ?\d{3}\b/ },
  // Japan: 〒100-0001 and prefecture … 1-2-3.
  { pattern: /〒 ?\d{3}-\d{4}/g, country: 'JP' },
  // (JP block numbers and German/Dutch streets are found by anchors below: see STREET_SUFFIX and BLOCK_NUMBER.)
];

/**
 * German/Dutch streets ("Musterstraße 12a", "Berliner Str. 5", "Keizersgracht 123") are
 * anchored on the street suffix and its house number; the street name before it is
 * read by hand (`streetStart`), which keeps the pattern linear.
 */
const STREET_SUFFIX = /(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee|pfad|markt|graben|straat|laan|plein|gracht|kade|dijk|singel|steeg) \d{1,4} ?[a-z]?\b/gi;
const DE_NL_POSTCODE = /^,? (?:D-)?(?:\d{5}|\d{4} ?[A-Z]{2}) [A-ZÄÖÜ][a-zäöüß-]{1,30}/;

function isLetter(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || 'äöüßÄÖÜéèëïÉ-'.indexOf(ch) >= 0;
}
function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Start of the street name that ends in the suffix at `at`, or undefined when it is no name. */
function streetStart(t: string, at: number): number | undefined {
  let s = at;
  while (s > 0 && at - s < 30 && isLetter(t.charAt(s - 1))) s--;
  if (s === at) {
    // "Berliner Straße 5": the suffix is a word of its own; the name is the word before.
    if (!isUpper(t.charAt(at)) || t.charAt(at - 1) !== ' ') return undefined;
    let w = at - 1;
    while (w > 0 && at - w < 25 && isLetter(t.charAt(w - 1))) w--;
    return w < at - 1 && isUpper(t.charAt(w)) ? w : undefined;
  }
  return isUpper(t.charAt(s)) ? s : undefined;
}

/** Japanese block numbers "1-1", "2丁目3番4号"; the prefecture and city before them are read by hand. */
const BLOCK_NUMBER = /\d{1,4}(?:[-－丁目番地号]{1,2}\d{1,4}){1,3}/g;

function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fa5) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30f6);
}

/** Start of "東京都千代田区千代田" before a block number: CJK text holding a prefecture and a city/ward. */
function japaneseAddressStart(t: string, at: number): number | undefined {
  let s = at;
  while (s > 0 && at - s < 24 && isCjk(t.charCodeAt(s - 1))) s--;
  const name = t.slice(s, at);
  const prefecture = name.search(/[都道府県]/);
  if (prefecture < 1 || !/[市区町村郡]/.test(name.slice(prefecture + 1))) return undefined;
  // The prefecture name is the two or three characters before its suffix.
  return s + Math.max(0, prefecture - (name.charAt(prefecture) === '道' ? 2 : prefecture >= 3 ? 3 : 2));
}

export const detectPostalAddress: Detector = (ctx) => {
  const out: Candidate[] = [];
  const t = ctx.masked;
  for (const { pattern, country, postcode } of PATTERNS) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(t))) {
      let end = m.index + m[0].length;
      let score = 0.4;
      if (postcode) {
        const tail = postcode.exec(t.slice(end, end + 100));
        if (tail) {
          end += tail[0].length;
          score = 0.55;
        }
      } else {
        score = 0.5;
      }
      out.push({ type: 'postal-address', start: m.index, end, score, reason: 'pii-flag-reason-address', params: [country] });
    }
  }
  let m: RegExpExecArray | null;
  STREET_SUFFIX.lastIndex = 0;
  while ((m = STREET_SUFFIX.exec(t))) {
    const start = streetStart(t, m.index);
    if (start === undefined) continue;
    let end = m.index + m[0].length;
    const tail = DE_NL_POSTCODE.exec(t.slice(end, end + 60));
    if (tail) end += tail[0].length;
    out.push({ type: 'postal-address', start, end, score: tail ? 0.55 : 0.4, reason: 'pii-flag-reason-address', params: ['DE/NL'] });
  }
  BLOCK_NUMBER.lastIndex = 0;
  while ((m = BLOCK_NUMBER.exec(t))) {
    const start = japaneseAddressStart(t, m.index);
    if (start === undefined) continue;
    out.push({ type: 'postal-address', start, end: m.index + m[0].length, score: 0.5, reason: 'pii-flag-reason-address', params: ['JP'] });
  }
  return out;
};

export const postalAddressPatterns = (): RegExp[] => [...PATTERNS.map((p) => p.pattern), ...PATTERNS.map((p) => p.postcode).filter((p): p is RegExp => !!p), STREET_SUFFIX, DE_NL_POSTCODE, BLOCK_NUMBER];
