/**
 * Run by profile.ts under `node --cpu-prof`: scans the workload given as JSON in argv, long
 * enough (≥ 1.5 s of scanning) that start-up is a small part of the profile.
 */
import { scan } from '../gadgets/pii-flag/detect';
import { loadCorpus } from './corpus';
import type { ProfileWork } from './profile';

const work = JSON.parse(process.argv[2] ?? '{}') as ProfileWork;
const inputs =
  'corpus' in work
    ? (loadCorpus() ?? []).map((f) => ({ text: f.text, contentLanguage: f.contentLanguage, namespace: 0 }))
    : [{ text: work.unit.repeat(Math.ceil(work.bytes / work.unit.length)), contentLanguage: 'en', namespace: 1 }];
const started = performance.now();
do {
  for (const input of inputs) scan(input.text, { namespace: input.namespace, contentLanguage: input.contentLanguage });
} while (performance.now() - started < 1500);
