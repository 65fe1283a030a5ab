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
  // German/Dutch compound streets: "Musterstraße 12a", "Berliner Str. 5", "Keizersgracht 123".
  {
    pattern: new RegExp(
      `(?:\\b[A-ZÄÖÜ][a-zäöüß-]{1,30}(?:straße|strasse|str\\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee|pfad|markt|graben|straat|laan|plein|gracht|kade|dijk|singel|steeg)|\\b[A-ZÄÖÜ][a-zäöüß]{2,20}(?:e|er) (?:Straße|Strasse|Str\\.|Weg|Allee|Platz|Ring))\\s\\d{1,4}\\s?[a-z]?\\b`,
      'g',
    ),
    country: 'DE/NL',
    postcode: /^,? (?:D-)?(?:\d{5}|\d{4} ?[A-Z]{2}) [A-ZÄÖÜ][a-zäöüß-]{1,30}/,
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
  { pattern: /(?:東京都|北海道|大阪府|京都府|[一-龥]{2,3}県)[一-龥ぁ-んァ-ヶ]{1,20}\d{1,4}(?:[-－丁目番地号]{1,2}\d{1,4}){1,3}/g, country: 'JP' },
];

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
  return out;
};

export const postalAddressPatterns = (): RegExp[] => [...PATTERNS.map((p) => p.pattern), ...PATTERNS.map((p) => p.postcode).filter((p): p is RegExp => !!p)];
