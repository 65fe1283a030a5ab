/**
 * The engine's entry point: mask wiki lookalikes, run every detector, weigh each
 * candidate by context and namespace, keep the strongest of overlapping ones.
 */
import type { Msg } from '../../common/messages';
import type { Candidate, Detector, ScanContext } from './candidate';
import { HOTWORDS, SEVERITY_RANK, hotwordNear, isContentNamespace, namespaceAdjustment, personalNear, severityOf } from './context';
import { detectDateOfBirth } from './date-of-birth';
import { detectEmail } from './email';
import { detectIdentityLink } from './identity-link';
import { detectIpAddress } from './ip-address';
import { detectNationalId } from './national-id';
import { detectPaymentCard } from './payment-card';
import { detectPhone } from './phone';
import { detectPostalAddress } from './postal-address';
import { detectSocialProfile } from './social-profile';
import { maskWikiLookalikes } from './mask';
import { defaultMsg } from './messages';
import { regionFor } from './regions';
import type { Finding, ScanOptions } from './types';

/**
 * Order matters only for ties: when two candidates overlap with the same score,
 * the longer wins, then the earlier; validated types come first here.
 */
export const DETECTORS: Detector[] = [
  detectEmail,
  detectPaymentCard,
  detectNationalId,
  detectPhone,
  detectIpAddress,
  detectDateOfBirth,
  detectPostalAddress,
  detectSocialProfile,
  detectIdentityLink,
];

/**
 * Context words add this much; a personal cue (pronoun, user link) adds a little.
 * For identity numbers the hotword names the scheme ("BSN", "Aadhaar"), which with a
 * valid checksum is strong evidence, so it weighs more.
 */
const HOTWORD_BOOST = 0.25;
const ID_HOTWORD_BOOST = 0.45;
const PERSONAL_BOOST = 0.1;
/** Highest score of an unclaimed contact detail in an article: low. */
const INSTITUTION_CAP = 0.45;
const PRIVATE_CUE = /home|private|privat|personal|personnel|perso\b|particular|privad|casa\b|domicile|mobile|handy|portable|móvil|cellulare|celular/;

export function scan(text: string, options: ScanOptions = {}): Finding[] {
  if (typeof text !== 'string' || !text) return [];
  const ctx = makeContext(text, options);
  const candidates: Candidate[] = [];
  for (const detect of DETECTORS) {
    for (const c of detect(ctx)) candidates.push(c);
  }
  const msg: Msg = options.msg || defaultMsg();
  const minRank = options.minSeverity ? SEVERITY_RANK[options.minSeverity] : 1;
  const scored: Array<{ c: Candidate; score: number; hotword?: string }> = [];
  for (const c of candidates) {
    if (!(c.end > c.start) || c.start < 0 || c.end > text.length) continue;
    const { score, hotword } = weigh(ctx, c);
    const severity = severityOf(score);
    if (severity && SEVERITY_RANK[severity] >= minRank) scored.push({ c, score, hotword });
  }
  return resolveOverlaps(scored).map(({ c, score, hotword }) => {
    const detail = msg(c.reason, ...(c.params || []));
    return {
      type: c.type,
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      severity: severityOf(score)!,
      reason: hotword ? msg('pii-flag-reason-with-context', detail, hotword) : detail,
    };
  });
}

function makeContext(text: string, options: ScanOptions): ScanContext {
  const namespace = typeof options.namespace === 'number' && isFinite(options.namespace) ? options.namespace : 1;
  const lang = (options.contentLanguage || 'en').toLowerCase();
  const lower = sameLengthLower(text);
  return {
    text,
    masked: maskWikiLookalikes(text, isContentNamespace(namespace), lower),
    lower,
    namespace,
    lang,
    region: regionFor(lang, options.region),
    ownUsers: options.ownUsers || [],
  };
}

/**
 * Lower-cases without changing any offset: a few characters (e.g. "İ") grow when
 * lower-cased, and those are kept as they are.
 */
export function sameLengthLower(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const l = text.charAt(i).toLowerCase();
    out += l.length === 1 ? l : text.charAt(i);
  }
  return out;
}

function weigh(ctx: ScanContext, c: Candidate): { score: number; hotword?: string } {
  let score = c.score;
  let hotword: string | undefined;
  if (!c.contextDone) {
    hotword = hotwordNear(ctx.lower, c.start, c.end, HOTWORDS[c.type]);
    if (hotword) score += c.type === 'national-id' ? ID_HOTWORD_BOOST : HOTWORD_BOOST;
    if (personalNear(ctx.lower, c.start, c.end)) score += PERSONAL_BOOST;
  }
  score += namespaceAdjustment(ctx.namespace, c.type);
  // Articles list the phone numbers and addresses of embassies, firms and helplines: there a
  // contact detail counts only when the text says it is someone's own ("her home number").
  if ((c.type === 'phone' || c.type === 'email') && isContentNamespace(ctx.namespace) && !personalNear(ctx.lower, c.start, c.end) && !PRIVATE_CUE.test(ctx.lower.slice(Math.max(0, c.start - 70), c.end + 40))) {
    score = Math.min(score, INSTITUTION_CAP);
  }
  if (c.cap !== undefined) score = Math.min(score, c.cap);
  // Rounded so that 0.35 + 0.1 + 0.05 is 0.5, not 0.49999999999999994.
  return { score: Math.min(1, Math.round(score * 1000) / 1000), hotword };
}

/**
 * Strongest first within each group of overlapping candidates; the result is sorted
 * by start and never overlaps. Groups are found in one sweep, so hostile input
 * with thousands of candidates stays near-linear.
 */
function resolveOverlaps<T extends { c: Candidate; score: number }>(items: T[]): T[] {
  items.sort((a, b) => a.c.start - b.c.start || b.c.end - a.c.end);
  const out: T[] = [];
  let group: T[] = [];
  let groupEnd = -1;
  const flush = () => {
    if (group.length === 1) out.push(group[0]);
    // A loop, not push(...): a hostile text can make one group of tens of thousands of candidates.
    else if (group.length > 1) for (const kept of strongestOf(group)) out.push(kept);
    group = [];
  };
  for (const item of items) {
    if (item.c.start >= groupEnd) flush();
    group.push(item);
    groupEnd = Math.max(groupEnd, item.c.end);
  }
  flush();
  return out.sort((a, b) => a.c.start - b.c.start);
}

/**
 * The strongest candidates of an overlapping group that do not overlap each other.
 * Taken characters are marked in a bitmap over the group's span, so each candidate
 * costs its own length (comparing with every kept one was quadratic on a chain of
 * overlapping profile links, which the bench's worst-case search found).
 */
function strongestOf<T extends { c: Candidate; score: number }>(group: T[]): T[] {
  let from = Infinity;
  let to = 0;
  for (const item of group) {
    from = Math.min(from, item.c.start);
    to = Math.max(to, item.c.end);
  }
  const taken = new Uint8Array(to - from);
  group.sort((a, b) => b.score - a.score || b.c.end - b.c.start - (a.c.end - a.c.start) || a.c.start - b.c.start);
  const kept: T[] = [];
  for (const item of group) {
    let free = true;
    for (let i = item.c.start - from; free && i < item.c.end - from; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, item.c.start - from, item.c.end - from);
    kept.push(item);
  }
  return kept;
}
