import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/wiki-safety';

function io(stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t), stdin: async () => stdin } };
}

describe('wiki-safety draft-reply / lint-reply', () => {
  it('draft-reply --json gives exactly {kind, text}, and the draft lints clean through the CLI', async () => {
    const a = io();
    expect(await main(['draft-reply', '--kind', 'acknowledgement', '--recipient', 'Example', '--check-in', '2026-05-12', '--json'], a.io)).toBe(0);
    const parsed = JSON.parse(a.out.join(''));
    expect(Object.keys(parsed)).toEqual(['kind', 'text']);
    expect(parsed.text).toContain('Example');
    expect(parsed.text).toMatch(/May 12, 2026|12 May 2026/);
    const b = io(parsed.text);
    expect(await main(['lint-reply', '-', '--kind', 'acknowledgement', '--json'], b.io)).toBe(0);
    expect(JSON.parse(b.out.join(''))).toEqual({ findings: [] });
  });

  it('German drafts have German dates and lint clean in German', async () => {
    const a = io();
    await main(['draft-reply', '--kind', 'delay', '--check-in', '2026-05-12', '--lang', 'de', '--json'], a.io);
    const { text } = JSON.parse(a.out.join(''));
    expect(text).toContain('12. Mai 2026');
    const b = io(text);
    expect(await main(['lint-reply', '--kind', 'delay', '--lang', 'de', '--json'], b.io)).toBe(0);
  });

  it('lint-reply --json has exactly the documented shape and exits 1 on findings', async () => {
    const a = io('I promise we will sort this out by Tuesday.');
    expect(await main(['lint-reply', '--kind', 'acknowledgement', '--json'], a.io)).toBe(1);
    const { findings } = JSON.parse(a.out.join(''));
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(Object.keys(f)).toEqual(['rule', 'severity', 'start', 'end', 'message']);
    expect(findings[0]).toMatchObject({ rule: 'promise', start: 0, end: 9 });
  });

  it('unknown kind, missing kind and bad dates give one line and exit 2', async () => {
    for (const argv of [
      ['draft-reply', '--kind', 'apology'],
      ['draft-reply'],
      ['draft-reply', '--kind', 'delay', '--check-in', '2026-13-01'],
      ['draft-reply', '--kind', 'delay', '--check-in', 'tomorrow'],
      ['lint-reply', '--kind', 'nope'],
      ['lint-reply', '/no/such/file', '--kind', 'delay'],
    ]) {
      const a = io();
      expect(await main(argv, a.io)).toBe(2);
      expect(a.err).toHaveLength(1);
      expect(a.err[0]).not.toMatch(/\n\s+at /);
    }
  });
});
