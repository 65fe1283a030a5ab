/**
 * The labelled positives and lookalikes written with the engine (test/fixtures/pii/labelled.jsonl),
 * scored for every tool by the engine's own evaluate() (gadgets/pii-flag/detect/evaluate.ts), the
 * same function the unit test holds our quality bar with. Peers are fed through it as if every
 * finding of theirs were a flag (they have no severity); their unmapped labels are left out, so
 * they neither help recall nor count as a false positive of one of our types.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledExample, Metrics } from '../gadgets/pii-flag/detect/evaluate';
import type { Finding } from '../gadgets/pii-flag/detect/types';
import type { Detector } from './peers';
import type { OurSpan } from './ours';
import { ROOT } from './paths';

export const LABELLED_FILE = join('test', 'fixtures', 'pii', 'labelled.jsonl');

export type LabelledLoad =
  | { source: string; examples: LabelledExample[]; evaluate: (examples: LabelledExample[], scanText: (text: string) => Finding[]) => Metrics }
  | { missing: string };

export async function loadLabelled(): Promise<LabelledLoad> {
  const path = join(ROOT, LABELLED_FILE);
  if (!existsSync(path)) return { missing: `${LABELLED_FILE} does not exist` };
  try {
    const module = await import('../gadgets/pii-flag/detect/evaluate');
    return { source: LABELLED_FILE, examples: module.parseLabelled(readFileSync(path, 'utf8')), evaluate: module.evaluate };
  } catch (error) {
    return { missing: `the engine's evaluate() failed to load: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
}

/** One tool's spans as engine Findings: ours keep their severity, peers' count as flags. */
export function asFindings(text: string, spans: Array<OurSpan | (Omit<OurSpan, 'severity'> & { severity?: undefined })>): Finding[] {
  const out: Finding[] = [];
  for (const s of spans) {
    if (!s.type) continue;
    out.push({ type: s.type, start: s.start, end: s.end, text: text.slice(s.start, s.end), severity: s.severity ?? 'high', reason: s.label });
  }
  return out;
}

/** Runs `detect` over every example first (openredaction is asynchronous), then evaluates. */
export async function evaluateTool(load: Extract<LabelledLoad, { source: string }>, detect: Detector['detect']): Promise<Metrics> {
  const found = new Map<LabelledExample, Finding[]>();
  for (const example of load.examples) {
    const spans = await detect(example.text, { contentLanguage: example.lang, namespace: example.namespace });
    found.set(example, asFindings(example.text, spans));
  }
  // evaluate() calls scanText once per example, in order.
  let i = 0;
  return load.evaluate(load.examples, () => found.get(load.examples[i++]) ?? []);
}
