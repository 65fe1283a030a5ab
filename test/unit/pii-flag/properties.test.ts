/**
 * Hostile input is normal: scan never throws, its offsets are exact, findings are sorted
 * and never overlap, and pathological inputs complete (the bench times them; no timing
 * assertion here).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scan } from '../../../gadgets/pii-flag/detect';

function checkInvariants(input: string, namespace: number): void {
  const findings = scan(input, { namespace });
  let previousEnd = 0;
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(previousEnd);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(input.length);
    expect(f.text).toBe(input.slice(f.start, f.end));
    expect(['high', 'medium', 'low']).toContain(f.severity);
    expect(f.reason).not.toMatch(/⧼/);
    previousEnd = f.end;
  }
}

/** Strings made of the characters detectors care about, so the properties reach the detectors. */
const piiAlphabet = fc.constantFrom(
  ...'0123456789 +-()./@:[]{}|=\n'.split(''),
  'at', ' dot ', '[at]', '(dot)', 'User:', '[[', ']]', '{{', '}}', 'born ', 'phone ', 'lives at ', ' is really ', ' Street',
  'straße ', 'rue ', 'Via ', '〒', '県', '区', 'facebook.com/', '@', '.com', 'ISBN ', '::', 'é', '＠', '\u200b', 'İ',
);

describe('scan properties', () => {
  it('never throws and keeps exact, sorted, non-overlapping offsets on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: -1, max: 15 }), (input, ns) => checkInvariants(input, ns)),
      { numRuns: 300 },
    );
  });

  it('keeps the invariants on text built from PII-like pieces', () => {
    fc.assert(
      fc.property(fc.array(piiAlphabet, { maxLength: 120 }), fc.integer({ min: 0, max: 5 }), (pieces, ns) => checkInvariants(pieces.join(''), ns)),
      { numRuns: 400 },
    );
  });

  it('handles non-string and empty input without throwing', () => {
    expect(scan('')).toEqual([]);
    expect(scan(undefined as unknown as string)).toEqual([]);
    expect(scan(null as unknown as string)).toEqual([]);
  });

  it.each([
    ['long digit run', '1'.repeat(200_000)],
    ['digits and separators', '12-34 '.repeat(40_000)],
    ['@ flood', '@'.repeat(200_000)],
    ['local-part flood before @', 'a'.repeat(100_000) + '@' + 'b'.repeat(100_000)],
    ['deep brackets', '[['.repeat(50_000) + '{{'.repeat(50_000)],
    ['colon flood', 'a:'.repeat(100_000)],
    ['dotted numbers', '1.'.repeat(100_000)],
    ['obfuscation tokens', 'x [at] y [dot] '.repeat(15_000)],
    ['capitalised words', 'Musterstraße Berliner Straße '.repeat(10_000)],
    ['user references', '[[User:A]] is really '.repeat(10_000)],
  ])('completes on a pathological input: %s', (_name, input) => {
    const findings = scan(input, { namespace: 3 });
    expect(Array.isArray(findings)).toBe(true);
    for (const f of findings.slice(0, 50)) expect(f.text).toBe(input.slice(f.start, f.end));
  });
});
