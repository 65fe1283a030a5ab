/**
 * What the global setup hands to every e2e file (vitest provide/inject):
 * the wiki, its demo diffs and what was deployed.
 */
import { inject } from 'vitest';
import type { LocalWiki } from '../../../build/local-wiki/config';
import type { DemoDiffs } from '../../../build/local-wiki/local-wiki';
import type { Manifest } from '../../../build/deploy/plan';

export interface E2eContext {
  wiki: LocalWiki;
  demo: DemoDiffs;
  /** dist/gadgets/manifest.json of the build under test. */
  manifest: Manifest;
  /**
   * This run's copy of dist/gadgets: deploy from here, not from dist/, which other
   * people working in the same checkout may be rebuilding during the run.
   */
  distDir: string;
  timings: Record<string, number>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2eContext;
  }
}

export function e2e(): E2eContext {
  return inject('e2e');
}

/** True when the build under test contains gadget `name` (gadgets land one by one). */
export function hasGadget(name: string): boolean {
  return e2e().manifest.modules.some((m) => m.id === name);
}
