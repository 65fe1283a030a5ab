/**
 * Writes the referral (pure): subject and body in the order the guidance's
 * checklist gives — who writes and how to reach them; who reported / is
 * targeted; a short summary; links to the relevant pages; links to each diff
 * with what the receiving team needs to know about it; the preliminary
 * investigation and the immediate actions already taken.
 *
 * Links only: the suspected personal information is never copied in. The
 * body carries finding *types* ("phone number"), never the text itself.
 */
import type { PiiType } from '../../common/contracts';
import type { Msg } from '../../common/messages';
import type { Destination } from '../route/route';
import { type DiffRef, type WikiLocation, diffUrl, pageUrl } from './links';

export const IMMEDIATE_ACTIONS = ['block', 'range-block', 'revision-deletion', 'suppression', 'global-lock-requested', 'talk-access-removed'] as const;
export type ImmediateAction = (typeof IMMEDIATE_ACTIONS)[number];

export interface Person {
  name: string;
  /** How to reach them (email address, "via the wiki's email", …). */
  contact?: string;
}

/** What the API said about a revision, for the receiving team. */
export type Visibility = 'visible' | 'deleted' | 'suppressed' | 'gone' | 'unknown';

export interface DiffEvidence extends DiffRef {
  timestamp?: string;
  /** The edit's author, from the API (undefined when hidden or not yet known). */
  user?: string;
  findingTypes?: PiiType[];
  note?: string;
  visibility?: Visibility;
  /** Whether the author is blocked right now; undefined when not checked. */
  userBlocked?: boolean;
}

export interface ReferralCase {
  wiki: WikiLocation & { siteName: string };
  sender: Person;
  reporter?: Person;
  target?: Person;
  summary: string;
  /** Extra relevant page titles; the diffs' pages are listed automatically. */
  pages?: string[];
  diffs: DiffEvidence[];
  investigation?: string;
  actions?: ImmediateAction[];
}

export interface Referral {
  subject: string;
  body: string;
}

/** Everything that goes into one header line: no CR/LF, no runs of blanks, bounded length. */
export function oneLine(text: string, max = 200): string {
  const flat = text.replace(/[\r\n\t\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function unique<T>(items: T[]): T[] {
  return items.filter((item, i) => items.indexOf(item) === i);
}

function person(msg: Msg, key: string, p: Person | undefined): string | undefined {
  if (!p || !p.name.trim()) return undefined;
  const contact = p.contact?.trim() ? p.contact.trim() : msg('report-helper-referral-no-contact');
  return msg(key, oneLine(p.name, 120), oneLine(contact, 200));
}

function diffLine(msg: Msg, d: DiffEvidence, index: number): string {
  const lines = [`${index + 1}. ${diffUrl(d)}`];
  if (d.title) lines.push(`   ${msg('report-helper-referral-diff-page', oneLine(d.title))}`);
  const author = d.user ? oneLine(d.user, 120) : msg('report-helper-referral-unknown');
  lines.push(`   ${msg('report-helper-referral-diff-edit', d.timestamp || msg('report-helper-referral-unknown'), author)}`);
  if (d.findingTypes?.length) {
    lines.push(`   ${msg('report-helper-referral-diff-types', d.findingTypes.map((t) => msg(`report-helper-pii-type-${t}`)).join(', '))}`);
  }
  const visibility = d.visibility ?? 'unknown';
  lines.push(`   ${msg(`report-helper-referral-visibility-${visibility}`)}`);
  if (d.userBlocked !== undefined) lines.push(`   ${msg(d.userBlocked ? 'report-helper-referral-author-blocked' : 'report-helper-referral-author-not-blocked')}`);
  if (d.note?.trim()) lines.push(`   ${msg('report-helper-referral-diff-note', oneLine(d.note, 500))}`);
  return lines.join('\n');
}

function subjectFor(c: ReferralCase, destination: Destination, msg: Msg): string {
  const titles = unique(c.diffs.map((d) => d.title).filter((t): t is string => Boolean(t)));
  const about = titles.length ? oneLine(titles[0], 80) + (titles.length > 1 ? ` (+${titles.length - 1})` : '') : msg('report-helper-subject-diffs', c.diffs.length);
  const key = destination.urgent ? `report-helper-subject-urgent-${destination.situation}` : `report-helper-subject-${destination.situation}`;
  return oneLine(msg(key, oneLine(c.wiki.siteName, 80), about), 250);
}

export function composeReferral(c: ReferralCase, destination: Destination, msg: Msg): Referral {
  const sections: string[] = [];
  sections.push(msg(`report-helper-referral-opening-${destination.situation}`, c.wiki.siteName));

  // 1. who writes, 2. reporter / target
  const people = [
    person(msg, 'report-helper-referral-sender', c.sender) ?? msg('report-helper-referral-sender-unnamed'),
    person(msg, 'report-helper-referral-reporter', c.reporter),
    person(msg, 'report-helper-referral-target', c.target),
  ].filter((line): line is string => Boolean(line));
  sections.push(people.join('\n'));

  // 3. summary (kept as written, except that it cannot smuggle in extra header-like lines at the top)
  const summary = c.summary.replace(/\r\n?/g, '\n').trim();
  sections.push(`${msg('report-helper-referral-summary-heading')}\n${summary || msg('report-helper-referral-none')}`);

  // 4. relevant pages
  const titles = unique([...c.diffs.map((d) => d.title), ...(c.pages ?? [])].filter((t): t is string => Boolean(t && t.trim())));
  const pageLines = titles.map((t) => `- ${oneLine(t)}: ${pageUrl(c.wiki, t.trim())}`);
  sections.push(`${msg('report-helper-referral-pages-heading')}\n${pageLines.join('\n') || msg('report-helper-referral-none')}`);

  // 5. the diffs
  const diffLines = c.diffs.map((d, i) => diffLine(msg, d, i));
  sections.push(`${msg('report-helper-referral-diffs-heading', c.diffs.length)}\n${diffLines.join('\n') || msg('report-helper-referral-none')}`);

  // 6. preliminary investigation and immediate actions
  const actions = (c.actions ?? []).map((a) => `- ${msg(`report-helper-action-${a}`)}`);
  const investigation = c.investigation?.replace(/\r\n?/g, '\n').trim();
  sections.push(
    [
      msg('report-helper-referral-investigation-heading'),
      investigation || msg('report-helper-referral-none'),
      msg('report-helper-referral-actions-heading'),
      actions.join('\n') || msg('report-helper-referral-none'),
    ].join('\n'),
  );

  if (c.diffs.some((d) => d.findingTypes?.length) || destination.situation === 'pii') sections.push(msg('report-helper-referral-links-only'));
  sections.push(msg('report-helper-referral-closing'));

  return { subject: subjectFor(c, destination, msg), body: sections.join('\n\n') };
}
