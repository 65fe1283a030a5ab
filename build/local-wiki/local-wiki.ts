/**
 * Bringing a local wiki to the state the demo and the e2e tests expect: serving,
 * gadgets deployed by the real deploy code (on by default for everyone), demo
 * pages present. Shared by `npm start` (cli.ts) and the e2e harness.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Mwn } from 'mwn';
import { deploy, type DeployResult } from '../deploy';
import type { Variant } from '../deploy/plan';
import { repoRoot, wikiShellEnv, type LocalWiki } from './config';
import { ensureDemoConfig, ensureDemoContent, type DemoDiff, DEMO_PAGES } from './demo';

export type DemoDiffs = Record<keyof typeof DEMO_PAGES, DemoDiff>;

export function wikiSh(wiki: LocalWiki, command: 'create' | 'start' | 'stop' | 'status', quiet = false): boolean {
  try {
    const out = execFileSync('bash', [join(repoRoot, 'build', 'local-wiki', 'wiki.sh'), command], {
      env: { ...process.env, ...wikiShellEnv(wiki) },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (!quiet && out.trim()) console.log(out.trim());
    return true;
  } catch (error) {
    if (command === 'status') return false;
    const e = error as { stderr?: string; stdout?: string };
    throw new Error(`wiki.sh ${command} failed: ${(e.stderr || e.stdout || String(error)).trim()}`);
  }
}

/** A clear message instead of a failing php/chromium call when Debian's packages are missing. */
export function assertSystemPackages(): void {
  const missing = [
    ['/usr/share/mediawiki/maintenance/install.php', 'mediawiki'],
    ['/usr/bin/php', 'php-cli'],
    ['/usr/bin/chromium', 'chromium'],
  ].filter(([path]) => !existsSync(path));
  if (missing.length) {
    throw new Error(
      `missing Debian packages (${missing.map(([, p]) => p).join(', ')}): run \`sudo bash build/install-system-packages.sh\``,
    );
  }
}

export interface PreparedWiki {
  deploy: DeployResult;
  demo: DemoDiffs;
  timings: Record<string, number>;
}

export async function prepareLocalWiki(
  wiki: LocalWiki,
  options: { fresh?: boolean; variant?: Variant; distDir?: string; log?: (line: string) => void } = {},
): Promise<PreparedWiki> {
  const log = options.log ?? ((line: string) => console.log(line));
  const timings: Record<string, number> = {};
  let t = Date.now();
  if (options.fresh) wikiSh(wiki, 'create', true);
  wikiSh(wiki, 'start', true);
  timings.wiki = Date.now() - t;

  t = Date.now();
  const deployed = await deploy({
    wiki: wiki.apiUrl,
    username: wiki.bot.name,
    password: wiki.bot.password,
    forceDefault: true,
    variant: options.variant,
    distDir: options.distDir,
    log,
  });
  timings.deploy = Date.now() - t;

  t = Date.now();
  const bot = await Mwn.init({ apiUrl: wiki.apiUrl, username: wiki.bot.name, password: wiki.bot.password, userAgent: 'wiki-safety-gadgets local wiki', silent: true, suppressAPIWarnings: true });
  await ensureDemoConfig(bot, wiki.oversight);
  const demo = await ensureDemoContent(bot);
  timings.demo = Date.now() - t;
  return { deploy: deployed, demo, timings };
}
