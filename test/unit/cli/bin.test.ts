import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../../build/build';

// npm installs the "bin" as a link named `wiki-safety` (no extension); the program must run
// under that name too, not only as dist/cli/wiki-safety.mjs (it once printed nothing via npx).
describe('the wiki-safety bin', () => {
  const built = resolve(process.cwd(), 'dist/cli/wiki-safety.mjs');
  beforeAll(async () => {
    await buildCli();
  }, 60_000);

  it('runs when started through a link named like the npm bin', () => {
    const link = join(mkdtempSync(join(tmpdir(), 'wsg-bin-')), 'wiki-safety');
    symlinkSync(built, link);
    const result = spawnSync(process.execPath, [link, 'draft-reply', '--kind', 'acknowledgement', '--json'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ kind: 'acknowledgement' });
  });

  it('unknown command: one line on stderr, exit 2', () => {
    const result = spawnSync(process.execPath, [built, 'frobnicate'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
