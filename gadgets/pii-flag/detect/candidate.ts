/**
 * What detectors hand to the scorer: a span, a base score and the message that
 * explains it. Scores follow Presidio/DLP practice: a weak pattern starts low,
 * validation (checksums, number plans) lifts it, context words and the namespace
 * adjust it, and a threshold turns it into a severity.
 */
import type { MsgParam } from '../../common/messages';
import type { PiiType } from './types';

export interface Candidate {
  type: PiiType;
  start: number;
  end: number;
  /** 0..1 before context and namespace. */
  score: number;
  /** Message key (pii-flag-reason-…) and its parameters. */
  reason: string;
  params?: MsgParam[];
  /** Highest score this kind of match may reach (role addresses stay low). */
  cap?: number;
  /** The detector already found the tie to a person: skip the context search. */
  contextDone?: boolean;
}

/** Everything a detector may read. `masked` has wiki lookalikes blanked with spaces (same offsets). */
export interface ScanContext {
  text: string;
  masked: string;
  /** Lower-cased `text`, computed once (context searches). */
  lower: string;
  namespace: number;
  lang: string;
  region: string;
  ownUsers: string[];
}

export type Detector = (ctx: ScanContext) => Candidate[];
