/**
 * What the dialog keeps in the browser so that a reload or a crash loses
 * nothing: the kind, the facts and the draft text, with an expiry (common/storage).
 */
import type { ReplyKind } from '../../common/contracts';
import { DAY_MS, expiringStore, type ExpiringStore, type KeyValueStorage } from '../../common/storage';
import type { ReplyFacts } from '../compose';

export interface SavedDraft {
  kind: ReplyKind;
  facts: ReplyFacts;
  text: string;
}

export const DRAFT_KEY = 'wikiSafety.replyTemplates.draft';
/** A week: long enough for a case's back-and-forth, short enough not to linger. */
export const DRAFT_TTL_MS = 7 * DAY_MS;

export function draftStore(storage: KeyValueStorage | undefined, now?: () => number): ExpiringStore<SavedDraft> {
  return expiringStore<SavedDraft>(storage, DRAFT_KEY, DRAFT_TTL_MS, now);
}
