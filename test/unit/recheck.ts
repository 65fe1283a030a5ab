/**
 * One way for every test to ask recheck whether a regex is safe from catastrophic
 * backtracking. recheck proves small patterns with its automaton checker and falls
 * back to a fuzzer for large ones; the fuzzer is random, so its seed is fixed here:
 * a run in CI must give the answer it gave on the developer's machine (an unseeded
 * run once reported a bounded alternation as quadratic under load, then safe again).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync, type Diagnostics } from 'recheck';
import ts from 'typescript';

export const RECHECK_OPTIONS = { timeout: 30_000, randomSeed: 20_261_122 } as const;

/** recheck's verdict; the `g` flag is dropped (it changes nothing about backtracking). */
export function recheck(source: string, flags = ''): Diagnostics {
  return checkSync(source, flags.replace('g', ''), RECHECK_OPTIONS);
}

/** A one-line explanation for a failed expectation. */
export function describeVerdict(d: Diagnostics): string {
  return d.status === 'vulnerable' ? JSON.stringify({ complexity: d.complexity, attack: d.attack?.pattern }) : d.status;
}

/** Every regex literal in a folder's TypeScript source, found with TypeScript's parser. */
export function regexLiterals(dir: string): Array<{ file: string; source: string; flags: string }> {
  const out: Array<{ file: string; source: string; flags: string }> = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...regexLiterals(path));
    else if (/\.tsx?$/.test(name)) {
      const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const text = node.getText(file);
          const end = text.lastIndexOf('/');
          out.push({ file: path, source: text.slice(1, end), flags: text.slice(end + 1) });
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
  }
  return out;
}
