import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/wiki-safety';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['referral', ...argv], { out: (t) => out.push(t), err: (t) => err.push(t), stdin: async () => '' });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('wiki-safety referral', () => {
  it('--json prints exactly {to, subject, body, mailto}', async () => {
    const r = await cli('--situation', 'threat', '--wiki', 'https://en.wikipedia.org', '--diff', 'https://en.wikipedia.org/w/index.php?diff=18&oldid=17', '--diff', 'https://en.wikipedia.org/wiki/Special:Diff/24/25', '--summary', 'Says he will come to her house & "finish it"\r\nBcc: x@example.org', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['to', 'subject', 'body', 'mailto']);
    expect(json.to).toEqual(['emergency@wikimedia.org']);
    expect(json.subject).toMatch(/^EMERGENCY: /);
    expect(json.body).toContain('https://en.wikipedia.org/w/index.php?diff=18&oldid=17');
    expect(json.body).toContain('https://en.wikipedia.org/w/index.php?diff=25&oldid=24');
    const mailto = new URL(json.mailto);
    expect(decodeURIComponent(mailto.pathname)).toBe('emergency@wikimedia.org');
    expect([...mailto.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(mailto.searchParams.get('body')).toBe(json.body.replace(/\r\n?|\n/g, '\r\n'));
  });

  it('pii on a wiki without known oversighters goes to the stewards', async () => {
    const json = JSON.parse((await cli('--situation', 'pii', '--wiki', 'https://xx.wikipedia.org', '--diff', 'https://xx.wikipedia.org/w/index.php?diff=5', '--json')).out);
    expect(json.to).toEqual(['stewards@wikimedia.org']);
    expect(json.body).toContain('deliberately not copied');
  });

  it('text mode names the EmailUser target when the team is a wiki account', async () => {
    const r = await cli('--situation', 'pii', '--wiki', 'https://en.wikipedia.org', '--diff', 'https://en.wikipedia.org/w/index.php?diff=5');
    expect(r.code).toBe(0);
    expect(r.out).toContain('https://en.wikipedia.org/w/index.php?title=Special:EmailUser/Oversight');
  });

  it.each([
    [['--situation', 'pii', '--wiki', 'https://en.wikipedia.org', '--diff', 'https://de.wikipedia.org/w/index.php?diff=5'], /another wiki/],
    [['--situation', 'pii', '--wiki', 'https://en.wikipedia.org', '--diff', 'https://en.wikipedia.org/wiki/Main_Page'], /not a diff link/],
    [['--situation', 'pii', '--wiki', 'https://en.wikipedia.org', '--diff', 'https://en.wikipedia.org/w/index.php?diff=next&oldid=4'], /not a permanent/],
    [['--situation', 'gossip', '--wiki', 'https://en.wikipedia.org', '--diff', 'https://en.wikipedia.org/w/index.php?diff=5'], /--situation must be one of/],
    [['--situation', 'pii', '--wiki', 'ftp://x', '--diff', 'https://en.wikipedia.org/w/index.php?diff=5'], /not an http/],
    [['--situation', 'pii', '--wiki', 'https://en.wikipedia.org'], /--diff URL is required/],
  ])('%j: one-line error, non-zero exit', async (argv, pattern) => {
    const r = await cli(...(argv as string[]));
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toMatch(pattern);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
