/**
 * Live check of the summary the reporter types (pure): if it contains the
 * personal information itself (a pasted phone number or address), warn and
 * suggest the diff link instead. Existing tools re-leak PII into summaries and
 * logs; a referral must not. The detector is injected (pii-flag's engine in the
 * gadget and CLI, a stub in tests), so this file does not depend on it.
 */
import type { PiiType } from '../../common/contracts';

/** The part of pii-flag's Finding this check needs. */
export interface SummaryFinding {
  type: PiiType;
  start: number;
  end: number;
}
export type SummaryScanner = (text: string) => SummaryFinding[];

export interface SummaryCheck {
  /** Distinct finding types, in order of first appearance. */
  types: PiiType[];
  /** Where they are, so the UI can point at them (offsets only; no copy of the text). */
  ranges: Array<{ start: number; end: number }>;
}

export function checkSummary(text: string, scanner: SummaryScanner | undefined): SummaryCheck {
  if (!scanner || !text.trim()) return { types: [], ranges: [] };
  let findings: SummaryFinding[];
  try {
    findings = scanner(text);
  } catch {
    // A failing detector must never block the report; the UI simply shows no warning.
    return { types: [], ranges: [] };
  }
  const types: PiiType[] = [];
  for (const f of findings) if (!types.includes(f.type)) types.push(f.type);
  return { types, ranges: findings.map((f) => ({ start: f.start, end: f.end })) };
}
