/**
 * Wiki lookalikes: blank what is never personal data before the number-hungry
 * detectors run (phones, cards, IDs, addresses). The research on the real corpus
 * (research/pii-detection.md §3.3) found this removes ~95% of phone false positives.
 *
 * Masked spans are replaced with spaces of the same length, so offsets stay valid.
 * Dates are NOT masked here (date-of-birth needs them); detectors reject date shapes.
 */

/** URLs (archive timestamps, article ids, `?id=` parameters); the scheme is added by hand (see `urlStart`). */
const URL = /\/\/[^\s\]|<>{}"']+/g;

/** Citation and identifier parameters of templates: `|isbn=…`, `|doi=…`, `|access-date=…`. */
const CITE_PARAM =
  /\|\s*(?:isbn|isbn13|issn|eissn|sbn|doi|pmid|pmc|oclc|bibcode|jstor|arxiv|lccn|s2cid|citeseerx|zbl|mr|ol|hdl|rfc|asin|ssrn|osti|id|url|archive-?url|chapter-?url|access-?date|archive-?date|orig-?year|date|year|pages?|volume|issue|number|gnd|viaf|orcid|isni|imdb|gnis|lesenswert|zdb|dnb|bnf|sudoc|wikidata|coordinates|coord|lat[a-z]*|long[a-z]*|population[a-z_]*|pop[a-z_]*|area[a-z_]*|elevation[a-z_]*|image|file|bild|datei)\s*=[^|}\n]*/gi;

/**
 * Templates whose whole content is bibliographic, geographic, statistical or
 * public-profile furniture: `{{ISBN|…}}`, `{{coord|…}}`, `{{cite web|…}}`,
 * `{{Normdaten|…}}`, `{{birth date and age|…}}` (a public subject's infobox date),
 * `{{Twitter|…}}` (external-link templates of notable subjects).
 */
const FURNITURE_TEMPLATE =
  /\{\{\s*(?:isbn|issn|doi|pmid|pmc|oclc|lccn|jstor|arxiv|coord|coordinate|koordinate|birth date|birth-date|death date|death-date|birth year|death year|dts|convert|cvt|normdaten|authority control|imdb|gnis|orcid|lesenswert|exzellent|start date|end date|cite|citation|internetquelle|literatur|webarchiv|official website|offizielle website|twitter|instagram|facebook|youtube|linkedin|tiktok|commons|sfn|harvnb|rp|nts|formatnum|football box|baseball|infobox station)[^{}]*\}\}/gi;

/**
 * Media file names (`Gefechtsübung (18046016904).jpg`): found by their extension, a
 * fast literal anchor, and blanked back to where the name starts (see `fileNameStart`).
 */
const FILE_EXTENSION = /\.(?:jpe?g|png|gif|svg|tiff?|webm|webp|ogg|ogv|oga|mp3|mp4|pdf|djvu|stl|JPE?G|PNG|GIF|SVG|TIFF?|PDF)\b/g;

/**
 * Bare identifiers in running text (ISBN, OCLC, …), revision ids, catalogue, opus and
 * patent numbers. One pass over the lower-cased text.
 */
const ID_WORDS =
  /\b(?:(?:isbn|issn|pmid|pmc|oclc|lccn|arxiv|bibcode|s2cid|zdb|gnd|viaf|orcid|isni|jstor|sbn|asin)(?:-1[03])?[\s:=#]*[0-9][0-9x .\/:-]*|(?:oldid|diff|curid|rcid|logid|revid)=\d+|special:(?:diff|permanentlink|permalink)\/[\d\/]+|(?:catalog(?:ue)? (?:no|nr|number)|cat\. ?no|kat\.?-?nr|patent(?: no\.?| number)?|pat\.|op\.|bwv|kv|serial (?:no|number)|model (?:no|number)|part (?:no|number)|inventory (?:no|number))\.?\s*[a-z]{0,4}\s?\d[\d ,.\/-]*)/g;

/** DOIs: `10.1136/bmj.332.7533.120-a`. */
const DOI = /\b10\.\d{4,9}\/[^\s|\]}]+/g;

/**
 * Statistics with thousands separators: `8,908,081`, `1.234.567`. What may follow is
 * checked in code (`endsNumber`): a trailing lookahead here would backtrack through
 * every group.
 */
const THOUSANDS = /\b\d{1,3}(?:,\d{3}){2,}|\b\d{1,3}(?:\.\d{3}){2,}/g;

/** A separated number ends here unless more digits or `-09` (a CPF's check digits) follow. */
function endsNumber(text: string, end: number): boolean {
  const next = text.charAt(end);
  if (next >= '0' && next <= '9') return false;
  const after = text.charAt(end + 1);
  if ((next === '-' || next === '.' || next === ',') && after >= '0' && after <= '9') return false;
  // "71.234.598-X": a Spanish DNI written with dots, not a statistic.
  return !(next === '-' && /[A-Za-z]/.test(after));
}

/** "1.234.567" after "79." is the tail of an IP address or version, not a statistic. */
function startsNumber(text: string, start: number): boolean {
  const before = text.charAt(start - 1);
  return !((before === '.' || before === ',') && /\d/.test(text.charAt(start - 2)));
}

/** "62.254.170.118" has the shape of "1.234.567.890" but is a dotted quad: the IP detector decides. */
function isDottedQuad(number: string): boolean {
  const parts = number.split('.');
  return parts.length === 4 && parts.every((p) => +p <= 255);
}

/** A comment or word saying the value is someone's own ("<!-- her home number -->"): not an institution's. */
const PRIVATE_VALUE = /\b(?:home|private|privat|his|her|my|mobile)\b/;

/** Infobox contact parameters: institutions' public details, masked in content namespaces only. */
const INSTITUTION_PARAM =
  /\|\s*(?:phone|telephone|tel|fax|phone_number|telefon|t[eé]l[eé]phone|tel[eé]fono|email|e-mail|address|adresse|anschrift|direcci[oó]n|indirizzo|adres|endere[cç]o|location|standort|sitz|headquarters|hq_location|postal_code|postcode|zip|zipcode|plz|website|homepage)\s*=[^|}\n]*/gi;

/** Patterns matched against the original text, and those matched against the lower-cased copy. */
const ON_TEXT = [CITE_PARAM, FURNITURE_TEMPLATE, DOI];
const ON_LOWER = [ID_WORDS];

export function maskPatterns(): RegExp[] {
  return [URL, FILE_EXTENSION, ...ON_TEXT, THOUSANDS, ...ON_LOWER, INSTITUTION_PARAM, PRIVATE_VALUE];
}

/** Where a URL's scheme starts (`https://…` → at the `h`), given the index of its `//`. */
function urlStart(text: string, slashes: number): number {
  for (const scheme of ['https:', 'http:', 'ftp:']) {
    if (text.slice(slashes - scheme.length, slashes).toLowerCase() === scheme) return slashes - scheme.length;
  }
  return slashes;
}

/** A file name runs back from its extension to `:`, `[[`, `|`, `=` or a line start (at most 250 characters). */
function fileNameStart(text: string, dot: number): number | undefined {
  for (let i = dot - 1; i >= 0 && dot - i < 250; i--) {
    const c = text.charAt(i);
    if (c === ':' || c === '|' || c === '=' || c === '[' || c === '\n' || c === '/') return i + 1;
  }
  return undefined;
}

function collect(pattern: RegExp, subject: string, ranges: number[], startOf?: (index: number, end: number) => number | undefined): void {
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(subject))) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const end = m.index + m[0].length;
    const start = startOf ? startOf(m.index, end) : m.index;
    if (start !== undefined) ranges.push(start, end);
  }
}

/**
 * Returns `text` with lookalikes replaced by spaces (same length).
 * `lower` is `text` lower-cased with the same length (see scan.ts).
 */
export function maskWikiLookalikes(text: string, contentNamespace: boolean, lower: string = text.toLowerCase()): string {
  const ranges: number[] = [];
  if (text.indexOf('//') >= 0) collect(URL, text, ranges, (i) => urlStart(text, i));
  if (text.indexOf('.') >= 0) collect(FILE_EXTENSION, text, ranges, (i) => fileNameStart(text, i));
  for (const pattern of ON_TEXT) collect(pattern, text, ranges);
  collect(THOUSANDS, text, ranges, (i, end) => (startsNumber(text, i) && endsNumber(text, end) && !isDottedQuad(text.slice(i, end)) ? i : undefined));
  if (lower.length === text.length) for (const pattern of ON_LOWER) collect(pattern, lower, ranges);
  if (contentNamespace) collect(INSTITUTION_PARAM, text, ranges, (i, end) => (PRIVATE_VALUE.test(lower.slice(i, end)) ? undefined : i));
  if (!ranges.length) return text;
  return blank(text, ranges);
}
/** Replaces each [start, end) pair in `ranges` (flat, any order, may overlap) with spaces. */
export function blank(text: string, ranges: number[]): string {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < ranges.length; i += 2) pairs.push([ranges[i], ranges[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0]);
  let out = '';
  let pos = 0;
  for (const [s, e] of pairs) {
    if (e <= pos) continue;
    const from = Math.max(s, pos);
    out += text.slice(pos, from) + spaces(e - from);
    pos = e;
  }
  return out + text.slice(pos);
}

function spaces(n: number): string {
  return n > 0 ? new Array(n + 1).join(' ') : '';
}
