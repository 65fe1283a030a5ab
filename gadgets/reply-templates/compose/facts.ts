/**
 * The facts a functionary gives the composer, and their validation.
 * Pure: no DOM, no mw.
 */
import { REPLY_KINDS, type ReplyKind } from '../../common/contracts';

export const REFERRALS = ['ca', 'emergency', 'legal', 'stewards'] as const;
export type Referral = (typeof REFERRALS)[number];

export interface ReplyFacts {
  /** The recipient's user name (greeting, EmailUser target). */
  recipient?: string;
  /** Who signs: a person or a team. */
  sender?: string;
  /** Check-in date, YYYY-MM-DD. */
  checkIn?: string;
  revisionDeletion?: boolean;
  suppression?: boolean;
  block?: boolean;
  /** Block length as the user typed it ("one month", "indefinite"). */
  blockLength?: string;
  referrals?: Referral[];
  /** How the sanctioned user can appeal (sanction notice). */
  appealRoute?: string;
  /** Support resources configured for the wiki, one per entry. */
  resources?: string[];
  /** A sentence of the user's own about this person's situation, woven into the draft. */
  situation?: string;
  /** Picks among the wordings: 0, 1, 2 … give different but equally valid drafts. */
  variant?: number;
}

export function isReplyKind(value: unknown): value is ReplyKind {
  return typeof value === 'string' && (REPLY_KINDS as readonly string[]).includes(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date from "YYYY-MM-DD" (UTC midnight), or undefined for anything else. */
export function parseIsoDate(text: string): Date | undefined {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC rolls 2025-02-30 over into March: a rolled date was not a real one.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return date;
}

/** "12 May 2026" / "12. Mai 2026": the check-in date as the language writes it. */
export function formatDate(date: Date, lang: string): string {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(lang, options).format(date);
  } catch {
    // An unknown language tag: fall back to English rather than fail the draft.
    return new Intl.DateTimeFormat('en', options).format(date);
  }
}
