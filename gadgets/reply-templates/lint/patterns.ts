/**
 * The small pattern language of the phrase lists (lint/phrases/<lang>.json), so
 * that translators and wikis can extend the lists without writing regexes:
 *
 *   word          a literal word (lower case; punctuation allowed: "emergency@wikimedia.org", ":)")
 *   a|b|c         one of several words;  "_" inside one means a space: "get_back|reply"
 *   stem*         any word beginning with stem: "promis*" → promise, promised, promising
 *   word?         an optional word (not the first one)
 *   ~             up to three other words in between
 *   (words may be separated by a space or by a comma and a space)
 *   #num          a number (12, 12th, 12.)       #isodate   2026-05-12
 *
 * Patterns match whole words of the normalised text. A pattern is cut at each
 * "~" into segments, each a small regex without gaps or lookaround; the gap is
 * walked in code (at most three words), so matching stays linear and recheck
 * can prove every segment regex safe (test/unit/reply-templates/regex-safety.test.ts).
 */
const LETTER = 'a-z0-9\\u00c0-\\u024f';
const WORD_CHAR = new RegExp(`[${LETTER}*]`);
const MAX_GAP_WORDS = 3;
/** Characters that end a gap word; a gap never crosses a sentence end. */
const GAP_STOP = /[ ,.!?;\n]/;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function alternative(alt: string): string {
  if (alt === '#num') return '\\d{1,4}(?:st|nd|rd|th|\\.)?';
  if (alt === '#isodate') return '\\d{4}-\\d{2}-\\d{2}';
  const stem = alt.endsWith('*') && alt.length > 1;
  const body = escape((stem ? alt.slice(0, -1) : alt).replace(/_/g, ' '));
  return stem ? `${body}[${LETTER}]*` : body;
}

function token(tok: string, first: boolean): string {
  const optional = !first && tok.length > 1 && tok.endsWith('?');
  const body = optional ? tok.slice(0, -1) : tok;
  const alts = body.split('|').filter(Boolean).map(alternative);
  const source = alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
  // Words may be separated by a comma too: German writes "sicher, dass".
  const sep = first ? '' : ',? ';
  return optional ? `(?:${sep}${source})?` : `${sep}${source}`;
}

function segmentBody(words: string[]): string {
  return words.map((w, i) => token(w, i === 0)).join('');
}

/** Boundary after a segment: consumed, not looked ahead (no lookaround for recheck). */
function after(lastWord: string): string {
  const last = lastWord.replace(/\?$/, '').slice(-1);
  return WORD_CHAR.test(last) && last !== '*' ? `(?:[^${LETTER}]|$)` : '';
}

export interface CompiledPhrase {
  pattern: string;
  /** First segment: searched globally; group 1 is the boundary before, group 2 the words. */
  head: RegExp;
  /** Later segments, anchored at the start of the rest of the text: group 1 is the words. */
  tail: RegExp[];
}

export function compilePattern(pattern: string): CompiledPhrase {
  const segments = pattern.trim().toLowerCase().split(/\s*~\s*/).map((seg) => seg.split(/\s+/).filter(Boolean)).filter((seg) => seg.length);
  const [first, ...rest] = segments;
  const firstChar = first[0][0] || '';
  const before = WORD_CHAR.test(firstChar) || firstChar === '#' ? `(^|[^${LETTER}])` : '()';
  return {
    pattern,
    head: new RegExp(`${before}(${segmentBody(first)})${after(first[first.length - 1])}`, 'g'),
    tail: rest.map((seg) => new RegExp(`^,? (${segmentBody(seg)})${after(seg[seg.length - 1])}`)),
  };
}

/** All regexes of a compiled phrase (for the safety test). */
export function phraseRegexes(p: CompiledPhrase): RegExp[] {
  return [p.head, ...p.tail];
}

export interface Span {
  start: number;
  end: number;
}

/** Where the separator after 0, 1, 2 or 3 more words begins, from `from` on, within the sentence. */
function gapStarts(text: string, from: number): number[] {
  const out = [from];
  let i = from;
  for (let n = 0; n < MAX_GAP_WORDS; n++) {
    if (text[i] === ',') i++;
    if (text[i] !== ' ') break;
    i++;
    const wordStart = i;
    while (i < text.length && !GAP_STOP.test(text[i])) i++;
    if (i === wordStart) break;
    out.push(i);
  }
  return out;
}

/** The end of the tail segments matched from `from`, or -1. */
function matchTail(p: CompiledPhrase, text: string, from: number, index: number): number {
  if (index >= p.tail.length) return from;
  for (const at of gapStarts(text, from)) {
    const m = p.tail[index].exec(text.slice(at, at + 400));
    if (!m) continue;
    const end = matchTail(p, text, at + m[0].indexOf(m[1]) + m[1].length, index + 1);
    if (end >= 0) return end;
  }
  return -1;
}

/** Every match of a phrase in normalised `text`, as spans of the matched words (without boundaries). */
export function findAll(p: CompiledPhrase, text: string): Span[] {
  const out: Span[] = [];
  const regex = p.head;
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(text))) {
    const start = m.index + m[1].length;
    const headEnd = start + m[2].length;
    const end = matchTail(p, text, headEnd, 0);
    if (end >= 0) out.push({ start, end });
    // Resume right after the words, so that the next match can use the boundary character.
    regex.lastIndex = Math.max(headEnd, m.index + 1);
  }
  return out;
}
