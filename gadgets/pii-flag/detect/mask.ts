/**
 * Wiki lookalikes: blank what is never personal data before the number-hungry
 * detectors run (phones, cards, IDs, addresses). The research on the real corpus
 * (research/pii-detection.md §3.3) found this removes ~95% of phone false positives.
 *
 * Masked spans are replaced with spaces of the same length, so offsets stay valid.
 * Dates are NOT masked here (date-of-birth needs them); detectors reject date shapes.
 */

/** URLs (archive timestamps, article ids, `?id=` parameters). */
const URL = /(?:https?:)?\/\/[^\s\]|<>{}"']+/gi;

/** Citation and identifier parameters of templates: `|isbn=…`, `|doi=…`, `|access-date=…`. */
const CITE_PARAM =
  /\|\s*(?:isbn|isbn13|issn|eissn|sbn|doi|pmid|pmc|oclc|bibcode|jstor|arxiv|lccn|s2cid|citeseerx|zbl|mr|ol|hdl|rfc|asin|ssrn|osti|id|url|archive-?url|chapter-?url|access-?date|archive-?date|orig-?year|date|year|pages?|volume|issue|number|gnd|viaf|orcid|isni|imdb|gnis|lesenswert|zdb|dnb|bnf|sudoc|wikidata|coordinates|coord|lat[a-z]*|long[a-z]*|population[a-z_ ]*|pop[a-z_ ]*|area[a-z_ ]*|elevation[a-z_ ]*|image|file|bild|datei)\s*=[^|}\n]*/gi;

/**
 * Templates whose whole content is bibliographic, geographic, statistical or
 * public-profile furniture: `{{ISBN|…}}`, `{{coord|…}}`, `{{cite web|…}}`,
 * `{{Normdaten|…}}`, `{{birth date and age|…}}` (a public subject's infobox date),
 * `{{Twitter|…}}` (external-link templates of notable subjects).
 */
const FURNITURE_TEMPLATE =
  /\{\{\s*(?:isbn|issn|doi|pmid|pmc|oclc|lccn|jstor|arxiv|coord|coordinate|koordinate|birth date|birth-date|death date|death-date|birth year|death year|dts|convert|cvt|normdaten|authority control|imdb|gnis|orcid|lesenswert|exzellent|start date|end date|cite|citation|internetquelle|literatur|webarchiv|official website|offizielle website|twitter|instagram|facebook|youtube|linkedin|tiktok|commons|sfn|harvnb|rp|nts|formatnum|football box|baseball|infobox station)[^{}]*\}\}/gi;

/** `[[File:Name (18046016904).jpg|…]]` and gallery lines: photo ids in file names. */
const FILE_NAME =
  /\b(?:file|image|datei|bild|fichier|archivo|imagen|immagine|ficheiro|arquivo|bestand|media)\s?:[^|\]\n]*|(?:ファイル|画像|चित्र):[^|\]\n]*/gi;

/** Bare bibliographic and authority identifiers in running text. */
const BARE_ID =
  /\b(?:isbn|issn|pmid|pmc|oclc|lccn|arxiv|bibcode|s2cid|zdb|gnd|viaf|orcid|isni|jstor|sbn|asin)(?:-1[03])?[\s:=#]*[0-9][0-9Xx .\/:-]*|\b10\.\d{4,9}\/[^\s|\]}]+/gi;

/** Revision and diff ids: `oldid=1234567890`, `Special:Diff/123`. */
const REVISION_ID = /\b(?:oldid|diff|curid|rcid|logid|revid)=\d+|\bspecial:(?:diff|permanentlink|permalink)\/[\d\/]+/gi;

/** Statistics with thousands separators: `8,908,081`, `1.234.567`. */
const THOUSANDS = /\b\d{1,3}(?:,\d{3}){2,}\b|\b\d{1,3}(?:\.\d{3}){2,}\b/g;

/** Catalogue, opus and patent numbers. */
const CATALOGUE =
  /\b(?:cat(?:alog(?:ue)?)?\.? ?(?:no|nr|number)\.?|kat\.?-?nr\.?|patent(?: no\.?| number)?|pat\.|op\.|bwv|kv|inv\.? ?no\.?|inventory (?:no\.?|number)|serial (?:no\.?|number)|model (?:no\.?|number)|part (?:no\.?|number))\s*[a-z]{0,4}\s?\d[\d ,.\/-]*/gi;

/** Infobox contact parameters: institutions' public details, masked in content namespaces only. */
const INSTITUTION_PARAM =
  /\|\s*(?:phone|telephone|tel|fax|phone_number|telefon|t[eé]l[eé]phone|tel[eé]fono|email|e-mail|address|adresse|anschrift|direcci[oó]n|indirizzo|adres|endere[cç]o|location|standort|sitz|headquarters|hq_location|postal_code|postcode|zip|zipcode|plz|website|homepage)\s*=[^|}\n]*/gi;

const ALWAYS = [URL, CITE_PARAM, FURNITURE_TEMPLATE, FILE_NAME, BARE_ID, REVISION_ID, THOUSANDS, CATALOGUE];

export function maskPatterns(): RegExp[] {
  return [...ALWAYS, INSTITUTION_PARAM];
}

/** Returns `text` with lookalikes replaced by spaces (same length). */
export function maskWikiLookalikes(text: string, contentNamespace: boolean): string {
  const ranges: number[] = [];
  const patterns = contentNamespace ? maskPatterns() : ALWAYS;
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text))) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      ranges.push(m.index, m.index + m[0].length);
    }
  }
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
