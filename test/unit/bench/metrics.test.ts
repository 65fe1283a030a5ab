import { describe, expect, it } from 'vitest';
import {
  chunkByLines,
  coveredRecall,
  countByLabel,
  growthRatio,
  isSuperlinear,
  mbPerSecond,
  median,
  pairedSpeedRatio,
  perHundredKb,
  utf8Bytes,
} from '../../../bench/metrics';

describe('metric arithmetic', () => {
  it('median of odd, even and empty lists', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('MB/s and per-100-KB use binary units of UTF-8 bytes', () => {
    expect(mbPerSecond(2 * 1024 * 1024, 500)).toBe(4);
    expect(perHundredKb(3, 300 * 1024)).toBe(1);
    expect(utf8Bytes('ä€')).toBe(5);
  });

  it('pairs speed ratios by round, so one slow round for both tools does not move the ratio', () => {
    // Round 2 is slowed 10× for everyone; ours is twice as fast in every round.
    expect(pairedSpeedRatio([10, 100, 10], [20, 200, 20])).toBe(2);
    // A peer faster than ours gives a ratio below 1.
    expect(pairedSpeedRatio([10, 10, 10], [5, 5, 5])).toBe(0.5);
  });

  it('growth ratio is 1 for linear timings and grows for quadratic ones', () => {
    expect(growthRatio([{ bytes: 10240, ms: 1 }, { bytes: 102400, ms: 10 }, { bytes: 1048576, ms: 102.4 }])).toBeCloseTo(1, 5);
    expect(growthRatio([{ bytes: 10240, ms: 1 }, { bytes: 1048576, ms: 10485.76 }])).toBeCloseTo(102.4, 3);
  });

  it('counts labels, most frequent first', () => {
    const spans = ['DIGITS', 'NAME', 'DIGITS'].map((label) => ({ label, type: null, start: 0, end: 1 }));
    expect(countByLabel(spans)).toEqual([['DIGITS', 2], ['NAME', 1]]);
  });
});

describe('line-aligned chunking', () => {
  it('keeps every character, in order, and never exceeds the byte limit', () => {
    const text = 'Ünïcode line one\n' + 'x'.repeat(50) + '\nshort\n\n' + '😀'.repeat(30) + '\nlast';
    const pieces = chunkByLines(text, 32);
    expect(pieces.join('')).toBe(text);
    for (const p of pieces) expect(utf8Bytes(p)).toBeLessThanOrEqual(32);
    // No surrogate pair is split.
    for (const p of pieces) expect(p).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });

  it('cuts at line ends when lines fit', () => {
    expect(chunkByLines('aa\nbb\ncc\n', 6)).toEqual(['aa\nbb\n', 'cc\n']);
  });
});

describe('recall over covered types', () => {
  it('ignores types the tool does not cover, and is undefined with nothing to find', () => {
    const perType = { phone: { positives: 10, found: 9 }, email: { positives: 10, found: 0 } };
    expect(coveredRecall(perType, ['phone'])).toEqual({ positives: 10, found: 9, recall: 0.9 });
    expect(coveredRecall(perType, ['phone', 'email']).recall).toBe(0.45);
    expect(coveredRecall(perType, ['payment-card']).recall).toBeNaN();
  });
});

describe('superlinear worst cases', () => {
  const at = (msPerKb: number[]) => msPerKb.map((v, i) => ({ bytes: 10240 * 10 ** i, ms: v * 10 * 10 ** i }));
  it('flags quadratic growth and sizes skipped as too slow', () => {
    expect(isSuperlinear(at([0.1, 1, 10]))).toBe(true);
    expect(isSuperlinear(at([0.1, 0.5, 2]))).toBe(true); // rises at every step
    expect(isSuperlinear(at([2, 20]), true)).toBe(true);
  });
  it('does not flag flat time or one noisy point', () => {
    expect(isSuperlinear(at([0.1, 0.1, 0.1]))).toBe(false);
    expect(isSuperlinear(at([0.02, 0.018, 0.062]))).toBe(false); // a GC pause at 1 MB
    expect(isSuperlinear(at([0.19, 0.59, 0.66]))).toBe(false);
  });
});
