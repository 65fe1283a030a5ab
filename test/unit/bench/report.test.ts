import { describe, expect, it } from 'vitest';
import { againstTarget, meets, num, percent, table, TARGETS } from '../../../bench/report';
import { bundleFix, explainMiss, showUnit } from '../../../bench/render';
import { frameLabel, summarise } from '../../../bench/profile';

describe('report formatting', () => {
  it('formats numbers with separators and shows missing values as a dash', () => {
    expect(num(1234.567, 1)).toBe('1,234.6');
    expect(num(NaN)).toBe('—');
    expect(num(undefined)).toBe('—');
    expect(num(Infinity)).toBe('∞');
    expect(percent(0.953, 1)).toBe('95.3%');
  });

  it('puts each figure beside its target and says how far a miss is', () => {
    expect(againstTarget(25, TARGETS.corpusMbPerSecond)).toBe('✓ (target ≥ 20 MB/s)');
    expect(againstTarget(15, TARGETS.corpusMbPerSecond)).toBe('✗ (target ≥ 20 MB/s; short by 25%)');
    expect(againstTarget(1.5, TARGETS.corpusFindingsPer100Kb)).toBe('✗ (target ≤ 1 per 100 KB; over by 50%)');
    expect(againstTarget(0.5, TARGETS.corpusFindingsPer100Kb)).toMatch(/^✓/);
    expect(againstTarget(NaN, TARGETS.recall)).toBe('(target ≥ 0.95; not measured)');
    expect(meets(1024, TARGETS.loaderGzip)).toBe(true);
    expect(meets(1025, TARGETS.loaderGzip)).toBe(false);
  });

  it('builds a Markdown table whose cells cannot break out of their column', () => {
    const md = table(['tool', 'hits'], [['a|b', 3], ['multi\nline', 4]]);
    const lines = md.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('| --- | ---: |');
    expect(lines[2]).toBe('| a\\|b | 3 |');
    expect(lines[3]).toBe('| multi line | 4 |');
  });
});

describe('closing note', () => {
  it('says by how much, why and what would close it, in that order', () => {
    const text = explainMiss({ what: 'Throughput', detail: '6 MB/s against ≥ 20', why: 'regex X 40%', fix: 'prefilter X' });
    expect(text.split('\n')).toEqual(['- **Throughput**: 6 MB/s against ≥ 20', '  Why: regex X 40%', '  What would close it: prefilter X']);
    expect(explainMiss({ what: 'A', detail: 'b' })).toBe('- **A**: b');
  });

  it('names profile frames by function and file, and regexes by a short source', () => {
    expect(frameLabel({ functionName: 'nextAt', url: 'file:///repo/gadgets/pii-flag/detect/email.ts', lineNumber: 71 })).toBe('nextAt email.ts:72');
    const long = 'RegExp: ' + 'a|'.repeat(60);
    expect(frameLabel({ functionName: long, url: '', lineNumber: 0 })).toMatch(/^regex \/(a\|){35}…\/$/);
  });
});

describe('profile summary', () => {
  it('sums self time per function, leaving out idle time and the loader, largest first', () => {
    const frame = (functionName: string, url = '') => ({ functionName, url, lineNumber: 0 });
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(idle)') },
        { id: 2, callFrame: frame('RegExp: \\d+') },
        { id: 3, callFrame: frame('dispatch', 'file:///r/gadgets/pii-flag/detect/scan.ts') },
        { id: 4, callFrame: frame('resolve', 'node:internal/modules/esm/resolve') },
      ],
      samples: [1, 2, 2, 3, 4, 2],
      timeDeltas: [100, 10, 10, 10, 50, 10],
    };
    expect(summarise(profile)).toEqual([
      ['regex /\\d+/', 0.75],
      ['dispatch scan.ts:1', 0.25],
    ]);
  });
});

describe('bundle advice', () => {
  it('follows the largest sources of the bundle', () => {
    const advice = bundleFix('report-helper', [['gadgets/pii-flag/detect', 50000], ['gadgets/report-helper/i18n', 16000], ['preact', 13000]]);
    expect(advice).toMatch(/^gadgets\/pii-flag\/detect: another gadget's code/);
    expect(advice).toContain("gadgets/report-helper/i18n: bundle the messages of the user's language");
    expect(advice).toContain('preact: one shared module');
  });
});

describe('worst-case units in the report', () => {
  it('shows invisible characters as escapes so the input can be rebuilt', () => {
    expect(showUnit('a\u200b@\u200b')).toBe('a\\u200b@\\u200b');
    expect(showUnit('\t\n')).toBe('\\t\\n');
    expect(showUnit('x'.repeat(50), 10)).toBe('xxxxxxxxxx…');
  });
});
