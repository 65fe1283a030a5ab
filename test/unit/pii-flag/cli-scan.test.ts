/**
 * `wiki-safety scan`: in-process through main() with a fake CliIO, and once through the
 * built bin (dist/cli/wiki-safety.mjs, built here with the project's own buildCli).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../../build/build';
import type { CliIO } from '../../../cli/io';
import { main } from '../../../cli/wiki-safety';

function fakeIO(stdin = ''): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), stdin: async () => stdin };
}

const TEXT = 'Call me on (202) 555-0143 or write to jane.roe@gmail.com';
const dir = mkdtempSync(join(tmpdir(), 'wsg-scan-'));
const file = join(dir, 'talk.txt');
writeFileSync(file, TEXT);

describe('wiki-safety scan (in-process)', () => {
  it('prints exactly {"findings":[{type,start,end,text,severity,reason}]} with --json', async () => {
    const io = fakeIO();
    expect(await main(['scan', file, '--namespace', '3', '--lang', 'en', '--json'], io)).toBe(0);
    expect(io.stdout).toHaveLength(1);
    const parsed = JSON.parse(io.stdout[0]);
    expect(Object.keys(parsed)).toEqual(['findings']);
    expect(parsed.findings.map((f: Record<string, unknown>) => Object.keys(f))).toEqual([
      ['type', 'start', 'end', 'text', 'severity', 'reason'],
      ['type', 'start', 'end', 'text', 'severity', 'reason'],
    ]);
    expect(parsed.findings[0]).toMatchObject({ type: 'phone', start: 11, end: 25, text: '(202) 555-0143' });
    expect(parsed.findings[1]).toMatchObject({ type: 'email', text: 'jane.roe@gmail.com' });
    for (const f of parsed.findings) expect(TEXT.slice(f.start, f.end)).toBe(f.text);
  });

  it('reads standard input for "-" and prints one line per finding without --json', async () => {
    const io = fakeIO('Handy 0151 23456789');
    expect(await main(['scan', '-', '--lang', 'de'], io)).toBe(0);
    expect(io.stdout).toEqual(['6-19\thigh\tphone\t"0151 23456789"\tTelefonnummer, gültig für DE, in der Nähe von „handy“']);
  });

  it('gives a one-line error and exit 2 for an unreadable file', async () => {
    const io = fakeIO();
    expect(await main(['scan', join(dir, 'missing.txt')], io)).toBe(2);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(/^wiki-safety scan: cannot read .*missing\.txt \(ENOENT\)$/);
  });

  it('gives a one-line error and exit 2 for an unknown option or a bad namespace', async () => {
    for (const argv of [['scan', '--bogus'], ['scan', '--namespace', 'talk'], ['scan', 'a', 'b']]) {
      const io = fakeIO();
      expect(await main(argv, io)).toBe(2);
      expect(io.stderr).toHaveLength(1);
      expect(io.stderr[0]).not.toMatch(/\n|at .*\.ts:/);
    }
  });
});

describe('wiki-safety scan (built bin)', () => {
  const bin = join(__dirname, '../../../dist/cli/wiki-safety.mjs');
  beforeAll(async () => {
    await buildCli();
  }, 120_000);

  it('runs from dist/ with the same JSON', () => {
    const out = execFileSync('node', [bin, 'scan', file, '--namespace', '3', '--json'], { encoding: 'utf8' });
    const parsed = JSON.parse(out);
    expect(parsed.findings.map((f: { type: string }) => f.type)).toEqual(['phone', 'email']);
  });

  it('exits non-zero with one line on stderr for an unreadable file and an unknown option', () => {
    for (const args of [['scan', join(dir, 'missing.txt')], ['scan', '--bogus']]) {
      const result = spawnSync('node', [bin, ...args], { encoding: 'utf8' });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
