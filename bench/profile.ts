/**
 * Where scan() spends its time, from V8's sampling profiler in this process (node:inspector):
 * the "why" beside a missed speed target. Regexes show up as their source, which names the
 * detector they belong to.
 */
import { Session } from 'node:inspector';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));
}

/** A readable name for a profile frame: `function file:line`, or `RegExp /…/` cut short. */
export function frameLabel(frame: ProfileNode['callFrame']): string {
  if (frame.functionName.startsWith('RegExp: ')) {
    const source = frame.functionName.slice('RegExp: '.length);
    return `regex /${source.length > 70 ? source.slice(0, 70) + '…' : source}/`;
  }
  const file = frame.url.split('/').pop() || '';
  return file ? `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}` : frame.functionName || '(anonymous)';
}

/** Runs `work` under the profiler; returns the top frames by self time as `[label, share]`. */
export async function hotspots(work: () => void, top = 4): Promise<Array<[string, number]>> {
  const session = new Session();
  session.connect();
  try {
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.setSamplingInterval', { interval: 200 });
    await post(session, 'Profiler.start');
    work();
    const { profile } = await post<{ profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } }>(session, 'Profiler.stop');
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    let total = 0;
    profile.samples.forEach((id, i) => {
      const frame = byId.get(id)?.callFrame;
      if (!frame || ['(idle)', '(program)', '(root)'].includes(frame.functionName)) return;
      const label = frameLabel(frame);
      const dt = profile.timeDeltas[i] ?? 0;
      self.set(label, (self.get(label) ?? 0) + dt);
      total += dt;
    });
    return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([label, t]) => [label, total ? t / total : 0]);
  } finally {
    session.disconnect();
  }
}
