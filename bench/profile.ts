/**
 * Where scan() spends its time: the "why" beside a missed speed target. A child Node runs the
 * workload under `--cpu-prof` (started with the process, V8 names every compiled regex there,
 * which an in-process inspector session started later does not) and the profile's self time
 * is summed per function; regexes show up by their source, which names their detector.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** What the child profiles: the corpus, or one worst-case unit repeated to `bytes`. */
export type ProfileWork = { corpus: true } | { unit: string; bytes: number };

/** A readable name for a profile frame: `function file:line`, or `regex /…/` cut short. */
export function frameLabel(frame: ProfileNode['callFrame']): string {
  if (frame.functionName.startsWith('RegExp: ')) {
    const source = frame.functionName.slice('RegExp: '.length);
    return `regex /${source.length > 70 ? source.slice(0, 70) + '…' : source}/`;
  }
  const file = frame.url.split('/').pop() || '';
  return file ? `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}` : frame.functionName || '(anonymous)';
}

/** Frames that are the profiler's or the loader's, not the engine's. */
function isOverhead(frame: ProfileNode['callFrame']): boolean {
  return ['(idle)', '(program)', '(root)'].includes(frame.functionName) || frame.url.startsWith('node:') || frame.url.includes('/node_modules/tsx/');
}

/** Self time per frame label, largest first, as shares of the engine's time. */
export function summarise(profile: CpuProfile, top = 4): Array<[string, number]> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame || isOverhead(frame)) return;
    const label = frameLabel(frame);
    const dt = profile.timeDeltas[i] ?? 0;
    self.set(label, (self.get(label) ?? 0) + dt);
    total += dt;
  });
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([label, t]) => [label, total ? t / total : 0]);
}

/** Profiles `work` in a child process; an empty list when profiling is not possible here. */
export function hotspots(work: ProfileWork, top = 4): Array<[string, number]> {
  const dir = mkdtempSync(join(tmpdir(), 'wsg-bench-profile-'));
  try {
    const result = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--import', 'tsx', join(ROOT, 'bench', 'profile-child.ts'), JSON.stringify(work)], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (result.status !== 0 || !file) return [];
    return summarise(JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile, top);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
