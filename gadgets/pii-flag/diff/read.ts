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

/**
 * A line whose row also has a deleted counterpart, or that was moved, only adds
 * what its `ins` elements hold; a line with no counterpart is new as a whole.
 */
function isPartialTableLine(cell: Element): boolean {
  if (cell.querySelector('ins.diffchange-inline')) return true;
  const row = cell.parentElement;
  if (!row) return false;
  return !!row.querySelector('td.diff-deletedline, a.mw-diff-movedpara-right');
}

interface LineSource {
  el: Element;
  /** Only text inside `ins` was added. */
  partial: boolean;
}

/** One line of added text, read from its element. */
interface ReadLine {
  text: string;
  pieces: TextPiece[];
  added: Array<[number, number]>;
}

function insideIns(node: Node, stop: Element): boolean {
  for (let p = node.parentNode; p && p !== stop; p = p.parentNode) {
    if (p.nodeName === 'INS') return true;
  }
  return false;
}

/** Skipped inside an added line: deleted words and the moved-paragraph arrows. */
function isSkipped(el: Element): boolean {
  return el.nodeName === 'DEL' || (el.nodeName === 'A' && (hasClass(el, 'mw-diff-movedpara-left') || hasClass(el, 'mw-diff-movedpara-right')));
}

function readLine(source: LineSource): ReadLine {
  const pieces: TextPiece[] = [];
  const added: Array<[number, number]> = [];
  let text = '';
  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = (child as Text).data;
        if (!value) continue;
        const start = text.length;
        text += value;
        pieces.push({ node: child as Text, start, end: text.length });
        if (!source.partial || insideIns(child, source.el)) addRange(added, start, text.length);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (isSkipped(el)) continue;
        // A <br> inside a line is a line break the editor typed (wikidiff2's split lines).
        if (el.nodeName === 'BR') {
          if (text) text = separate(text, pieces, '\n');
          continue;
        }
        walk(el);
      }
    }
  };
  walk(source.el);
  return { text, pieces, added };
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

/** All line sources and group boundaries under `root`, in document order. */
function lineSources(root: ParentNode): Array<LineSource | null> {
  const out: Array<LineSource | null> = [];
  const elements = root.querySelectorAll(TABLE_ADDED + ', ' + INLINE_ADDED + ', ' + BOUNDARY);
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    if (el.matches(BOUNDARY)) {
      out.push(null);
    } else if (el.nodeName === 'TD') {
      if (isAddedTableCell(el)) out.push({ el, partial: isPartialTableLine(el) });
    } else {
      out.push({ el, partial: !hasClass(el, 'mw-diff-inline-added') });
    }
  }
  return out;
}

/** Bare `ins` of old mobile diffs: each is a whole added fragment of its own. */
function legacyMobileSources(root: ParentNode): Array<LineSource | null> {
  const out: Array<LineSource | null> = [];
  const list = root.querySelectorAll('#mw-mf-diffarea ins');
  for (let i = 0; i < list.length; i++) {
    out.push({ el: list[i], partial: false });
    out.push(null);
  }
  return out;
}

/**
 * Reads every diff under `root` (a document or any element holding diffs) into
 * groups of added text. Groups with no added characters are left out.
 */
export function readAddedText(root: ParentNode): LineGroup[] {
  let sources = lineSources(root);
  if (!sources.some((s) => s !== null)) sources = legacyMobileSources(root);
  const groups: LineGroup[] = [];
  let current: LineGroup | null = null;
  let lines = 0;
  const close = () => {
    if (current && current.added.length) groups.push(current);
    current = null;
    lines = 0;
  };
  for (const source of sources) {
    if (!source) {
      close();
      continue;
    }
    const line = readLine(source);
    if (!line.text) continue;
    if (current && (lines >= MAX_GROUP_LINES || current.text.length >= MAX_GROUP_CHARS)) close();
    if (!current) current = { text: '', pieces: [], added: [] };
    const group: LineGroup = current;
    if (group.text) group.text = separate(group.text, group.pieces, '\n');
    const offset = group.text.length;
    group.text += line.text;
    for (const p of line.pieces) group.pieces.push({ node: p.node, start: p.start + offset, end: p.end + offset });
    for (const r of line.added) addRange(group.added, r[0] + offset, r[1] + offset);
    lines++;
  }
  close();
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
