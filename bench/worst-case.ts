/**
 * Worst case: inputs built to make a PII scanner backtrack or go quadratic. Each construction
 * is a short unit repeated to 10 KB, 100 KB and 1 MB; linear work keeps ms per KB flat across
 * sizes (growth ≈ 1). A short fast-check search over units made of the same troublesome
 * tokens looks for anything slower than the hand-made ones, and its worst finds are scaled up
 * the same way.
 */
import fc from 'fast-check';
import { KB, growthRatio, msPerKb } from './metrics';

export const SIZES = [10 * KB, 100 * KB, 1024 * KB];

/** Hand-made pathological units (repeated to size). */
export const CONSTRUCTIONS: Array<{ id: string; unit: string }> = [
  { id: 'digit run', unit: '1234567890' },
  { id: 'digits + spaces', unit: '12 34 ' },
  { id: 'digits + hyphens', unit: '1-2-3-' },
  { id: 'phone-ish groups', unit: '(202) 555-01 ' },
  { id: 'plus + digits', unit: '+4 ' },
  { id: '@ flood', unit: '@' },
  { id: 'a@ flood', unit: 'a@' },
  { id: 'email-ish chain', unit: 'a.b@c.' },
  { id: '[at] repeated', unit: 'x [at] ' },
  { id: 'dot repeated', unit: 'x dot ' },
  { id: '(at)(dot) repeated', unit: 'x(at)y(dot)' },
  { id: 'deep [[ brackets', unit: '[[' },
  { id: 'deep {{ brackets', unit: '{{' },
  { id: 'deep ( brackets', unit: '(1' },
  { id: 'spaces', unit: ' ' },
  { id: 'tabs + newlines', unit: '\t\n' },
  { id: 'word chars', unit: 'abcdefghij' },
  { id: 'dots', unit: '.' },
  { id: 'IPv4-ish', unit: '1.2.' },
  { id: 'IPv6-ish', unit: 'a:1:' },
  { id: 'URL prefixes', unit: 'http://' },
  { id: 'social host chain', unit: 'facebook.com/' },
  { id: 'street-ish', unit: '12 Main ' },
  { id: 'born + digits', unit: 'born 1 ' },
  { id: 'User: links', unit: '[[User:a|' },
  { id: 'full-width digits', unit: '０１２３４５６７８９' },
  { id: 'zero-width joins', unit: 'a\u200b@\u200b' },
];

/** `unit` repeated (whole units only) to about `bytes` UTF-16 characters. */
export function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));
}

export interface CaseResult {
  id: string;
  unit: string;
  points: Array<{ bytes: number; ms: number; msPerKb: number }>;
  maxMsPerKb: number;
  growth: number;
  /** True when a size was skipped because the previous one was already too slow. */
  truncated: boolean;
}

export interface WorstCaseReport {
  cases: CaseResult[];
  searched: number;
  worst: CaseResult;
}

/** Best of `repeats` timings: the least disturbed by other processes. */
function timeScan(scan: (text: string) => unknown, text: string, repeats: number): number {
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    scan(text);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Budget per input: before each larger size, its time is predicted from the last one (scaled
 * by size and by the growth seen so far); past the budget the size is skipped and marked, so
 * a quadratic construction is reported as such instead of stalling the whole bench.
 */
const BUDGET_MS = 6000;

export function measureCase(id: string, unit: string, scan: (text: string) => unknown, sizes = SIZES): CaseResult {
  const points: CaseResult['points'] = [];
  let truncated = false;
  for (const size of sizes) {
    const last = points[points.length - 1];
    if (last) {
      const growthSoFar = points.length > 1 ? Math.max(1, growthRatio(points)) : 1;
      const predicted = last.ms * (size / last.bytes) * growthSoFar;
      if (predicted > BUDGET_MS) {
        truncated = true;
        break;
      }
    }
    const text = repeatTo(unit, size);
    const bytes = Buffer.byteLength(text, 'utf8');
    const ms = timeScan(scan, text, size >= 100 * KB ? 2 : 3);
    points.push({ bytes, ms, msPerKb: msPerKb(ms, bytes) });
  }
  return {
    id,
    unit,
    points,
    maxMsPerKb: Math.max(...points.map((p) => p.msPerKb)),
    growth: growthRatio(points),
    truncated,
  };
}

/** Tokens the fuzzer builds units from: the pieces PII patterns key on. */
const TOKENS = ['0', '1', '9', ' ', '-', '.', '(', ')', '+', '@', '[at]', ' at ', 'dot', '[', ']', '{', '}', '|', ':', '/', 'a', 'Z', '\n', 'http://', 'facebook.com/', 'Street', 'born', 'User:', '０', '＠', '\u200b', 'ä'];

/**
 * fast-check search: `samples` random units (deterministic seed), each repeated to 20 KB and
 * timed; returns the slowest few units by ms per KB.
 */
export function fuzzSlowUnits(scan: (text: string) => unknown, samples: number, keep = 3): Array<{ unit: string; msPerKb: number }> {
  const units = fc.sample(
    fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 12 }).map((t) => t.join('')),
    { numRuns: samples, seed: 42 },
  );
  const timed = units.map((unit) => {
    const text = repeatTo(unit, 20 * KB);
    const ms = timeScan(scan, text, 1);
    return { unit, msPerKb: msPerKb(ms, Buffer.byteLength(text, 'utf8')) };
  });
  return timed.sort((a, b) => b.msPerKb - a.msPerKb).slice(0, keep);
}

export function worstCase(scan: (text: string) => unknown, fuzzSamples = 300): WorstCaseReport {
  const cases = CONSTRUCTIONS.map((c) => measureCase(c.id, c.unit, scan));
  const slow = fuzzSlowUnits(scan, fuzzSamples);
  slow.forEach((s, i) => cases.push(measureCase(`fuzzer find ${i + 1}`, s.unit, scan)));
  const worst = cases.reduce((a, b) => (b.maxMsPerKb > a.maxMsPerKb ? b : a));
  return { cases, searched: fuzzSamples, worst };
}
