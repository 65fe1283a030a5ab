/**
 * "Request suppression privately": what leaves the banner. Pure functions, no
 * DOM, no mw. The request carries the diff's ids, the wiki and the finding
 * *types* only: never the personal information itself (guidance: a referral
 * links to the diff, it does not copy the information).
 */
import type { Contact } from '../../common/config/schema';
import { STEWARDS } from '../../common/config/resolve';
import { PII_TYPES, type PiiType, type ReportAddDiffRequest } from '../../common/contracts';
import type { Msg } from '../../common/messages';
import { typeLabel } from './labels';

export interface DiffIds {
  server: string;
  /** wgScript, e.g. "/w/index.php". */
  script: string;
  dbName: string;
  newId: number;
  oldId?: number;
  title?: string;
}

/**
 * The wiki's private oversight contact, as the shared per-wiki configuration
 * resolves it (gadgets/common/config: oversightContact()).
 */
export type OversightContact = Contact;

/** Where the guidance sends personal information when a wiki has no oversighters. */
export const DEFAULT_OVERSIGHT: OversightContact = STEWARDS;

/** Distinct finding types, in the contract's order (stable, and says nothing about where they were). */
export function distinctTypes(types: readonly PiiType[]): PiiType[] {
  return PII_TYPES.filter((t) => types.indexOf(t) !== -1);
}

/** The hook payload for report-helper's basket. */
export function reportRequest(ids: DiffIds, types: readonly PiiType[]): ReportAddDiffRequest {
  const request: ReportAddDiffRequest = {
    server: ids.server,
    dbName: ids.dbName,
    newId: ids.newId,
    findingTypes: distinctTypes(types),
    situation: 'pii',
    openDialog: true,
  };
  if (ids.oldId) request.oldId = ids.oldId;
  if (ids.title) request.title = ids.title;
  return request;
}

/** Permanent link to the diff: index.php?diff=NEW&oldid=OLD on the wiki's own server. */
export function diffUrl(ids: DiffIds): string {
  const url = new URL(ids.script || '/index.php', ids.server);
  url.searchParams.set('diff', String(ids.newId));
  if (ids.oldId) url.searchParams.set('oldid', String(ids.oldId));
  return url.toString();
}

export interface PrivateRequest {
  /** mailto: or Special:EmailUser URL. */
  url: string;
  /** Who it goes to, for the confirmation line. */
  recipient: string;
  kind: 'mailto' | 'emailuser';
}

/**
 * The prefilled private message to the oversight contact. Its text holds the
 * diff link and the finding type names, nothing read from the page.
 * Special:EmailUser is preferred when configured (it keeps the reporter's address
 * private until the team answers); its prefill needs `wpFormIdentifier`.
 */
export function privateRequest(ids: DiffIds, types: readonly PiiType[], contact: OversightContact, msg: Msg): PrivateRequest {
  const link = diffUrl(ids);
  const typeNames = distinctTypes(types)
    .map((t) => typeLabel(msg, t))
    .join(', ');
  const subject = msg('pii-flag-mail-subject', ids.newId, ids.dbName);
  const body = msg('pii-flag-mail-body', link, typeNames);
  if (contact.emailUser) {
    const url = new URL(ids.script || '/index.php', ids.server);
    url.searchParams.set('title', 'Special:EmailUser/' + contact.emailUser);
    url.searchParams.set('wpFormIdentifier', 'sendEmailForm');
    url.searchParams.set('wpSubject', subject);
    url.searchParams.set('wpText', body);
    return { url: url.toString(), recipient: contact.emailUser, kind: 'emailuser' };
  }
  const email = contact.email || (DEFAULT_OVERSIGHT.email as string);
  // mailto wants %20, not "+": URLSearchParams would write "+", so encodeURIComponent.
  const url = 'mailto:' + encodeURIComponent(email).replace(/%40/g, '@') + '?subject=' + encodeURIComponent(subject) + '&body=' + encodeURIComponent(body);
  return { url, recipient: email, kind: 'mailto' };
}
