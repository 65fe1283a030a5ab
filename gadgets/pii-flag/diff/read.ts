/**
 * The diff reader: turns a diff view's DOM into the text the edit *adds*, with a
 * map back to the DOM text nodes it came from, so the engine's UTF-16 offsets can
 * become highlights. It never reads the deleted side.
 *
 * Markup it understands (see test/fixtures/diff/README.md for where each comes from):
 * - table diffs (wikidiff2 and the PHP engine, MediaWiki 1.39 and current):
 *   `td.diff-addedline` / `td.diff-side-added` after a `td.diff-marker[data-marker="+"]`;
 *   inserted words inside changed lines are `ins.diffchange-inline`;
 * - inline diffs (wikidiff2's inline format, the 1.41+ inline toggle, Special:MobileDiff):
 *   `.mw-diff-inline-added` (whole line), `.mw-diff-inline-changed` and
 *   `.mw-diff-inline-moved-destination` (only their `ins` is new, `del` is skipped);
 * - very old Special:MobileDiff bodies with bare `ins` inside `#mw-mf-diffarea`.
 *
 * Lines are gathered into groups of neighbouring changed lines; context lines and
 * hunk headers end a group, so a finding can never join two unrelated places.
 */

/** A run of group text: a slice of one DOM text node, or a separator (node null). */
export interface TextPiece {
  node: Text | null;
  /** Offsets in the group's text. */
  start: number;
  end: number;
}

/** Neighbouring added or changed lines, joined with "\n". */
export interface LineGroup {
  text: string;
  pieces: TextPiece[];
  /** Ranges of `text` the edit really added ([start, end), sorted). Findings must overlap one. */
  added: Array<[number, number]>;
}

/** The DOM text node slice one part of a finding covers. */
export interface NodeSlice {
  node: Text;
  start: number;
  end: number;
}

const TABLE_ADDED = 'td.diff-addedline, td.diff-side-added';
const INLINE_ADDED = '.mw-diff-inline-added, .mw-diff-inline-changed, .mw-diff-inline-moved-destination';
/** Elements that separate groups: unchanged lines, hunk headers, the title row. */
const BOUNDARY = 'td.diff-context, td.diff-lineno, tr.diff-title, .mw-diff-inline-context, .mw-diff-inline-header, .mw-diff-inline-moved-source';
/** Where diffs live: desktop and ComparePages tables, the mobile diff area. */
export const DIFF_ROOTS = 'table.diff, #mw-mf-diffarea';

/** Long runs of added lines are cut so the scan can yield between groups. */
const MAX_GROUP_LINES = 200;
const MAX_GROUP_CHARS = 5000;

function hasClass(el: Element, name: string): boolean {
  return (' ' + (el.getAttribute('class') || '') + ' ').indexOf(' ' + name + ' ') !== -1;
}

/** Is this table cell the content cell of an added or changed line (not context, not a placeholder)? */
function isAddedTableCell(cell: Element): boolean {
  if (hasClass(cell, 'diff-addedline')) return true;
  if (hasClass(cell, 'diff-context') || hasClass(cell, 'diff-empty') || hasClass(cell, 'diff-ntitle')) return false;
  const marker = cell.previousElementSibling;
  return !!marker && hasClass(marker, 'diff-marker') && marker.getAttribute('data-marker') === '+';
}

/** A table row that also shows a deleted line, or a moved paragraph: only its `ins` is new. */
function rowHasCounterpart(cell: Element): boolean {
  const row = cell.parentElement;
  return !!row && !!row.querySelector('td.diff-deletedline, a.mw-diff-movedpara-right');
}

/**
 * Same test as `el.matches(BOUNDARY)`, by class name: this runs once per line of
 * a diff that can have tens of thousands, and a selector match costs far more.
 */
function isBoundary(el: Element): boolean {
  switch (el.nodeName) {
    case 'TD':
      return hasClass(el, 'diff-context') || hasClass(el, 'diff-lineno');
    case 'TR':
      return hasClass(el, 'diff-title');
    default:
      return hasClass(el, 'mw-diff-inline-context') || hasClass(el, 'mw-diff-inline-header') || hasClass(el, 'mw-diff-inline-moved-source');
  }
}

/** One line of added text, read from its element. */
interface ReadLine {
  text: string;
  pieces: TextPiece[];
  /** Ranges of text inside an `ins`, and of all its text nodes (separators left out). */
  inIns: Array<[number, number]>;
  whole: Array<[number, number]>;
  /** An `ins.diffchange-inline` was seen: the line was changed, not added whole. */
  changedWords: boolean;
}

/** Skipped inside an added line: deleted words and the moved-paragraph arrows. */
function isSkipped(el: Element): boolean {
  return el.nodeName === 'DEL' || (el.nodeName === 'A' && (hasClass(el, 'mw-diff-movedpara-left') || hasClass(el, 'mw-diff-movedpara-right')));
}

/** One pass over a line's nodes; whether a text node sits inside an `ins` is carried down, not looked up. */
function readLine(lineEl: Element): ReadLine {
  const line: ReadLine = { text: '', pieces: [], inIns: [], whole: [], changedWords: false };
  const walk = (parent: Node, inIns: boolean) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = (child as Text).data;
        if (!value) continue;
        const start = line.text.length;
        line.text += value;
        line.pieces.push({ node: child as Text, start, end: line.text.length });
        addRange(line.whole, start, line.text.length);
        if (inIns) addRange(line.inIns, start, line.text.length);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (isSkipped(el)) continue;
        // A <br> inside a line is a line break the editor typed (wikidiff2's split lines).
        if (el.nodeName === 'BR') {
          if (line.text) line.text = separate(line.text, line.pieces, '\n');
          continue;
        }
        const isIns = el.nodeName === 'INS';
        if (isIns && hasClass(el, 'diffchange-inline')) line.changedWords = true;
        walk(el, inIns || isIns);
      }
    }
  };
  walk(lineEl, false);
  return line;
}

function addRange(ranges: Array<[number, number]>, start: number, end: number): void {
  const last = ranges[ranges.length - 1];
  if (last && last[1] === start) last[1] = end;
  else ranges.push([start, end]);
}

function separate(text: string, pieces: TextPiece[], sep: string): string {
  pieces.push({ node: null, start: text.length, end: text.length + sep.length });
  return text + sep;
}

/**
 * What one element of the diff means for reading: a boundary between groups
 * ('boundary'), a line to read (with the ranges it adds), or nothing ('skip').
 */
type Classified = 'boundary' | 'skip' | { line: ReadLine; added: Array<[number, number]> };

function classifyLine(el: Element): Classified {
  if (isBoundary(el)) return 'boundary';
  if (el.nodeName === 'TD') {
    if (!isAddedTableCell(el)) return 'skip';
    const line = readLine(el);
    // A line with no counterpart is new as a whole; a changed or moved one only adds its `ins`.
    const partial = line.changedWords || rowHasCounterpart(el);
    return { line, added: partial ? line.inIns : line.whole };
  }
  const line = readLine(el);
  return { line, added: hasClass(el, 'mw-diff-inline-added') ? line.whole : line.inIns };
}

/** Reads one group at a time, so a caller can yield between groups (or stop). */
export interface GroupReader {
  /** The next group with added text, or null when the whole diff has been read. */
  next(): LineGroup | null;
}

/**
 * Reads every diff under `root` (a document or any element holding diffs) group
 * by group. One `querySelectorAll` finds every line and boundary in document
 * order; each line's nodes are then walked once. Old mobile diffs with bare
 * `ins` are read only when no other diff markup is there.
 */
export function groupReader(root: ParentNode): GroupReader {
  let elements: ArrayLike<Element> = root.querySelectorAll(TABLE_ADDED + ', ' + INLINE_ADDED + ', ' + BOUNDARY);
  let classify: (el: Element) => Classified = classifyLine;
  let legacy = false;
  let sawLine = false;
  let i = 0;
  let current: LineGroup | null = null;
  let lines = 0;

  /** Ends the current group; returns it when it holds added text. */
  const close = (): LineGroup | null => {
    const done: LineGroup | null = current && current.added.length ? current : null;
    current = null;
    lines = 0;
    return done;
  };

  const append = (line: ReadLine, added: Array<[number, number]>): LineGroup | null => {
    // Long runs of added lines are cut so the scan can yield between groups.
    const full = current && (lines >= MAX_GROUP_LINES || current.text.length >= MAX_GROUP_CHARS) ? close() : null;
    const group: LineGroup = current || (current = { text: '', pieces: [], added: [] });
    if (group.text) group.text = separate(group.text, group.pieces, '\n');
    const offset = group.text.length;
    group.text += line.text;
    for (const p of line.pieces) group.pieces.push({ node: p.node, start: p.start + offset, end: p.end + offset });
    for (const r of added) addRange(group.added, r[0] + offset, r[1] + offset);
    lines++;
    return full;
  };

  return {
    next() {
      for (;;) {
        if (i >= elements.length) {
          if (!legacy && !sawLine) {
            // Very old Special:MobileDiff: each bare `ins` is a whole added fragment of its own.
            legacy = true;
            elements = root.querySelectorAll('#mw-mf-diffarea ins');
            classify = legacyFragment;
            i = 0;
            continue;
          }
          return close();
        }
        const kind = classify(elements[i++]);
        if (kind === 'skip') continue;
        if (kind === 'boundary') {
          const done = close();
          if (done) return done;
          continue;
        }
        sawLine = true;
        if (!kind.line.text) continue;
        const done = append(kind.line, kind.added);
        if (legacy) {
          const fragment = close();
          if (done || fragment) return done || fragment;
          continue;
        }
        if (done) return done;
      }
    },
  };
}

function legacyFragment(el: Element): Classified {
  const line = readLine(el);
  return { line, added: line.whole };
}

/** Reads the whole diff at once: for callers that need all groups now (small diffs, signatures). */
export function readAddedText(root: ParentNode): LineGroup[] {
  const reader = groupReader(root);
  const groups: LineGroup[] = [];
  for (let g = reader.next(); g; g = reader.next()) groups.push(g);
  return groups;
}

/** True when [start, end) shares at least one character with text the edit added. */
export function overlapsAdded(group: LineGroup, start: number, end: number): boolean {
  for (const [a, b] of group.added) {
    if (a < end && start < b) return true;
    if (a >= end) break;
  }
  return false;
}

/** The text node slices that [start, end) of a group's text covers (separators skipped). */
export function sliceNodes(group: LineGroup, start: number, end: number): NodeSlice[] {
  const out: NodeSlice[] = [];
  // Binary search for the first piece ending after `start`: groups can hold thousands of pieces.
  let lo = 0;
  let hi = group.pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (group.pieces[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < group.pieces.length; i++) {
    const p = group.pieces[i];
    if (p.start >= end) break;
    if (!p.node) continue;
    const s = Math.max(start, p.start);
    const e = Math.min(end, p.end);
    if (e > s) out.push({ node: p.node, start: s - p.start, end: e - p.start });
  }
  return out;
}
