/** Part 5, timing in a real wiki in Chromium: placeholder until wired to the local wiki. */
import type { Target } from './report';

export type BrowserReport =
  | { skipped: string }
  | { method: string; rows: Array<{ label: string; samples: number[]; target?: Target }> };

export async function measureInBrowser(_loads: number, _log: (line: string) => void): Promise<BrowserReport> {
  return { skipped: 'local wiki not available' };
}
