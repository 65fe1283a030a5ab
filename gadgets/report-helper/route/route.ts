/**
 * Where a report goes (pure): situations in, destinations out, following the
 * guidance's "Where a report goes" table. Several situations can apply at once
 * (a threat that also posts an address): each gets its own destination, the
 * most urgent first, so the reporter can write to each.
 */
import type { Contact, WikiConfig } from '../../common/config/schema';
import { SITUATIONS, type Situation } from '../../common/contracts';

export type { Contact };

/** The teams of the per-wiki configuration (gadgets/common/config) that routing needs. */
export type WikiContacts = Pick<WikiConfig, 'oversight' | 'arbitration'>;

/** Foundation addresses the guidance names; they are the same for every wiki. */
export const FOUNDATION = {
  emergency: 'emergency@wikimedia.org',
  legalReports: 'legal-reports@wikimedia.org',
  legal: 'legal@wikimedia.org',
  trustAndSafety: 'ca@wikimedia.org',
  stewards: 'stewards@wikimedia.org',
} as const;

export type Team = 'emergency' | 'legal-reports' | 'oversight' | 'stewards' | 'legal' | 'trust-and-safety' | 'local';

export interface Destination {
  situation: Situation;
  team: Team;
  /** Plain addresses (mailto / copy). */
  emails: string[];
  /** Wiki account reachable through Special:EmailUser / action=emailuser. */
  emailUser?: string;
  /** Marks the subject as an emergency and puts the destination first. */
  urgent: boolean;
  /** i18n keys of advice to show before anything else, in order. */
  adviceKeys: string[];
}

function contactParts(contact: Contact | undefined): Pick<Destination, 'emails' | 'emailUser'> {
  return { emails: contact?.email ? [contact.email] : [], emailUser: contact?.emailUser || undefined };
}

function hasContact(contact: Contact | undefined): boolean {
  return Boolean(contact && (contact.email || contact.emailUser));
}

export function destinationFor(situation: Situation, contacts: WikiContacts = {}): Destination {
  switch (situation) {
    case 'threat':
      return {
        situation,
        team: 'emergency',
        emails: [FOUNDATION.emergency],
        urgent: true,
        adviceKeys: ['report-helper-advice-authorities', 'report-helper-advice-threat-implausible'],
      };
    case 'csam':
      return {
        situation,
        team: 'legal-reports',
        emails: [FOUNDATION.legalReports],
        urgent: true,
        adviceKeys: ['report-helper-advice-csam-do-not-share', 'report-helper-advice-csam-url-first'],
      };
    case 'pii':
      if (hasContact(contacts.oversight)) {
        return { situation, team: 'oversight', ...contactParts(contacts.oversight), urgent: false, adviceKeys: ['report-helper-advice-quiet'] };
      }
      return {
        situation,
        team: 'stewards',
        emails: [FOUNDATION.stewards],
        urgent: false,
        adviceKeys: ['report-helper-advice-quiet', 'report-helper-advice-no-local-oversight'],
      };
    case 'legal':
      return { situation, team: 'legal', emails: [FOUNDATION.legal], urgent: false, adviceKeys: ['report-helper-advice-legal-no-advice'] };
    case 'harassment':
      return {
        situation,
        team: 'trust-and-safety',
        emails: [FOUNDATION.trustAndSafety],
        urgent: false,
        adviceKeys: ['report-helper-advice-ca-no-details'],
      };
    case 'local':
      return {
        situation,
        team: 'local',
        ...contactParts(contacts.arbitration),
        urgent: false,
        adviceKeys: hasContact(contacts.arbitration)
          ? ['report-helper-advice-no-noticeboard']
          : ['report-helper-advice-no-noticeboard', 'report-helper-advice-local-find-contact'],
      };
  }
}

/** Destinations for every situation that applies, deduplicated, most urgent first (the SITUATIONS order). */
export function route(situations: readonly Situation[], contacts: WikiContacts = {}): Destination[] {
  const wanted = new Set(situations);
  return SITUATIONS.filter((s) => wanted.has(s)).map((s) => destinationFor(s, contacts));
}

/** True for the strings SITUATIONS holds (user input, URLs, storage). */
export function isSituation(value: unknown): value is Situation {
  return typeof value === 'string' && (SITUATIONS as readonly string[]).includes(value);
}
