/**
 * Long diffs must never freeze the page: the reader hands out one group at a
 * time, and reading and scanning share time slices with yields in between.
 * These tests are about structure (what happens between yields), never timing:
 * the clock is fake.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { expiringStore, memoryStorage } from '../../../gadgets/common/storage';
import { scan } from '../../../gadgets/pii-flag/detect';
import { findInGroups, findWhileReading } from '../../../gadgets/pii-flag/diff/find';
import { type GroupReader, type LineGroup, groupReader, readAddedText } from '../../../gadgets/pii-flag/diff/read';
import { type PiiFlagRun, runPiiFlag } from '../../../gadgets/pii-flag/ui/mount';
import { DEFAULT_OVERSIGHT } from '../../../gadgets/pii-flag/ui/request';
import { OWN_FIXTURES, SHARED_FIXTURES, fixture, loadPage, msg, sharedTableFixtures } from './helpers';

const scanText = (t: string) => scan(t, { namespace: 3, contentLanguage: 'en' });

/**
 * A talk-page diff of `hunks` hunks, each a context line and an added line with an
 * address (one group per hunk), as MediaWiki 1.39's wikidiff2 table marks them up.
 */
function longTableDiff(hunks: number): string {
  const rows: string[] = [];
  for (let i = 0; i < hunks; i++) {
    rows.push(`<tr><td class="diff-marker"></td><td class="diff-context"><div>context ${i}</div></td><td class="diff-marker"></td><td class="diff-context"><div>context ${i}</div></td></tr>`);
    rows.push(`<tr><td colspan="2" class="diff-empty"></td><td class="diff-marker" data-marker="+"></td><td class="diff-addedline"><div>Reach me at person${i}@example.org please</div></td></tr>`);
  }
  return `<table class="diff"><tbody>${rows.join('')}</tbody></table>`;
}

/** A reader that counts what it hands out, to see how much one slice read. */
function counting(reader: GroupReader): GroupReader & { count: number } {
  const counted = {
    count: 0,
    next() {
      const g = reader.next();
      if (g) counted.count++;
      return g;
    },
  };
  return counted;
}

/** A defer that keeps the next slice until the test runs it: one call = one task in the page. */
function manualDefer() {
  const queue: Array<() => void> = [];
  return {
    defer: (next: () => void) => void queue.push(next),
    runNext: () => queue.shift()!(),
    get pending() {
      return queue.length;
    },
  };
}

const shape = (groups: LineGroup[]) => groups.map((g) => ({ text: g.text, added: g.added, nodes: g.pieces.map((p) => p.node) }));

describe('reader, one group at a time', () => {
  it.each([...sharedTableFixtures().map((f) => [SHARED_FIXTURES, f]), ...['current-table.html', 'inline.html', 'mobilediff.html', 'mobilediff-legacy.html'].map((f) => [OWN_FIXTURES, f])])(
    '%s/%s: the groups handed out one by one are those of a whole read',
    (dir, name) => {
      loadPage(fixture(dir, name));
      const whole = readAddedText(document);
      const reader = groupReader(document);
      const oneByOne: LineGroup[] = [];
      for (let g = reader.next(); g; g = reader.next()) oneByOne.push(g);
      expect(whole.length).toBeGreaterThan(0);
      expect(shape(oneByOne)).toEqual(shape(whole));
      // Once done, it stays done.
      expect(reader.next()).toBeNull();
    },
  );

  it('reads lazily: a reader that was asked for one group has not touched the rest', () => {
    loadPage(longTableDiff(50));
    const reader = groupReader(document);
    const first = reader.next()!;
    expect(first.text).toBe('Reach me at person0@example.org please');
    // Text changed after the first group was handed out is read as it is now.
    document.querySelectorAll('td.diff-addedline div')[1].textContent = 'changed later';
    expect(reader.next()!.text).toBe('changed later');
  });
});

describe('reading and scanning in shared slices', () => {
  it('with a budget of one group per slice, each task reads and scans one group, and the result is that of one pass', async () => {
    loadPage(longTableDiff(40));
    const reader = counting(groupReader(document));
    const tasks = manualDefer();
    let clock = 0;
    const done = findWhileReading(reader, scanText, { budgetMs: 1, now: () => clock++, defer: tasks.defer });
    // The first slice runs at once (inside the caller's task) and stops after one group.
    expect(reader.count).toBe(1);
    const perTask: number[] = [];
    while (tasks.pending) {
      const before = reader.count;
      tasks.runNext();
      perTask.push(reader.count - before);
    }
    expect(Math.max(...perTask)).toBeLessThanOrEqual(1);
    expect(perTask.length).toBeGreaterThanOrEqual(39);
    const sliced = await done;
    const onePass = await findInGroups(readAddedText(document), scanText, { budgetMs: Infinity });
    expect(sliced!.map((f) => f.finding.text)).toEqual(Array.from({ length: 40 }, (_, i) => `person${i}@example.org`));
    expect(sliced!.map((f) => [f.finding.text, f.index, f.slices.map((s) => [s.node, s.start, s.end])])).toEqual(
      onePass!.map((f) => [f.finding.text, f.index, f.slices.map((s) => [s.node, s.start, s.end])]),
    );
  });

  it('a cancelled run stops reading too: nothing more is read after the cancel', async () => {
    loadPage(longTableDiff(30));
    const reader = counting(groupReader(document));
    const tasks = manualDefer();
    let cancelled = false;
    let clock = 0;
    const done = findWhileReading(reader, scanText, { budgetMs: 1, now: () => clock++, defer: tasks.defer, cancelled: () => cancelled });
    tasks.runNext();
    const readSoFar = reader.count;
    cancelled = true;
    while (tasks.pending) tasks.runNext();
    expect(await done).toBeNull();
    expect(reader.count).toBe(readSoFar);
    expect(readSoFar).toBeLessThan(30);
  });

  it('an engine that throws mid-way rejects (the caller shows "error"), it does not hang', async () => {
    loadPage(longTableDiff(5));
    let calls = 0;
    const failing = (t: string) => {
      if (++calls === 3) throw new Error('engine broke');
      return scanText(t);
    };
    await expect(findWhileReading(groupReader(document), failing, { budgetMs: 0, defer: (next) => next() })).rejects.toThrow('engine broke');
  });
});

describe('runPiiFlag on a long diff', () => {
  let run: PiiFlagRun | null = null;
  afterEach(() => {
    run?.stop();
    run = null;
  });

  it('returns after one slice (the rest of the diff is read in later tasks) and ends with every finding', async () => {
    loadPage(longTableDiff(60));
    const tasks = manualDefer();
    const scanned: string[] = [];
    let clock = 0;
    run = runPiiFlag({
      doc: document,
      scanText: (t) => (scanned.push(t), scanText(t)),
      msg,
      ids: null,
      dismissals: expiringStore<boolean>(memoryStorage(), 'k', 1000, () => 0),
      contact: DEFAULT_OVERSIGHT,
      openUrl: () => {},
      highlight: { mode: 'mark', defer: (next) => next() },
      chunks: { budgetMs: 1, now: () => clock++, defer: tasks.defer },
    });
    // Only the first group was read and scanned before the page got control back.
    expect(scanned).toEqual(['Reach me at person0@example.org please']);
    expect(document.documentElement.getAttribute('data-wsg-pii-flag')).toBe('scanning');
    // Proof that the rest is read later, not held from an up-front read: a line changed now is seen as it is now.
    document.querySelectorAll('td.diff-addedline div')[59].textContent = 'Reach me at later@example.org please';
    while (tasks.pending) tasks.runNext();
    const findings = await run.done;
    expect(scanned).toHaveLength(60);
    expect(findings!.map((f) => f.finding.text)).toEqual([...Array.from({ length: 59 }, (_, i) => `person${i}@example.org`), 'later@example.org']);
    expect(document.documentElement.getAttribute('data-wsg-pii-flag-count')).toBe('60');
    expect(document.querySelectorAll('mark.wsg-pii-mark')).toHaveLength(60);
  });
});
