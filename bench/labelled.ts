/**
 * The labelled positives and lookalikes written with the engine (test/fixtures/pii/), turned
 * into LabelledItems (metrics.ts) so every tool is scored on them the same way.
 */
import type { LabelledItem } from './metrics';

export type LabelledLoad = { source: string; items: LabelledItem[] } | { missing: string };

export async function loadLabelled(): Promise<LabelledLoad> {
  return { missing: 'test/fixtures/pii/ has no labelled set yet' };
}
