/**
 * Hostile input is normal: every regex the engine runs must be safe from catastrophic
 * backtracking. recheck analyses each one (status must be "safe").
 */
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { allPatterns } from '../../../gadgets/pii-flag/detect/patterns';

const entries = Object.entries(allPatterns()).flatMap(([group, patterns]) => patterns.map((p, i) => ({ name: `${group} #${i} /${p.source.slice(0, 50)}…/`, p })));

describe('regex safety (recheck)', () => {
  it('collects the patterns of every detector', () => {
    expect(Object.keys(allPatterns())).toEqual(expect.arrayContaining(['mask', 'email', 'phone', 'identity-link']));
    expect(entries.length).toBeGreaterThan(30);
  });
  it.each(entries)('$name is safe', async ({ p }) => {
    const result = await check(p.source, p.flags.replace('g', ''), { timeout: 20000 });
    expect(result.status, JSON.stringify(result.status === 'vulnerable' ? { complexity: result.complexity, attack: result.attack?.pattern } : result)).toBe('safe');
  }, 60000);
});
