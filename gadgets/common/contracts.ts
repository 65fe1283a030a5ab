/**
 * The few names and shapes the three gadgets (and outside tools) agree on.
 * Gadgets never import each other; they meet here and through mw.hook.
 */

/** pii-flag finding types (exact names: the CLI's JSON and report-helper rely on them). */
export const PII_TYPES = [
  'email',
  'phone',
  'postal-address',
  'ip-address',
  'date-of-birth',
  'national-id',
  'payment-card',
  'social-profile',
  'identity-link',
] as const;
export type PiiType = (typeof PII_TYPES)[number];

/** reply-templates message kinds (exact ids). */
export const REPLY_KINDS = [
  'acknowledgement',
  'more-info',
  'delay',
  'third-party',
  'closure-actionable',
  'closure-non-actionable',
  'sanction-notice',
  'subject-notice',
  'mistaken-reporter',
  'cannot-advise',
] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];

/** report-helper situations (exact ids: the CLI's --situation). */
export const SITUATIONS = ['threat', 'csam', 'pii', 'legal', 'harassment', 'local'] as const;
export type Situation = (typeof SITUATIONS)[number];

/**
 * mw.hook fired to put a diff into report-helper's basket (and optionally open its
 * dialog). Fired by pii-flag's "Request suppression privately". Carries ids and
 * finding *types* only: never the personal information itself.
 */
export const REPORT_ADD_DIFF_HOOK = 'wikiSafety.reportHelper.addDiff';
export interface ReportAddDiffRequest {
  /** wgServer of the wiki, absolute ("https://en.wikipedia.org"). */
  server: string;
  /** wgDBname, e.g. "enwiki": the basket holds one wiki at a time. */
  dbName: string;
  /** New revision id (the diff's right side). */
  newId: number;
  /** Old revision id, when the diff has one. */
  oldId?: number;
  title?: string;
  findingTypes?: PiiType[];
  /** Preselected situation in the wizard. */
  situation?: Situation;
  /** Open the report dialog after adding. */
  openDialog?: boolean;
}

/** mw.hook fired to open reply-templates' dialog, optionally with a kind preselected. */
export const REPLY_OPEN_HOOK = 'wikiSafety.replyTemplates.open';
export interface ReplyOpenRequest {
  kind?: ReplyKind;
  recipient?: string;
}
