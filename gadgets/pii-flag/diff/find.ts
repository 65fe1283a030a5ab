/**
 * Runs the engine over the reader's groups and keeps what the edit added:
 * each group is scanned whole (so a phone number whose last digits changed is
 * still read as one number), and only findings that overlap inserted text are
 * kept. Reading and scanning share the same time slices (a group is scanned as
 * soon as it is read) with yields in between, so a 2 MB diff never freezes the page.
 */
import type { Finding } from '../detect/types';
import { type GroupReader, type LineGroup, type NodeSlice, overlapsAdded, sliceNodes } from './read';

/** A finding placed in the page. */
export interface LocatedFinding {
  finding: Finding;
  /** Position in the page order (0-based), used by the list and the highlights. */
  index: number;
  slices: NodeSlice[];
}

export type GroupScanner = (text: string) => Finding[];

/** Findings of one group, kept only when they touch added text and have a place in the DOM. */
export function findInGroup(group: LineGroup, scanText: GroupScanner): Array<Omit<LocatedFinding, 'index'>> {
  const out: Array<Omit<LocatedFinding, 'index'>> = [];
  for (const finding of scanText(group.text)) {
    if (!overlapsAdded(group, finding.start, finding.end)) continue;
    const slices = sliceNodes(group, finding.start, finding.end);
    if (slices.length) out.push({ finding, slices });
  }
  return out;
}

export interface ChunkOptions {
  /** Milliseconds of work before yielding to the page (default 25). */
  budgetMs?: number;
  /** How to yield (default setTimeout 0); tests can pass a synchronous one. */
  defer?: (next: () => void) => void;
  /** Returns true when the caller no longer wants the result (a newer scan started). */
  cancelled?: () => boolean;
  now?: () => number;
}

/** Scans groups already read, in time slices; resolves with findings in page order, or null when cancelled. */
export function findInGroups(groups: LineGroup[], scanText: GroupScanner, options: ChunkOptions = {}): Promise<LocatedFinding[] | null> {
  let i = 0;
  return findWhileReading({ next: () => (i < groups.length ? groups[i++] : null) }, scanText, options);
}

/**
 * Reads and scans in the same time slices: each slice takes the next groups from
 * the reader and scans them at once, until its budget is spent, then yields. No
 * slice reads more than one group past its budget, so neither a long read nor a
 * long scan becomes one long task. Resolves with findings in page order, or null
 * when cancelled.
 */
export function findWhileReading(reader: GroupReader, scanText: GroupScanner, options: ChunkOptions = {}): Promise<LocatedFinding[] | null> {
  const budget = options.budgetMs ?? 25;
  const defer = options.defer ?? ((next: () => void) => void setTimeout(next, 0));
  const now = options.now ?? (() => Date.now());
  const found: LocatedFinding[] = [];
  return new Promise((resolve, reject) => {
    const step = () => {
      if (options.cancelled && options.cancelled()) return resolve(null);
      const started = now();
      try {
        for (;;) {
          const group = reader.next();
          if (!group) return resolve(found);
          for (const f of findInGroup(group, scanText)) found.push({ finding: f.finding, slices: f.slices, index: found.length });
          if (now() - started >= budget) break;
        }
      } catch (error) {
        return reject(error);
      }
      defer(step);
    };
    step();
  });
}
