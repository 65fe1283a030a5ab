/**
 * Phrase data per language, compiled once. A language without its own lists
 * ("fr") uses English's: its findings are fewer, never wrong-language noise.
 */
import { type CompiledPhrase, compilePattern } from './patterns';
import en from './phrases/en.json';
import de from './phrases/de.json';

export interface PhraseData {
  negators: string[];
  conditionals: string[];
  /** Softening words ("may", "would", "try") that make "we will …" an offer rather than a promise. */
  hedges: string[];
  lists: Record<string, string[]>;
  elements: Record<string, string[]>;
}

export interface CompiledPattern extends CompiledPhrase {
  /** The pattern itself contains a negation ("nothing we can do"): only a negation before it counts. */
  selfNegating: boolean;
}

export interface CompiledLanguage {
  lang: string;
  negators: RegExp;
  conditionals: RegExp;
  hedges: RegExp;
  lists: Record<string, CompiledPattern[]>;
  /** Each alternative is a set of patterns that must all occur in one sentence ("a & b"). */
  elements: Record<string, CompiledPattern[][]>;
}

export const PHRASES: Record<string, PhraseData> = { en, de };

const cache: Record<string, CompiledLanguage> = {};

/** One regex for a set of words; `extra` adds a raw alternative. */
export function wordSet(words: string[], extra = ''): RegExp {
  const alts = words.map((w) => w.replace(/_/g, ' ').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  if (extra) alts.push(extra);
  return new RegExp(`(^|[^a-z0-9\\u00c0-\\u024f'])(${alts.join('|')})(?![a-z0-9\\u00c0-\\u024f'])`);
}

/** Any English-style contraction in n't ("can't", "wouldn't") negates too. */
const CONTRACTED_NEGATION = "[a-z]+n't";

export function phraseLanguage(lang: string | undefined): string {
  const base = (lang || 'en').toLowerCase().split('-')[0];
  return PHRASES[base] ? base : 'en';
}

export function compileLanguage(data: PhraseData, lang: string): CompiledLanguage {
  const negators = wordSet(data.negators, CONTRACTED_NEGATION);
  const compile = (pattern: string): CompiledPattern => ({ ...compilePattern(pattern), selfNegating: negators.test(pattern.replace(/[_|~]/g, ' ')) });
  const lists: Record<string, CompiledPattern[]> = {};
  for (const [name, patterns] of Object.entries(data.lists)) lists[name] = patterns.map(compile);
  const elements: Record<string, CompiledPattern[][]> = {};
  for (const [name, patterns] of Object.entries(data.elements)) elements[name] = patterns.map((p) => p.split(' & ').map(compile));
  return { lang, negators, conditionals: wordSet(data.conditionals), hedges: wordSet(data.hedges), lists, elements };
}

export function language(lang: string | undefined): CompiledLanguage {
  const code = phraseLanguage(lang);
  if (!cache[code]) cache[code] = compileLanguage(PHRASES[code], code);
  return cache[code];
}
