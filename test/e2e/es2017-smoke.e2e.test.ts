/**
 * SMOKE RUN OF THE ES2017 BUILD — LABELLED TEST-ONLY CONFIGURATION.
 *
 * MediaWiki 1.41+ wikis get the ES2017 build; the only MediaWiki here is Debian's
 * 1.39, which rejects ES6 syntax. So this file installs a SECOND, separate wiki
 * (.local-wiki/e2e-es2017-<port>, port E2E_ES2017_PORT or 8089, or the next free one) whose LocalSettings.php turns
 * ES5 validation off ($wgResourceLoaderValidateJS = false), deploys the ES2017 build
 * into it with the real deploy code (--variant es2017), checks the gadgets run in
 * Chromium, and removes that wiki. The main e2e wiki keeps validation on throughout.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { deploy } from '../../build/deploy';
import { localWiki, type LocalWiki } from '../../build/local-wiki/config';
import { prepareLocalWiki, wikiSh, type DemoDiffs } from '../../build/local-wiki/local-wiki';
import { e2e, hasGadget } from './harness/context';
import { freePort } from './harness/port';
import { launchBrowser, Session } from './harness/browser';
import { PROBE_DIST } from './harness/global-setup';
import { waitForPiiFlag } from './harness/pii-flag';

let wiki: LocalWiki;
let browser: Browser;
let demo: DemoDiffs;

beforeAll(async () => {
  const port = await freePort(Number(process.env.E2E_ES2017_PORT || 8089), [e2e().wiki.port]);
  wiki = localWiki({ name: `e2e-es2017-${port}`, port, validateJs: false });
  const prepared = await prepareLocalWiki(wiki, { fresh: true, variant: 'es2017', distDir: e2e().distDir, log: () => {} });
  expect(prepared.deploy.variant).toBe('es2017');
  demo = prepared.demo;
  await deploy({ wiki: wiki.apiUrl, username: wiki.bot.name, password: wiki.bot.password, forceDefault: true, variant: 'es2017', distDir: PROBE_DIST, log: () => {} });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (!wiki) return;
  wikiSh(wiki, 'stop', true);
  rmSync(wiki.dir, { recursive: true, force: true });
});

describe('ES2017 build on a 1.39 wiki with validation OFF (test-only)', () => {
  it('runs ES2017 syntax (the probe uses class, let, arrows, template literals)', async () => {
    const session = await Session.open(browser, wiki);
    await session.openDiff(demo.cleanArticle);
    const probe = await session.page.evaluate(() => (window as unknown as { wsgE2eProbe?: { ran: boolean; variant: string } }).wsgE2eProbe);
    expect(probe).toMatchObject({ ran: true, variant: 'es2017' });
    expect(session.problems()).toEqual({ consoleErrors: [], pageErrors: [], dialogs: [], offOrigin: [] });
    await session.close();
  });

  it.skipIf(!hasGadget('pii-flag'))('pii-flag flags the demo diff from the ES2017 build', async () => {
    const session = await Session.open(browser, wiki);
    await session.openDiff(demo.piiTalk);
    const ready = await waitForPiiFlag(session.page);
    expect(ready.state).toBe('done');
    expect(ready.count).toBeGreaterThanOrEqual(2);
    await expect(session.page.locator('#wsg-pii-flag-banner').isVisible()).resolves.toBe(true);
    // The ES2017 build really is what ResourceLoader served (arrow functions survive minification).
    const served = await (await fetch(`${wiki.url}/load.php?modules=ext.gadget.pii-flag-core&only=scripts&debug=1`)).text();
    expect(served).toContain('=>');
    expect(session.problems()).toEqual({ consoleErrors: [], pageErrors: [], dialogs: [], offOrigin: [] });
    await session.close();
  });
});
