/**
 * Once per e2e run: build, create a fresh local wiki (its own folder and port, so a
 * developer's `npm start` wiki is left alone), deploy with the real deploy code
 * (gadgets on for everyone), add the demo pages, and deploy the harness probe gadget
 * as a second section (which also proves deploy keeps other sections' lines).
 * Env: E2E_WIKI_PORT (default 8088; the next free port if taken), E2E_KEEP_WIKI=1 to leave it running afterwards,
 * E2E_SKIP_BUILD=1 to test the dist/ already there (iterating on tests only).
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildCli, buildGadgets } from '../../../build/build';
import { deploy } from '../../../build/deploy';
import { localWiki, repoRoot } from '../../../build/local-wiki/config';
import { assertSystemPackages, prepareLocalWiki, wikiSh } from '../../../build/local-wiki/local-wiki';
import type { Manifest } from '../../../build/deploy/plan';
import type { E2eContext } from './context';
import { freePort } from './port';

export const PROBE_DIST = join(repoRoot, 'test', 'e2e', 'fixtures', 'probe-gadget');

export default async function setup(project: TestProject): Promise<() => void> {
  const started = Date.now();
  assertSystemPackages();
  if (!process.env.E2E_SKIP_BUILD) {
    await buildGadgets();
    await buildCli();
  }
  const built = Date.now();
  // Its own folder per port: concurrent runs on one machine do not wipe each other's wiki.
  const port = await freePort(Number(process.env.E2E_WIKI_PORT || 8088));
  const wiki = localWiki({ name: `e2e-${port}`, port });
  const distDir = join(repoRoot, '.local-wiki', `dist-${port}`);
  rmSync(distDir, { recursive: true, force: true });
  cpSync(join(repoRoot, 'dist', 'gadgets'), distDir, { recursive: true });
  const quiet = () => {};
  const prepared = await prepareLocalWiki(wiki, { fresh: true, distDir, log: quiet });
  await deploy({ wiki: wiki.apiUrl, username: wiki.bot.name, password: wiki.bot.password, forceDefault: true, distDir: PROBE_DIST, log: quiet });
  const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as Manifest;
  const timings: Record<string, number> = { build: built - started, ...prepared.timings, setupTotal: Date.now() - started };
  console.log(
    `[e2e] ${prepared.deploy.generator} on ${wiki.url}: build ${timings.build} ms, wiki ${timings.wiki} ms, ` +
      `deploy ${timings.deploy} ms, demo ${timings.demo} ms (set-up ${timings.setupTotal} ms)`,
  );
  const context: E2eContext = { wiki, demo: prepared.demo, manifest, distDir, timings };
  project.provide('e2e', context);
  return () => {
    if (!process.env.E2E_KEEP_WIKI) wikiSh(wiki, 'stop', true);
  };
}
