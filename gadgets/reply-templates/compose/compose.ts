/**
 * The composer: kind + facts → a draft in the user's language, built only from
 * i18n messages and the user's own facts. Pure (no DOM, no mw).
 *
 * Every draft carries all elements the guidance requires for its kind (the
 * linter's missing-element rules check the same list), and `facts.variant`
 * rotates the wordings so that two replies do not read as the same boilerplate.
 */
import type { ReplyKind } from '../../common/contracts';
import type { Msg } from '../../common/messages';
import { formatDate, parseIsoDate, type ReplyFacts } from './facts';
import { PLAN, TO_REPORTED_USER, WORDINGS, type FactPart, type Part } from './plan';

const PREFIX = 'reply-templates-';

export interface ComposeOptions {
  msg: Msg;
  /** Language of the draft (dates are formatted for it). */
  lang: string;
}

/** One line of free text from the user: whitespace collapsed, never empty-looking. */
function clean(text: string | undefined): string {
  return (text || '').replace(/\s+/g, ' ').trim();
}

/** The user's situation sentence, ending like a sentence so the next one reads on. */
function asSentence(text: string): string {
  return /[.!?…。]["'”’)]*$/.test(text) ? text : `${text}.`;
}

export function composeReply(kind: ReplyKind, facts: ReplyFacts, { msg, lang }: ComposeOptions): string {
  const variant = Math.max(0, Math.floor(facts.variant || 0));
  let position = 0;
  /** The wording of `element` for this variant; each element shifts by its position so variants mix. */
  const pick = (element: string, ...params: string[]): string => {
    const count = WORDINGS[element] || 1;
    const n = ((variant + position++) % count) + 1;
    return msg(`${PREFIX}${element}-${n}`, ...params);
  };

  const checkIn = facts.checkIn ? parseIsoDate(facts.checkIn) : undefined;
  const date = checkIn ? formatDate(checkIn, lang) : undefined;

  function actions(): string[] {
    const out: string[] = [];
    if (facts.revisionDeletion) out.push(msg(`${PREFIX}action-revdel`));
    if (facts.suppression) out.push(msg(`${PREFIX}action-suppression`));
    if (facts.block) {
      const length = clean(facts.blockLength);
      out.push(length ? msg(`${PREFIX}action-block-length`, length) : msg(`${PREFIX}action-block`));
    }
    for (const referral of facts.referrals || []) out.push(msg(`${PREFIX}action-referral-${referral}`));
    return out;
  }

  function resources(): string {
    const configured = (facts.resources || []).map(clean).filter(Boolean);
    const items = configured.length ? configured : [1, 2].map((n) => msg(`${PREFIX}resources-default-${n}`));
    return [pick('resources-intro'), ...items.map((item) => `- ${item}`)].join('\n');
  }

  /** Sentences for a fact part; `resources` is a block of its own (a list). */
  function fact(part: FactPart): string[] {
    switch (part) {
      case 'situation': {
        const text = clean(facts.situation);
        return text && !TO_REPORTED_USER.includes(kind) ? [asSentence(text)] : [];
      }
      case 'checkin':
        return [date ? pick('checkin', date) : pick('checkin-nodate')];
      case 'delay-date':
        return [date ? pick('delay-newdate', date) : pick('delay-nodate')];
      case 'actions':
        return actions();
      case 'sanction-action': {
        const length = clean(facts.blockLength);
        return [length ? pick('sanction-action-length', length) : pick('sanction-action')];
      }
      case 'appeal':
        return [pick('sanction-appeal', clean(facts.appealRoute) || msg(`${PREFIX}sanction-appeal-default`))];
      case 'resources':
        return [resources()];
    }
  }

  const recipient = clean(facts.recipient);
  const blocks: string[] = [recipient ? pick('greeting', recipient) : pick('greeting-anon')];
  for (const paragraph of PLAN[kind]) {
    let sentences: string[] = [];
    const flush = () => {
      if (sentences.length) blocks.push(sentences.join(' '));
      sentences = [];
    };
    for (const part of paragraph as Part[]) {
      if ('text' in part) {
        sentences.push(pick(part.text));
      } else if (part.fact === 'resources') {
        flush();
        blocks.push(fact('resources')[0]);
      } else {
        sentences.push(...fact(part.fact));
      }
    }
    flush();
  }
  blocks.push(pick('signoff', clean(facts.sender) || msg(`${PREFIX}default-sender`)));
  return blocks.join('\n\n');
}
