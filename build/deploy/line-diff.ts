/**
 * A small unified line diff for `npm run deploy -- --dry-run`: shows what a
 * deploy would change on each page. Longest common subsequence over lines,
 * hunks with context; long lines (minified bundles) are shortened for reading.
 */

const MAX_CELLS = 4_000_000; // lines(old) × lines(new) beyond which we print a whole replacement
const MAX_SHOWN = 160; // characters of a line shown before "…"

type Op = { kind: ' ' | '-' | '+'; line: string; oldNo: number; newNo: number };

function shorten(line: string): string {
  return line.length <= MAX_SHOWN ? line : `${line.slice(0, MAX_SHOWN)}… (${line.length - MAX_SHOWN} more characters)`;
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  return text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
}

/** Edit script between two line arrays (LCS table, then a forward walk). */
function operations(a: string[], b: string[]): Op[] {
  const ops: Op[] = [];
  if (a.length * b.length > MAX_CELLS) {
    a.forEach((line, i) => ops.push({ kind: '-', line, oldNo: i + 1, newNo: 0 }));
    b.forEach((line, j) => ops.push({ kind: '+', line, oldNo: 0, newNo: j + 1 }));
    return ops;
  }
  // lcs[i][j] = length of the LCS of a[i..] and b[j..]
  const lcs: Uint32Array[] = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i], oldNo: ++i, newNo: ++j });
    } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
      ops.push({ kind: '-', line: a[i], oldNo: ++i, newNo: j }); // deletions first, as patch prints them
    } else {
      ops.push({ kind: '+', line: b[j], oldNo: i, newNo: ++j });
    }
  }
  return ops;
}

/**
 * `--- title (on the wiki)` / `+++ title (this deploy)` and `@@` hunks; '' when
 * the texts are equal. `oldText` undefined means the page does not exist yet.
 */
export function unifiedDiff(title: string, oldText: string | undefined, newText: string, context = 3): string {
  if (oldText === newText) return '';
  const a = splitLines(oldText ?? '');
  const b = splitLines(newText);
  const ops = operations(a, b);
  const changed = ops.map((op, index) => (op.kind === ' ' ? -1 : index)).filter((index) => index >= 0);
  if (!changed.length) return '';
  const out = [`--- ${title} (${oldText === undefined ? 'new page' : 'on the wiki'})`, `+++ ${title} (this deploy)`];
  let start = 0;
  while (start < changed.length) {
    // Grow a hunk while the next change is within 2×context lines of the last one.
    let end = start;
    while (end + 1 < changed.length && changed[end + 1] - changed[end] <= 2 * context) end++;
    const from = Math.max(0, changed[start] - context);
    const to = Math.min(ops.length - 1, changed[end] + context);
    const slice = ops.slice(from, to + 1);
    const oldCount = slice.filter((op) => op.kind !== '+').length;
    const newCount = slice.filter((op) => op.kind !== '-').length;
    const oldStart = oldCount ? slice.find((op) => op.kind !== '+')!.oldNo : slice[0].oldNo;
    const newStart = newCount ? slice.find((op) => op.kind !== '-')!.newNo : slice[0].newNo;
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`);
    for (const op of slice) out.push(op.kind + shorten(op.line));
    start = end + 1;
  }
  return out.join('\n');
}
