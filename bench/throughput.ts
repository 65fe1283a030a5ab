/**
 * Throughput: every tool on the same inputs, interleaved in one process. Each round is a fresh
 * tinybench run with one timed pass per (tool, workload) task, in a shuffled order, so a noisy
 * neighbour slows all tools of a round alike; ratios are then paired by round (metrics.ts).
 */
import { Bench } from 'tinybench';
import type { Detector, ScanContext } from './peers';
import { seededRandom } from './synthetic';

export interface Piece {
  text: string;
  context: ScanContext;
}

export interface Workload {
  id: string;
  label: string;
  bytes: number;
  pieces: Piece[];
  /** Only these tools run it (e.g. whole-page inputs that quadratic peers cannot take); default all. */
  only?: string[];
}

export interface Timing {
  tool: string;
  workload: string;
  /** One duration per round, in ms. */
  ms: number[];
}

function shuffle<T>(list: T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export async function measureThroughput(
  detectors: Detector[],
  workloads: Workload[],
  rounds: number,
  onRound: (round: number) => void = () => {},
): Promise<Timing[]> {
  const timings = new Map<string, Timing>();
  const random = seededRandom(7);
  const pairs = detectors.flatMap((d) => workloads.filter((w) => !w.only || w.only.includes(d.id)).map((w) => ({ d, w })));
  for (const { d, w } of pairs) timings.set(`${d.id}|${w.id}`, { tool: d.id, workload: w.id, ms: [] });
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ iterations: 1, time: 0, warmup: false, throws: true });
    for (const { d, w } of shuffle(pairs, random)) {
      bench.add(`${d.id}|${w.id}`, async () => {
        for (const p of w.pieces) {
          // Only openredaction is asynchronous; the others are not made to pay for an await.
          const found = d.detect(p.text, p.context);
          if (found instanceof Promise) await found;
        }
      });
    }
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result as { latency?: { mean: number } };
      const timing = timings.get(task.name);
      if (timing && result.latency) timing.ms.push(result.latency.mean);
    }
    onRound(round + 1);
  }
  return [...timings.values()];
}
