/**
 * Hostile input is normal: every regex the engine runs must be safe from catastrophic
 * backtracking. recheck analyses each one (status must be "safe").
 */
import { describeVerdict, recheck } from '../recheck';
import { describe, expect, it } from 'vitest';
import { allPatterns } from '../../../gadgets/pii-flag/detect/patterns';

const entries = Object.entries(allPatterns()).flatMap(([group, patterns]) => patterns.map((p, i) => ({ name: `${group} #${i} /${p.source.slice(0, 50)}…/`, p })));

describe('regex safety (recheck)', () => {
  it('collects the patterns of every detector', () => {
    expect(Object.keys(allPatterns())).toEqual(expect.arrayContaining(['mask', 'email', 'phone', 'identity-link']));
    expect(entries.length).toBeGreaterThan(30);
  });
  it.each(entries)('$name is safe', ({ p }) => {
    const result = recheck(p.source, p.flags);
    expect(result.status, describeVerdict(result)).toBe('safe');
  }, 60000);
});
