/**
 * Accuracy of the engine on a labelled set (test/fixtures/pii/labelled.jsonl), shared by
 * the unit test (which asserts the quality bar) and the bench (which reports it).
 * A "flag" is a finding the banner counts as significant: severity medium or high.
 * - positive: found when a flag of the expected type overlaps the expected span;
 * - lookalike: a false positive when anything is flagged in it.
 */
import { PII_TYPES, type PiiType } from '../../common/contracts';
import { scan } from './scan';
import type { Finding, ScanOptions } from './types';

export interface LabelledExample {
  kind: 'positive' | 'lookalike';
  /** Expected type (positives). */
  type?: PiiType;
  lang: string;
  namespace: number;
  text: string;
  /** The expected finding's text, a substring of `text` (positives). */
  span?: string;
  note?: string;
}

export interface TypeMetrics {
  positives: number;
  found: number;
  recall: number;
  /** Flags of this type raised on lookalikes. */
  falsePositives: number;
}

export interface Metrics {
  positives: number;
  found: number;
  recall: number;
  lookalikes: number;
  lookalikesFlagged: number;
  falsePositiveRate: number;
  perType: Record<PiiType, TypeMetrics>;
  missed: LabelledExample[];
  flagged: Array<{ example: LabelledExample; findings: Finding[] }>;
}

const isFlag = (f: Finding) => f.severity !== 'low';

export function parseLabelled(jsonl: string): LabelledExample[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledExample);
}

export function evaluate(examples: LabelledExample[], scanText: (text: string, options: ScanOptions) => Finding[] = scan): Metrics {
  const perType = {} as Record<PiiType, TypeMetrics>;
  for (const type of PII_TYPES) perType[type] = { positives: 0, found: 0, recall: 1, falsePositives: 0 };
  const metrics: Metrics = { positives: 0, found: 0, recall: 1, lookalikes: 0, lookalikesFlagged: 0, falsePositiveRate: 0, perType, missed: [], flagged: [] };
  for (const example of examples) {
    const findings = scanText(example.text, { namespace: example.namespace, contentLanguage: example.lang }).filter(isFlag);
    if (example.kind === 'positive' && example.type && example.span !== undefined) {
      const start = example.text.indexOf(example.span);
      const end = start + example.span.length;
      const hit = findings.some((f) => f.type === example.type && f.start < end && start < f.end);
      metrics.positives++;
      perType[example.type].positives++;
      if (hit) {
        metrics.found++;
        perType[example.type].found++;
      } else metrics.missed.push(example);
    } else if (example.kind === 'lookalike') {
      metrics.lookalikes++;
      if (findings.length) {
        metrics.lookalikesFlagged++;
        metrics.flagged.push({ example, findings });
        for (const f of findings) perType[f.type].falsePositives++;
      }
    }
  }
  metrics.recall = metrics.positives ? metrics.found / metrics.positives : 1;
  metrics.falsePositiveRate = metrics.lookalikes ? metrics.lookalikesFlagged / metrics.lookalikes : 0;
  for (const type of PII_TYPES) perType[type].recall = perType[type].positives ? perType[type].found / perType[type].positives : 1;
  return metrics;
}
