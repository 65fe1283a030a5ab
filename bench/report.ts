/**
 * Turns measured numbers into the one report `npm run bench` prints and writes to
 * bench/RESULTS.md. Pure (no timing, no I/O), so the formatting is unit-tested.
 */

/** A number for a table: fixed decimals, thousands separated, "—" for missing values. */
export function num(value: number | undefined | null, decimals = 1): string {
  if (value === undefined || value === null || Number.isNaN(value)) return '—';
  if (!Number.isFinite(value)) return '∞';
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

export function percent(fraction: number | undefined | null, decimals = 1): string {
  return fraction === undefined || fraction === null || Number.isNaN(fraction) ? '—' : `${num(fraction * 100, decimals)}%`;
}

export function bytes(n: number | undefined): string {
  return n === undefined ? '—' : `${n.toLocaleString('en-US')} B`;
}

/** A Markdown table; cells have their pipes escaped so that peer labels cannot break it. */
export function table(headers: string[], rows: Array<Array<string | number>>): string {
  const cell = (c: string | number) => String(c).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `| ${headers.map(cell).join(' | ')} |`,
    `| ${headers.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

export interface Target {
  /** `min`: the value must be at least `limit`; `max`: at most. */
  kind: 'min' | 'max';
  limit: number;
  unit: string;
}

export function meets(value: number, target: Target): boolean {
  return target.kind === 'min' ? value >= target.limit : value <= target.limit;
}

/**
 * "✓ (target ≥ 20 MB/s)" or "✗ (target ≥ 20 MB/s; short by 35%)": the figure's status
 * beside it. The miss is relative to the target, so it says how far there is to go.
 */
export function againstTarget(value: number | undefined | null, target: Target): string {
  const sign = target.kind === 'min' ? '≥' : '≤';
  const label = `target ${sign} ${num(target.limit, target.limit % 1 ? 2 : 0)}${target.unit ? ' ' + target.unit : ''}`;
  if (value === undefined || value === null || Number.isNaN(value)) return `(${label}; not measured)`;
  if (meets(value, target)) return `✓ (${label})`;
  const miss = target.kind === 'min' ? 1 - value / target.limit : value / target.limit - 1;
  const how = target.kind === 'min' ? `short by ${percent(miss, 0)}` : `over by ${percent(miss, 0)}`;
  return `✗ (${label}; ${how})`;
}

/** The targets, in one place so the report and the closing note agree. */
export const TARGETS = {
  corpusMbPerSecond: { kind: 'min', limit: 20, unit: 'MB/s' },
  corpusFindingsPer100Kb: { kind: 'max', limit: 1, unit: 'per 100 KB' },
  recall: { kind: 'min', limit: 0.95, unit: '' },
  loaderGzip: { kind: 'max', limit: 1024, unit: 'B gz' },
  bundleGzip: { kind: 'max', limit: 25 * 1024, unit: 'B gz' },
  browser2MbMs: { kind: 'max', limit: 200, unit: 'ms' },
  browser5KbMs: { kind: 'max', limit: 20, unit: 'ms' },
} satisfies Record<string, Target>;
