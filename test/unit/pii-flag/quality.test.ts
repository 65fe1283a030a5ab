/**
 * The quality bar, measured on data: recall and false positives on our labelled set
 * (test/fixtures/pii/labelled.jsonl, built by build-labelled.py), and false positives on
 * real Wikipedia articles (../shared/corpus: published text, so medium/high is a false positive).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PII_TYPES } from '../../../gadgets/common/contracts';
import { scan } from '../../../gadgets/pii-flag/detect';
import { evaluate, parseLabelled } from '../../../gadgets/pii-flag/detect/evaluate';

const examples = parseLabelled(readFileSync(join(__dirname, '../../fixtures/pii/labelled.jsonl'), 'utf8'));
const CORPUS = join(__dirname, '../../../../shared/corpus/wikitext');

describe('labelled set', () => {
  it('is rich: ≥150 positives over all nine types, ≥150 lookalikes, nine languages', () => {
    const positives = examples.filter((e) => e.kind === 'positive');
    expect(positives.length).toBeGreaterThanOrEqual(150);
    expect(examples.filter((e) => e.kind === 'lookalike').length).toBeGreaterThanOrEqual(150);
    expect(new Set(positives.map((e) => e.type))).toEqual(new Set(PII_TYPES));
    expect(new Set(examples.map((e) => e.lang))).toEqual(new Set(['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'ja', 'hi']));
    for (const e of positives) expect(e.text, e.text).toContain(e.span);
  });

  it('meets the bar: recall ≥ 0.95 overall, ≥ 0.9 per type, lookalike false positives ≤ 2%', () => {
    const m = evaluate(examples);
    const missed = m.missed.map((e) => `${e.type}: ${e.text}`);
    const flagged = m.flagged.map((f) => `${f.findings.map((x) => x.type).join(',')}: ${f.example.text}`);
    expect(m.recall, missed.join('\n')).toBeGreaterThanOrEqual(0.95);
    for (const type of PII_TYPES) expect(m.perType[type].recall, `${type}\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.9);
    expect(m.falsePositiveRate, flagged.join('\n')).toBeLessThanOrEqual(0.02);
  });

  it('evaluate() counts a miss and a false positive (so the bar can fail)', () => {
    const m = evaluate([
      { kind: 'positive', type: 'email', lang: 'en', namespace: 3, text: 'no address here', span: 'address' },
      { kind: 'lookalike', lang: 'en', namespace: 3, text: 'write to jane.doe@gmail.com' },
    ]);
    expect(m.recall).toBe(0);
    expect(m.falsePositiveRate).toBe(1);
    expect(m.perType.email.falsePositives).toBe(1);
  });
});

describe.skipIf(!existsSync(CORPUS))('real article text (shared corpus)', () => {
  it('raises under 1 medium/high finding per 100 KB in namespace 0', () => {
    let bytes = 0;
    const flags: string[] = [];
    for (const file of readdirSync(CORPUS)) {
      const text = readFileSync(join(CORPUS, file), 'utf8');
      bytes += Buffer.byteLength(text);
      for (const f of scan(text, { namespace: 0, contentLanguage: 'en' })) {
        if (f.severity !== 'low') flags.push(`${file}: ${f.type} ${JSON.stringify(f.text)}`);
      }
    }
    expect(bytes).toBeGreaterThan(1_000_000);
    expect(flags.length / (bytes / 100_000), flags.join('\n')).toBeLessThan(1);
  });
});
