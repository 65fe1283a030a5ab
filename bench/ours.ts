/**
 * Our engine as a bench detector. Loaded lazily so that the bench still runs (and says so)
 * while gadgets/pii-flag/detect is missing or broken.
 */
import type { PiiType } from '../gadgets/common/contracts';
import { PII_TYPES } from '../gadgets/common/contracts';
import type { Detector } from './peers';
import type { Span } from './metrics';

export interface OurSpan extends Span {
  severity: 'high' | 'medium' | 'low';
}

interface Engine {
  scan(text: string, options: { namespace?: number; contentLanguage?: string }): Array<{ type: PiiType; start: number; end: number; severity: 'high' | 'medium' | 'low' }>;
}

export type OursLoad = { ok: true; detector: Detector & { detectAll(text: string, c: { contentLanguage: string; namespace: number }): OurSpan[] } } | { ok: false; reason: string };

/** Our detector. `detect` keeps what the gadget would alarm on (medium and high); `detectAll` keeps low too. */
export async function loadOurs(): Promise<OursLoad> {
  let engine: Engine;
  try {
    engine = (await import('../gadgets/pii-flag/detect')) as unknown as Engine;
    if (typeof engine.scan !== 'function') return { ok: false, reason: 'gadgets/pii-flag/detect does not export scan yet' };
    engine.scan('warm-up: call 202-555-0143', { namespace: 1, contentLanguage: 'en' });
  } catch (error) {
    return { ok: false, reason: `gadgets/pii-flag/detect failed to load: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
  const detectAll = (text: string, c: { contentLanguage: string; namespace: number }): OurSpan[] =>
    engine.scan(text, { namespace: c.namespace, contentLanguage: c.contentLanguage }).map((f) => ({
      type: f.type,
      start: f.start,
      end: f.end,
      label: f.type,
      severity: f.severity,
    }));
  return {
    ok: true,
    detector: {
      id: 'ours',
      label: 'pii-flag scan (this repository)',
      covers: PII_TYPES,
      detect: (text, c) => detectAll(text, c).filter((f) => f.severity !== 'low'),
      detectAll,
    },
  };
}
