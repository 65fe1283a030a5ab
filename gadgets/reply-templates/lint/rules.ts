/**
 * What the linter checks, tied to the guidance ("Replying to the people
 * involved"). The words live in lint/phrases/<lang>.json; this file says which
 * list feeds which rule, for which kinds, and how negation and conditions
 * change a match.
 */
import type { ReplyKind } from '../../common/contracts';

export type Severity = 'warning' | 'info';

export interface PhraseRule {
  rule: string;
  /** Name of the list in phrases/<lang>.json. */
  list: string;
  severity: Severity;
  /** Only for these kinds (all kinds when absent). */
  kinds?: ReplyKind[];
  /** A negation just before the match ("we cannot promise") turns it into good practice. */
  negatable?: boolean;
  /** A condition earlier in the sentence ("if edits need hiding, we will …") makes it an offer, not a promise. */
  conditional?: boolean;
  /** A softening word earlier in the sentence ("we may", "we would try to") makes it an offer too. */
  hedged?: boolean;
}

const CLOSING_KINDS: ReplyKind[] = ['closure-actionable', 'closure-non-actionable', 'sanction-notice', 'subject-notice'];
/** Messages to the sanctioned or reported user, and the factual closure: no apology, no relief. */
const FACTUAL_KINDS: ReplyKind[] = ['closure-actionable', 'sanction-notice', 'subject-notice'];

export const PHRASE_RULES: PhraseRule[] = [
  { rule: 'doubt', list: 'doubt', severity: 'warning', negatable: true },
  { rule: 'opinion-accused', list: 'opinion-accused', severity: 'warning' },
  { rule: 'promise', list: 'promise', severity: 'warning', negatable: true },
  { rule: 'promise', list: 'promise-outcome', severity: 'warning', negatable: true, conditional: true, hedged: true },
  { rule: 'tone', list: 'tone-casual', severity: 'warning', kinds: CLOSING_KINDS },
  { rule: 'tone', list: 'tone-apology', severity: 'info', kinds: FACTUAL_KINDS, negatable: true },
  { rule: 'judgmental', list: 'judgmental', severity: 'warning' },
  { rule: 'legal-advice', list: 'legal-advice', severity: 'warning', negatable: true, conditional: true },
  { rule: 'counselling', list: 'counselling', severity: 'warning', negatable: true },
  { rule: 'own-details', list: 'own-details', severity: 'warning' },
  { rule: 'other-parties', list: 'other-parties', severity: 'warning' },
  { rule: 'names-reporter', list: 'names-reporter', severity: 'warning', kinds: ['sanction-notice', 'subject-notice'] },
  { rule: 'pressure', list: 'pressure', severity: 'warning', negatable: true },
];

export const ELEMENTS = ['empathy', 'timeline', 'updates', 'safety', 'next-steps', 'resources', 'appeal', 'action', 'question', 'no-action'] as const;
export type Element = (typeof ELEMENTS)[number];

/** What each kind must contain (the composer's PLAN provides each of these). */
export const REQUIRED: Record<ReplyKind, Element[]> = {
  acknowledgement: ['empathy', 'next-steps', 'timeline', 'updates', 'safety'],
  'more-info': ['empathy', 'question'],
  delay: ['timeline', 'updates', 'safety'],
  'third-party': ['empathy', 'next-steps', 'updates', 'safety'],
  'closure-actionable': ['action', 'updates', 'safety'],
  'closure-non-actionable': ['empathy', 'resources', 'updates', 'safety'],
  'sanction-notice': ['action', 'appeal'],
  'subject-notice': ['no-action'],
  'mistaken-reporter': ['empathy', 'resources', 'safety'],
  'cannot-advise': ['empathy', 'resources'],
};

/** Every rule id the linter can report (each has a message `reply-templates-lint-<rule>`). */
export const RULE_IDS: string[] = [...new Set(PHRASE_RULES.map((r) => r.rule)), ...ELEMENTS.map((e) => `missing-${e}`)];
