/**
 * Highlights findings where they sit in the diff.
 *
 * Where the browser has the CSS Custom Highlight API, the diff's markup is not
 * touched at all: ranges are registered under the highlight name `wsg-pii`
 * (and `wsg-pii-current` for the one the user jumped to). Elsewhere, text nodes
 * are split and the finding's text wrapped in `mark.wsg-pii-mark`; `clear()`
 * unwraps them again, so the diff's text is the same before, during and after.
 */
import type { LocatedFinding } from '../diff/find';
import type { NodeSlice } from '../diff/read';

export const HIGHLIGHT_NAME = 'wsg-pii';
export const CURRENT_HIGHLIGHT_NAME = 'wsg-pii-current';
export const MARK_CLASS = 'wsg-pii-mark';

export interface Highlighter {
  readonly mode: 'custom-highlight' | 'mark';
  /** Shows every finding; with marks, in batches so long diffs stay responsive. */
  show(findings: LocatedFinding[]): Promise<void>;
  /** Scrolls to a finding, marks it as current and moves focus there when it can. */
  focus(finding: LocatedFinding): void;
  /** Removes every highlight and restores the diff's own text nodes. */
  clear(): void;
}

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}

type HighlightConstructor = new () => { add(range: AbstractRange): unknown };

function customHighlightApi(win: Window): { registry: HighlightRegistry; Highlight: HighlightConstructor } | null {
  const w = win as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightConstructor };
  if (w.CSS && w.CSS.highlights && typeof w.Highlight === 'function') return { registry: w.CSS.highlights, Highlight: w.Highlight };
  return null;
}

/**
 * One Highlight holding all ranges, added one by one: spreading tens of thousands
 * of ranges into the constructor would overflow the call stack on a hostile diff.
 */
function highlightOf(api: NonNullable<ReturnType<typeof customHighlightApi>>, ranges: Range[]): unknown {
  const highlight = new api.Highlight();
  for (const range of ranges) highlight.add(range);
  return highlight;
}

function rangeOf(doc: Document, slice: NodeSlice): Range {
  const range = doc.createRange();
  range.setStart(slice.node, slice.start);
  range.setEnd(slice.node, slice.end);
  return range;
}

function scrollToNode(node: Node): void {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (el && typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

/**
 * The ::highlight rules, added to the page with the first highlight (see pii-flag.css for
 * why they are not in the module's stylesheet). Codex tokens with light fallbacks.
 */
export const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}){background-color:var(--background-color-warning-subtle,#fdf2d5);color:var(--color-base,#202122);text-decoration:underline wavy var(--border-color-warning,#ab7f2a)}
::highlight(${CURRENT_HIGHLIGHT_NAME}){background-color:var(--background-color-progressive-subtle,#e8eeff);text-decoration:underline solid var(--border-color-progressive--focus,#36c)}`;
const STYLE_ID = 'wsg-pii-highlight-style';

function ensureHighlightStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = HIGHLIGHT_CSS;
  (doc.head || doc.documentElement).appendChild(style);
}

/**
 * Highlights with the CSS Custom Highlight API: no DOM change at all. Ranges are
 * built in one pass (no layout is read) and registered once, so the page lays out
 * and paints the highlights once.
 */
function customHighlighter(doc: Document, api: NonNullable<ReturnType<typeof customHighlightApi>>): Highlighter {
  let byIndex: Range[][] = [];
  return {
    mode: 'custom-highlight',
    show(findings) {
      byIndex = [];
      const all: Range[] = [];
      for (const f of findings) {
        const ranges = f.slices.map((s) => rangeOf(doc, s));
        byIndex[f.index] = ranges;
        for (const r of ranges) all.push(r);
      }
      if (all.length) ensureHighlightStyle(doc);
      api.registry.set(HIGHLIGHT_NAME, highlightOf(api, all));
      return Promise.resolve();
    },
    focus(finding) {
      const ranges = byIndex[finding.index];
      if (!ranges || !ranges.length) return;
      api.registry.set(CURRENT_HIGHLIGHT_NAME, highlightOf(api, ranges));
      scrollToNode(ranges[0].startContainer);
      // Selecting the text moves a screen reader's reading cursor (and the caret
      // in caret browsing) to the finding, which a highlight alone cannot do.
      const selection = doc.getSelection();
      if (selection) {
        selection.removeAllRanges();
        selection.addRange(ranges[0].cloneRange());
      }
    },
    clear() {
      api.registry.delete(HIGHLIGHT_NAME);
      api.registry.delete(CURRENT_HIGHLIGHT_NAME);
      byIndex = [];
    },
  };
}

/** `<mark>` fallback: wraps only text, in batches, and can be removed without a trace. */
function markHighlighter(doc: Document, batchSize: number, defer: (next: () => void) => void): Highlighter {
  let marks: HTMLElement[] = [];
  let byIndex: HTMLElement[][] = [];
  let generation = 0;

  function wrap(node: Text, start: number, end: number, index: number): HTMLElement {
    // Split right to left so the offsets of earlier slices in this node stay valid.
    if (end < node.data.length) node.splitText(end);
    const middle = start > 0 ? node.splitText(start) : node;
    const mark = doc.createElement('mark');
    mark.className = MARK_CLASS;
    mark.setAttribute('data-wsg-finding', String(index));
    middle.parentNode!.insertBefore(mark, middle);
    mark.appendChild(middle);
    return mark;
  }

  return {
    mode: 'mark',
    show(findings) {
      const mine = ++generation;
      // Slices grouped per text node, last first, so splitting never shifts a pending slice.
      const perNode = new Map<Text, Array<{ start: number; end: number; index: number }>>();
      for (const f of findings) {
        for (const s of f.slices) {
          const list = perNode.get(s.node) || [];
          list.push({ start: s.start, end: s.end, index: f.index });
          perNode.set(s.node, list);
        }
      }
      const work: Array<[Text, Array<{ start: number; end: number; index: number }>]> = [];
      perNode.forEach((list, node) => work.push([node, list.sort((a, b) => b.start - a.start)]));
      let i = 0;
      return new Promise((resolve) => {
        const step = () => {
          if (mine !== generation) return resolve();
          const stop = Math.min(work.length, i + batchSize);
          for (; i < stop; i++) {
            const [node, list] = work[i];
            if (!node.parentNode) continue;
            for (const s of list) {
              const mark = wrap(node, s.start, s.end, s.index);
              marks.push(mark);
              (byIndex[s.index] = byIndex[s.index] || []).push(mark);
            }
          }
          if (i < work.length) defer(step);
          else resolve();
        };
        step();
      });
    },
    focus(finding) {
      const list = byIndex[finding.index];
      if (!list || !list.length) return;
      for (const m of marks) m.classList.remove(MARK_CLASS + '--current');
      for (const m of list) m.classList.add(MARK_CLASS + '--current');
      const first = list[0];
      // tabindex -1: focusable from script (so screen readers land there) but not a Tab stop.
      first.setAttribute('tabindex', '-1');
      scrollToNode(first);
      first.focus({ preventScroll: true });
    },
    clear() {
      generation++;
      const parents = new Set<Node>();
      for (const mark of marks) {
        const parent = mark.parentNode;
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        parent.removeChild(mark);
        parents.add(parent);
      }
      // Joins the split text nodes back into one, as the diff had them.
      parents.forEach((p) => p.normalize());
      marks = [];
      byIndex = [];
    },
  };
}

export interface HighlighterOptions {
  /** Force a mode (tests, or a wiki that prefers marks). Default: custom highlights when available. */
  mode?: 'custom-highlight' | 'mark';
  /** Text nodes wrapped per batch in mark mode (default 300). */
  batchSize?: number;
  defer?: (next: () => void) => void;
}

export function createHighlighter(doc: Document, options: HighlighterOptions = {}): Highlighter {
  const win = doc.defaultView;
  const api = win ? customHighlightApi(win) : null;
  if (api && options.mode !== 'mark') return customHighlighter(doc, api);
  const defer = options.defer ?? ((next: () => void) => void setTimeout(next, 0));
  return markHighlighter(doc, options.batchSize ?? 300, defer);
}
