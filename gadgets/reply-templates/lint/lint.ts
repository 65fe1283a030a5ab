/**
 * The linter: a draft and its kind → findings against the guidance.
 * Pure (no DOM, no mw): the dialog runs it as the user types, the CLI on files.
 *
 * Phrase rules find words and light patterns in normalised text (lint/patterns.ts),
 * then look at the sentence around each match: a negation just before it ("we
 * cannot promise") or a condition earlier in the sentence ("if edits need hiding,
 * we will …") turns some matches into good practice. Element rules report what
 * the kind requires but the draft lacks (start = end = -1).
 */
import type { ReplyKind } from '../../common/contracts';
import { type Msg, resolveMessages, simpleMsg } from '../../common/messages';
import enMessages from '../i18n/en.json';
import { type CompiledLanguage, type CompiledPattern, language } from './language';
import { normalise, sentenceRanges } from './normalise';
import { findAll, type Span } from './patterns';
import { PHRASE_RULES, REQUIRED, type Severity } from './rules';

export interface Finding {
  rule: string;
  severity: Severity;
  /** Offsets into the draft; -1 for something missing. */
  start: number;
  end: number;
  message: string;
}

export interface LintOptions {
  kind: ReplyKind;
  /** Language of the draft; selects the phrase lists (falls back to English). */
  lang?: string;
  /** Message function for the findings' text (default: the gadget's bundled messages in `lang`). */
  msg?: Msg;
  /** Names that must not appear (the reporter or target, in a sanction notice). */
  protectedNames?: string[];
}

/** How far back a negation reaches: "we are not able to guarantee a result". */
const NEGATION_WINDOW_WORDS = 5;

/**
 * English findings when the caller passes no message function. The gadget passes
 * mw.message (with the user's language module loaded) and the CLI banana with every
 * bundle; importing other languages here would put them all into the gadget's core.
 */
function defaultMsg(): Msg {
  return simpleMsg(resolveMessages({ en: enMessages }, 'en'));
}

type Range = { start: number; end: number };

function sentenceOf(ranges: Range[], offset: number): Range {
  for (const r of ranges) if (offset >= r.start && offset < r.end) return r;
  return { start: 0, end: offset };
}

/**
 * A negation among the few words just before the match, in the same clause
 * ("we cannot promise"; but not "Don't worry, we'll make sure …"), or inside a
 * match whose pattern has none of its own (German puts it late: "kontaktieren
 * Sie die Person nicht direkt").
 */
function negated(lang: CompiledLanguage, text: string, sentence: Range, match: Span, p?: CompiledPattern): boolean {
  const clause = text.slice(sentence.start, match.start).split(',').pop() || '';
  const before = clause.trim().split(/ +/);
  if (lang.negators.test(before.slice(-NEGATION_WINDOW_WORDS).join(' '))) return true;
  return Boolean(p && !p.selfNegating && lang.negators.test(text.slice(match.start, match.end)));
}

/** A condition ("if", "should", "falls" …), or with `hedges` a softening word, earlier in the same sentence. */
function conditioned(lang: CompiledLanguage, text: string, sentence: Range, match: Span, hedges: boolean): boolean {
  const before = text.slice(sentence.start, match.start);
  return lang.conditionals.test(before) || (hedges && lang.hedges.test(before));
}

/** Spans of a pattern that are not negated (for element detection, "I don't understand" is no empathy). */
function affirmed(lang: CompiledLanguage, text: string, ranges: Range[], p: CompiledPattern): Span[] {
  return findAll(p, text).filter((m) => !negated(lang, text, sentenceOf(ranges, m.start), m, p));
}

function hasElement(lang: CompiledLanguage, text: string, ranges: Range[], alternatives: CompiledPattern[][]): boolean {
  return alternatives.some((all) => {
    if (all.length === 1) return affirmed(lang, text, ranges, all[0]).length > 0;
    // "a & b": both in one sentence.
    return ranges.some((r) => all.every((p) => affirmed(lang, text, ranges, p).some((m) => m.start >= r.start && m.start < r.end)));
  });
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function lint(draft: string, options: LintOptions): Finding[] {
  const { kind } = options;
  const msg = options.msg || defaultMsg();
  const lang = language(options.lang);
  const { text, map } = normalise(draft);
  const ranges = sentenceRanges(text);
  const findings: Finding[] = [];
  const toOriginal = (s: Span) => ({ start: map[s.start], end: map[s.end - 1] + 1 });

  for (const rule of PHRASE_RULES) {
    if (rule.kinds && !rule.kinds.includes(kind)) continue;
    for (const p of lang.lists[rule.list] || []) {
      for (const m of findAll(p, text)) {
        const sentence = sentenceOf(ranges, m.start);
        if (rule.negatable && negated(lang, text, sentence, m, p)) continue;
        if (rule.conditional && conditioned(lang, text, sentence, m, Boolean(rule.hedged))) continue;
        const { start, end } = toOriginal(m);
        findings.push({ rule: rule.rule, severity: rule.severity, start, end, message: msg(`reply-templates-lint-${rule.rule}`, draft.slice(start, end)) });
      }
    }
  }

  if (kind === 'sanction-notice' || kind === 'subject-notice') {
    for (const name of options.protectedNames || []) {
      const clean = name.trim();
      if (clean.length < 2) continue;
      const regex = new RegExp(escapeRegex(clean), 'gi');
      let m: RegExpExecArray | null;
      while ((m = regex.exec(draft))) {
        findings.push({ rule: 'names-reporter', severity: 'warning', start: m.index, end: m.index + m[0].length, message: msg('reply-templates-lint-names-reporter', m[0]) });
      }
    }
  }

  for (const element of REQUIRED[kind]) {
    if (!hasElement(lang, text, ranges, lang.elements[element] || [])) {
      findings.push({ rule: `missing-${element}`, severity: 'warning', start: -1, end: -1, message: msg(`reply-templates-lint-missing-${element}`) });
    }
  }
  return dedupe(findings);
}

/** One finding per rule per place: overlapping matches of one rule keep the longest. */
function dedupe(findings: Finding[]): Finding[] {
  // Missing elements (start -1) go last: the list then reads in draft order.
  const key = (f: Finding) => (f.start < 0 ? Number.MAX_SAFE_INTEGER : f.start);
  const sorted = findings.slice().sort((a, b) => key(a) - key(b) || b.end - a.end);
  const out: Finding[] = [];
  for (const f of sorted) {
    const overlap = out.find((o) => o.rule === f.rule && f.start >= 0 && f.start < o.end && o.start < f.end);
    if (!overlap) out.push(f);
  }
  return out;
}
