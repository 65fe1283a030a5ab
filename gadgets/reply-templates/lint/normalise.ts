/**
 * Text normalisation for the linter, keeping a map back to the draft so that
 * findings point at the user's own characters.
 *
 * Lower case, typographic quotes and apostrophes made plain, runs of spaces and
 * single line breaks made one space, a blank line (paragraph break) made "\n".
 * Phrase patterns are then written once in plain lower case.
 */
export interface Normalised {
  text: string;
  /** map[i] = offset in the original of normalised character i; map[text.length] = original length. */
  map: number[];
}

const APOSTROPHES = '\u2018\u2019\u02bc\u2032`\u00b4';
const QUOTES = '\u201c\u201d\u201e\u00ab\u00bb';

export function normalise(original: string): Normalised {
  let text = '';
  const map: number[] = [];
  let i = 0;
  while (i < original.length) {
    const ch = original[i];
    if (/\s/.test(ch)) {
      let j = i;
      let newlines = 0;
      while (j < original.length && /\s/.test(original[j])) {
        if (original[j] === '\n') newlines++;
        j++;
      }
      text += newlines >= 2 ? '\n' : ' ';
      map.push(i);
      i = j;
      continue;
    }
    let out = ch;
    if (APOSTROPHES.indexOf(ch) >= 0) out = "'";
    else if (QUOTES.indexOf(ch) >= 0) out = '"';
    else {
      const lower = ch.toLowerCase();
      // Keep one character per character (e.g. "İ" lowercases to two): offsets stay exact.
      out = lower.length === 1 ? lower : ch;
    }
    text += out;
    map.push(i);
    i++;
  }
  map.push(original.length);
  return { text, map };
}

/** Where sentences (or list items, lines after a paragraph break) begin and end in normalised text. */
export function sentenceRanges(text: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  const boundary = /[.!?;:](?=[ \n"')]|$)|\n| - /g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text))) {
    const end = m.index + m[0].length;
    if (end > start) ranges.push({ start, end });
    start = end;
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges;
}
