/**
 * The ES5 build against MediaWiki 1.39's own ResourceLoader validator (JSMinPlus,
 * via build/validate-es5.php): what 1.39/1.40 wikis would otherwise silently replace
 * with a logged error while the module still says "ready".
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../build/local-wiki/config';
import { e2e } from './harness/context';

function validate(files: string[]): { ok: boolean; output: string } {
  try {
    return { ok: true, output: execFileSync('php', [join(repoRoot, 'build', 'validate-es5.php'), ...files], { encoding: 'utf8' }) };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout ?? error) };
  }
}

describe("MediaWiki 1.39's validator", () => {
  it('accepts every file of the ES5 build', () => {
    const dir = join(e2e().distDir, 'es5');
    const files = readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => join(dir, f));
    const expected = e2e().manifest.modules.flatMap((m) => m.files).filter((f) => f.endsWith('.js'));
    expect(files.length).toBe(expected.length);
    const result = validate(files);
    expect(result.output).not.toContain('ERR');
    expect(result.ok).toBe(true);
  });

  it('rejects ES2017 syntax (the check can fail)', () => {
    const result = validate([join(repoRoot, 'test', 'e2e', 'fixtures', 'probe-gadget', 'es2017', 'wsg-e2e-probe.js')]);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/^ERR /m);
  });
});
