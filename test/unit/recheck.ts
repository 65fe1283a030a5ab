/**
 * One way for every test to ask recheck whether a regex is safe from catastrophic
 * backtracking. recheck proves small patterns with its automaton checker and falls
 * back to a fuzzer for large ones; the fuzzer is random, so its seed is fixed here:
 * a run in CI must give the answer it gave on the developer's machine (an unseeded
 * run once reported a bounded alternation as quadratic under load, then safe again).
 */
import { checkSync, type Diagnostics } from 'recheck';

export const RECHECK_OPTIONS = { timeout: 30_000, randomSeed: 20_261_122 } as const;

/** recheck's verdict; the `g` flag is dropped (it changes nothing about backtracking). */
export function recheck(source: string, flags = ''): Diagnostics {
  return checkSync(source, flags.replace('g', ''), RECHECK_OPTIONS);
}

/** A one-line explanation for a failed expectation. */
export function describeVerdict(d: Diagnostics): string {
  return d.status === 'vulnerable' ? JSON.stringify({ complexity: d.complexity, attack: d.attack?.pattern }) : d.status;
}
