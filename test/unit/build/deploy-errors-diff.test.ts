import { describe, expect, it } from 'vitest';
import { DeployError, explainError } from '../../../build/deploy/errors';
import { unifiedDiff } from '../../../build/deploy/line-diff';

describe('deploy error messages', () => {
  const wiki = 'https://example.org/w/';
  it('turns missing interface rights into one actionable line', () => {
    for (const code of ['sitejsprotected', 'siterawhtmlprotected', 'protectednamespace-interface']) {
      const message = explainError({ code, info: 'x' }, { wiki, title: 'MediaWiki:Gadget-pii-flag.js' });
      expect(message).toContain('interface-admin');
      expect(message).toContain('MediaWiki:Gadget-pii-flag.js');
      expect(message).toContain('--user');
      expect(message).not.toContain('\n');
    }
  });
  it('explains bad credentials and unreachable wikis', () => {
    expect(explainError({ code: 'mwn_failedlogin', info: 'Incorrect password' }, { wiki, account: 'Pat@deploy' })).toMatch(/login as Pat@deploy failed/);
    expect(explainError({ code: 'WrongPass' }, { wiki })).toMatch(/check --username and --password/);
    expect(explainError(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }), { wiki })).toMatch(/cannot reach the wiki at https:\/\/example\.org\/w\//);
    expect(explainError({ cause: { code: 'ENOTFOUND' } }, { wiki })).toMatch(/cannot reach/);
  });
  it('passes our own errors through and never prints a stack', () => {
    expect(explainError(new DeployError('run npm run build first'), { wiki })).toBe('run npm run build first');
    const odd = explainError(new Error('boom'), { wiki, title: 'X' });
    expect(odd).toBe('deploy failed on X: boom');
  });
});

describe('dry-run diff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('P', 'a\nb', 'a\nb')).toBe('');
  });
  it('shows a new page as all additions', () => {
    expect(unifiedDiff('P', undefined, 'a\nb')).toBe('--- P (new page)\n+++ P (this deploy)\n@@ -0,0 +1,2 @@\n+a\n+b');
  });
  it('shows a changed line with context, in the form `patch` reads', () => {
    const before = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].join('\n');
    const after = ['1', '2', '3', '4', 'five', '6', '7', '8', '9'].join('\n');
    expect(unifiedDiff('P', before, after)).toBe('--- P (on the wiki)\n+++ P (this deploy)\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8');
  });
  it('keeps other gadgets\' lines as context when our definition line changes', () => {
    const before = '== editing ==\n* HotCat|HotCat.js\n== wiki-safety ==\n* pii-flag[ResourceLoader]|pii-flag.js\n';
    const after = '== editing ==\n* HotCat|HotCat.js\n== wiki-safety ==\n* pii-flag[ResourceLoader|default]|pii-flag.js\n';
    const diff = unifiedDiff('MediaWiki:Gadgets-definition', before, after);
    expect(diff).toContain(' * HotCat|HotCat.js');
    expect(diff).toContain('-* pii-flag[ResourceLoader]|pii-flag.js');
    expect(diff).toContain('+* pii-flag[ResourceLoader|default]|pii-flag.js');
  });
  it('splits distant changes into separate hunks and shortens minified lines', () => {
    const a = Array.from({ length: 30 }, (_, i) => `line ${i}`);
    const b = [...a];
    b[2] = 'changed early';
    b[27] = 'x'.repeat(500);
    const diff = unifiedDiff('P', a.join('\n'), b.join('\n'));
    expect(diff.match(/^@@/gm)).toHaveLength(2);
    expect(diff).toContain('… (340 more characters)');
  });
});
