/**
 * The detection engine's public shapes. Offsets are UTF-16 code units into the
 * scanned text (what JavaScript strings and DOM Ranges use).
 */
import type { PiiType } from '../../common/contracts';
import type { Msg } from '../../common/messages';

export type { PiiType };
export type Severity = 'high' | 'medium' | 'low';

export interface Finding {
  type: PiiType;
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)` of the scanned text. */
  text: string;
  severity: Severity;
  /** A short human sentence (from i18n messages) saying why this was flagged. */
  reason: string;
}

export interface ScanOptions {
  /**
   * MediaWiki namespace number of the page the text was added to. Talk, user and
   * project pages (noticeboards) weigh findings up; articles (0) weigh them down,
   * because articles legitimately hold institutional contact details.
   * Default: 1 (talk), the cautious middle.
   */
  namespace?: number;
  /** Wiki content language (wgContentLanguage), e.g. "de": picks the phone region and context words. */
  contentLanguage?: string;
  /** ISO 3166 region for national phone numbers ("DE", "GB"); overrides the one derived from the language. */
  region?: string;
  /** Message function for `reason`; default English from i18n/en.json. */
  msg?: Msg;
  /** Drop findings below this severity (default: keep all, including low). */
  minSeverity?: Severity;
  /**
   * The page's own user names (e.g. the IP of an unregistered editor whose talk page
   * this is): an IP equal to one of these in a signature is never a finding.
   */
  ownUsers?: string[];
}
