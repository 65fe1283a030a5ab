/**
 * The arithmetic behind every figure in the report, kept pure so that it is unit-tested
 * (test/unit/bench/metrics.test.ts) apart from the noisy timing that feeds it.
 */
import type { PiiType } from '../gadgets/common/contracts';

/** A finding reduced to what the bench compares across tools. */
export interface Span {
  /** Our type, or null for a peer label we do not flag (see type-map.ts). */
  type: PiiType | null;
  start: number;
  end: number;
  /** The tool's own label ("PHONE_UK", "phonenumber", or our type). */
  label: string;
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const MB = 1024 * 1024;
export const KB = 1024;

/** Bytes as UTF-8, which is what "MB" and "KB" mean everywhere in the report. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export function mbPerSecond(bytes: number, ms: number): number {
  return ms > 0 ? bytes / MB / (ms / 1000) : Infinity;
}

export function perHundredKb(count: number, bytes: number): number {
  return bytes > 0 ? (count * 100 * KB) / bytes : NaN;
}

export function msPerKb(ms: number, bytes: number): number {
  return bytes > 0 ? ms / (bytes / KB) : NaN;
}

/**
 * Speed of ours relative to a peer, from times measured in the same rounds: the median over
 * rounds of peerMs / oursMs. Above 1 means ours is faster. Pairing by round cancels most of a
 * shared machine's noise, which hits both tools of a round alike.
 */
export function pairedSpeedRatio(oursMs: number[], peerMs: number[]): number {
  const n = Math.min(oursMs.length, peerMs.length);
  const ratios: number[] = [];
  for (let i = 0; i < n; i++) if (oursMs[i] > 0) ratios.push(peerMs[i] / oursMs[i]);
  return median(ratios);
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Splits text into pieces of at most `maxBytes` UTF-8 bytes at line ends (a longer single
 * line is cut at a character boundary). Every tool gets the same pieces, edit-sized, so that
 * peers with quadratic behaviour on whole pages are measured as they would be used.
 */
export function chunkByLines(text: string, maxBytes: number): string[] {
  const chunks: string[] = [];
  let current = '';
  let currentBytes = 0;
  const flush = () => {
    if (current) chunks.push(current);
    current = '';
    currentBytes = 0;
  };
  for (const line of text.split(/(?<=\n)/)) {
    let rest = line;
    let restBytes = utf8Bytes(rest);
    if (currentBytes + restBytes > maxBytes) flush();
    while (restBytes > maxBytes) {
      // Cut an over-long line by characters (code points, so no surrogate pair is split).
      const chars = Array.from(rest);
      let piece = '';
      let pieceBytes = 0;
      let i = 0;
      for (; i < chars.length; i++) {
        const b = utf8Bytes(chars[i]);
        if (pieceBytes + b > maxBytes) break;
        piece += chars[i];
        pieceBytes += b;
      }
      chunks.push(piece);
      rest = chars.slice(i).join('');
      restBytes -= pieceBytes;
    }
    current += rest;
    currentBytes += restBytes;
  }
  flush();
  return chunks;
}

/**
 * Recall over the types a tool covers (a phone-only library is not blamed for missing emails),
 * from per-type counts such as evaluate()'s `perType`.
 */
export function coveredRecall(perType: Partial<Record<PiiType, { positives: number; found: number }>>, covers: readonly PiiType[]): { positives: number; found: number; recall: number } {
  let positives = 0;
  let found = 0;
  for (const type of covers) {
    positives += perType[type]?.positives ?? 0;
    found += perType[type]?.found ?? 0;
  }
  return { positives, found, recall: positives ? found / positives : NaN };
}

/**
 * Is time per KB flat as input grows? Returns the ratio of the largest size's ms/KB to the
 * smallest size's: about 1 for linear work, growing with size for superlinear work.
 */
export function growthRatio(points: Array<{ bytes: number; ms: number }>): number {
  if (points.length < 2) return NaN;
  const sorted = [...points].sort((a, b) => a.bytes - b.bytes);
  const first = msPerKb(sorted[0].ms, sorted[0].bytes);
  const last = msPerKb(sorted[sorted.length - 1].ms, sorted[sorted.length - 1].bytes);
  return first > 0 ? last / first : NaN;
}

/**
 * Does time per KB grow with size? Quadratic work grows about 10× per tenfold size at every
 * step. A single slow point (garbage collection of a 1 MB string, a neighbour's job on a
 * shared machine) is not growth: it takes a rise at every step (≥ 2× each), or a rise of
 * FLAT_GROWTH overall with no step falling, or a size skipped as too slow.
 */
export const FLAT_GROWTH = 10;

export function isSuperlinear(points: Array<{ bytes: number; ms: number }>, truncated = false): boolean {
  if (truncated) return true;
  if (points.length < 2) return false;
  const perKb = [...points].sort((a, b) => a.bytes - b.bytes).map((p) => msPerKb(p.ms, p.bytes));
  const steps = perKb.slice(1).map((v, i) => (perKb[i] > 0 ? v / perKb[i] : 1));
  return steps.every((r) => r >= 2) || (steps.every((r) => r >= 1) && growthRatio(points) >= FLAT_GROWTH);
}

/** Counts spans per label, most frequent first (for "what the peers flag on the corpus"). */
export function countByLabel(spans: Span[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const s of spans) counts.set(s.label, (counts.get(s.label) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
