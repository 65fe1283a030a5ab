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
 * Patterns match whole words of the normalised text. The generated regexes use
 * only disjoint character classes separated by single spaces, so they run in
 * linear time (test/unit/reply-templates/regex-safety.test.ts checks each one with recheck).
 */
const LETTER = 'a-z0-9\\u00c0-\\u024f';
const WORD_CHAR = new RegExp(`[${LETTER}*]`);
// A gap word never crosses a sentence end.
const NOT_SPACE = '[^ \\n.!?;,]';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function alternative(alt: string): string {
  if (alt === '#num') return '\\d{1,4}(?:st|nd|rd|th|\\.)?';
  if (alt === '#isodate') return '\\d{4}-\\d{2}-\\d{2}';
  const stem = alt.endsWith('*') && alt.length > 1;
  const body = escape((stem ? alt.slice(0, -1) : alt).replace(/_/g, ' '));
  return stem ? `${body}[${LETTER}'-]*` : body;
}

function token(tok: string): { source: string; optional: boolean } {
  if (tok === '~') return { source: `(?:,? ${NOT_SPACE}+){0,3}`, optional: false };
  const optional = tok.length > 1 && tok.endsWith('?');
  const body = optional ? tok.slice(0, -1) : tok;
  const alts = body.split('|').filter(Boolean).map(alternative);
  return { source: alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`, optional };
}

/** Regex source for one pattern; group 1 is the boundary before the match (not part of it). */
export function patternSource(pattern: string): string {
  const tokens = pattern.trim().toLowerCase().split(/\s+/);
  let source = '';
  tokens.forEach((tok, i) => {
    const { source: t, optional: maybe } = token(tok);
    const optional = maybe && i > 0;
    if (tok === '~') {
      // The gap carries its own leading spaces: "a ~ b" → "a(?: \S+){0,3} b".
      source += t;
      return;
    }
    // Words may be separated by a comma too: German writes "sicher, dass".
    const sep = i === 0 ? '' : ',? ';
    source += optional ? `(?:${sep}${t})?` : `${sep}${t}`;
  });
  const first = pattern.trim()[0] || '';
  const last = pattern.trim().replace(/\?$/, '').slice(-1);
  const before = WORD_CHAR.test(first) || first === '#' ? `(^|[^${LETTER}])` : '()';
  const after = WORD_CHAR.test(last) && last !== '*' ? `(?![${LETTER}])` : '';
  return `${before}(${source})${after}`;
}

export function compilePattern(pattern: string): RegExp {
  return new RegExp(patternSource(pattern), 'g');
}

export interface Span {
  start: number;
  end: number;
}

/** Every match of `regex` in `text`, as spans of the matched words (without the boundary). */
export function findAll(regex: RegExp, text: string): Span[] {
  const out: Span[] = [];
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(text))) {
    const start = m.index + m[1].length;
    out.push({ start, end: start + m[2].length });
    if (m[0].length === 0) regex.lastIndex++;
  }
  return out;
}
