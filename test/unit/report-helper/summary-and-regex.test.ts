import { recheck, regexLiterals } from '../recheck';
import { describe, expect, it } from 'vitest';
import { scan } from '../../../gadgets/common/pii-scan';
import { checkSummary } from '../../../gadgets/report-helper/referral/summary-check';

describe('summary check with pii-flag engine', () => {
  const scanner = (text: string) => scan(text, { contentLanguage: 'en' });

  it('warns when the reporter pastes the email address or phone number into the summary', () => {
    const check = checkSummary('He posted her email jane.doe.1987@gmail.com and number +44 7700 900123 on the talk page.', scanner);
    expect(check.types).toContain('email');
    expect(check.ranges.length).toBeGreaterThan(0);
  });

  it('stays quiet on a summary that links instead of copying', () => {
    expect(checkSummary('An IP posted an editor home address; see the diff links below.', scanner).types).toEqual([]);
  });

  it('a failing or missing detector never blocks the report', () => {
    expect(checkSummary('x', () => { throw new Error('boom'); })).toEqual({ types: [], ranges: [] });
    expect(checkSummary('x', undefined)).toEqual({ types: [], ranges: [] });
  });
});

describe('regex safety', () => {
  const found = [...regexLiterals('gadgets/report-helper'), ...regexLiterals('cli/commands').filter((r) => r.file.endsWith('referral.ts'))];
  it('found the regexes', () => expect(found.length).toBeGreaterThan(10));
  it.each(found.map((r) => [`${r.file}: /${r.source}/${r.flags}`, r]))('%s is safe from catastrophic backtracking and ES5-compatible', (_n, r) => {
    expect(recheck(r.source, r.flags).status).toBe('safe');
    expect(r.flags).toMatch(/^[gim]*$/);
  });
});
