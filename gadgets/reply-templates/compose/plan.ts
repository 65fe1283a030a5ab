/**
 * What each kind of message is made of, in order, following the guidance
 * ("Replying to the people involved"). Each text element has several wordings
 * in i18n (`reply-templates-<element>-<n>`); the composer picks one per element.
 */
import type { ReplyKind } from '../../common/contracts';

/** Elements whose text comes from facts rather than from a single message. */
export type FactPart = 'situation' | 'checkin' | 'delay-date' | 'actions' | 'resources' | 'sanction-action' | 'appeal';
export type Part = { text: string } | { fact: FactPart };

/** Number of wordings per text element (keys `reply-templates-<element>-1 … -n`). */
export const WORDINGS: Record<string, number> = {
  greeting: 2,
  'greeting-anon': 2,
  signoff: 3,
  empathy: 3,
  'empathy-third': 2,
  'ack-received': 3,
  'ack-next': 2,
  checkin: 3,
  'checkin-nodate': 2,
  updates: 3,
  safety: 3,
  'moreinfo-thanks': 2,
  'moreinfo-ask': 2,
  'moreinfo-why': 2,
  'delay-notice': 2,
  'delay-empathy': 2,
  'delay-newdate': 2,
  'delay-nodate': 1,
  'third-thanks': 2,
  'third-contact': 2,
  'third-outcome': 2,
  'closure-act-done': 2,
  'closure-act-privacy': 2,
  'closure-non-done': 2,
  'closure-non-why': 2,
  'closure-non-comeback': 2,
  'resources-intro': 2,
  'resources-default': 2,
  'sanction-action': 2,
  'sanction-action-length': 2,
  'sanction-why': 2,
  'sanction-appeal': 2,
  'sanction-questions': 2,
  'subject-news': 2,
  'subject-nothing': 2,
  'subject-private': 2,
  'mistaken-thanks': 2,
  'mistaken-outcome': 2,
  'mistaken-support': 2,
  'cannot-scope': 2,
  'cannot-legal': 1,
  'cannot-wiki': 2,
};

const t = (text: string): Part => ({ text });
const f = (fact: FactPart): Part => ({ fact });

/** Paragraphs of each kind; greeting and sign-off are added around them. */
export const PLAN: Record<ReplyKind, Part[][]> = {
  acknowledgement: [[t('ack-received'), t('empathy'), f('situation')], [t('ack-next'), f('actions'), f('checkin')], [t('updates'), t('safety')]],
  'more-info': [[t('moreinfo-thanks'), t('empathy'), f('situation')], [t('moreinfo-ask'), t('moreinfo-why')], [f('checkin'), t('updates'), t('safety')]],
  delay: [[t('delay-notice'), t('delay-empathy'), f('situation')], [f('delay-date')], [t('updates'), t('safety')]],
  'third-party': [[t('third-thanks'), t('empathy-third'), f('situation')], [t('third-contact'), t('third-outcome'), f('actions'), f('checkin')], [t('updates'), t('safety')]],
  'closure-actionable': [[t('closure-act-done'), f('situation')], [f('actions'), t('closure-act-privacy')], [t('updates'), t('safety')]],
  'closure-non-actionable': [[t('closure-non-done'), t('empathy'), f('situation')], [t('closure-non-why')], [t('closure-non-comeback'), f('resources')], [t('safety')]],
  'sanction-notice': [[f('sanction-action'), t('sanction-why')], [f('appeal'), t('sanction-questions')]],
  'subject-notice': [[t('subject-news'), t('subject-nothing'), t('subject-private')]],
  'mistaken-reporter': [[t('mistaken-thanks'), t('mistaken-outcome'), t('empathy'), f('situation')], [t('mistaken-support'), f('resources')], [t('safety')]],
  'cannot-advise': [[t('empathy'), f('situation'), t('cannot-scope')], [f('resources'), t('cannot-legal')], [t('cannot-wiki'), t('safety')]],
};

/** Kinds written to the sanctioned or reported user: the reporter's own situation sentence never goes in. */
export const TO_REPORTED_USER: ReplyKind[] = ['sanction-notice', 'subject-notice'];
