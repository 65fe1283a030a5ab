/**
 * The harness itself, with the probe gadget (test/e2e/fixtures/probe-gadget): deploy
 * really installs gadgets that ResourceLoader serves and Chromium runs, keeps other
 * sections of the definition, and every gadget of the build is listed in Special:Gadgets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { Mwn } from 'mwn';
import { deploy } from '../../build/deploy';
import { e2e } from './harness/context';
import { launchBrowser, Session } from './harness/browser';
import { PROBE_DIST } from './harness/global-setup';

const { wiki, demo, manifest, distDir } = e2e();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('harness', () => {
  it('deploys gadgets that ResourceLoader serves and Chromium runs on a diff', async () => {
    const session = await Session.open(browser, wiki);
    await session.openDiff(demo.cleanArticle);
    const probe = await session.page.evaluate(() => (window as unknown as { wsgE2eProbe?: { ran: boolean; variant: string; diff: number } }).wsgE2eProbe);
    expect(probe).toMatchObject({ ran: true, variant: 'es5', diff: demo.cleanArticle.diff });
    await expect(session.page.locator('#wsg-e2e-probe').textContent()).resolves.toContain('Riverside_Community_Garden');
    expect(session.problems()).toEqual({ consoleErrors: [], pageErrors: [], dialogs: [], offOrigin: [] });
    await session.close();
  });

  it('keeps both sections in MediaWiki:Gadgets-definition and lists every built gadget in Special:Gadgets', async () => {
    const response = await fetch(`${wiki.url}/index.php?title=MediaWiki:Gadgets-definition&action=raw`);
    const definition = await response.text();
    expect(definition).toContain('== wiki-safety ==');
    expect(definition).toContain('== wiki-safety-e2e ==');
    const session = await Session.open(browser, wiki);
    await session.openPage('Special:Gadgets');
    const listed = await session.page.locator('#mw-content-text').textContent();
    for (const m of manifest.modules) expect(listed, m.id).toContain(m.id);
    expect(listed).toContain('wsg-e2e-probe');
    await session.close();
  });

  it('deploys idempotently, names version and commit in the summary, and refuses accounts without interface rights', async () => {
    const again = await deploy({ wiki: wiki.url, dryRun: true, forceDefault: true, distDir, log: () => {} });
    expect(again.diffs).toEqual([]);
    expect(again.unchanged.length).toBeGreaterThan(manifest.modules.length);
    const url = new URL(wiki.apiUrl);
    url.search = new URLSearchParams({ action: 'query', prop: 'revisions', titles: 'MediaWiki:Gadgets-definition', rvprop: 'comment', format: 'json', formatversion: '2' }).toString();
    const data = (await (await fetch(url)).json()) as { query: { pages: { revisions: { comment: string }[] }[] } };
    expect(data.query.pages[0].revisions[0].comment).toMatch(/^wiki-safety-gadgets \d+\.\d+\.\d+ \([0-9a-f]{7,}(-dirty)?\): deploy /);
    await expect(deploy({ wiki: wiki.url, username: wiki.oversight.name, password: wiki.oversight.password, distDir, log: () => {} })).rejects.toThrow(
      /lacks editinterface, editsitejs, editsitecss.*interface-admin/,
    );
  });

  it('reports a login failure and a console error through the session', async () => {
    const session = await Session.open(browser, wiki);
    await expect(session.login({ name: wiki.admin.name, password: 'wrong password' })).rejects.toThrow(/login as Admin failed/);
    await session.openPage('Main Page');
    await session.page.evaluate(() => console.error('deliberate'));
    expect(session.consoleErrors.some((e) => e.startsWith('deliberate'))).toBe(true);
    await session.page.evaluate(() => fetch('https://example.com/track').catch(() => undefined));
    expect(session.offOrigin).toContain('https://example.com/track');
    await session.close();
  });

  it('installs as personal scripts with --user: common.js loads the loader from the user pages', async () => {
    await deploy({ wiki: wiki.url, username: wiki.oversight.name, password: wiki.oversight.password, user: true, distDir: PROBE_DIST, log: () => {} });
    const bot = new Mwn({ apiUrl: wiki.apiUrl, silent: true });
    const page = await bot.read(`User:${wiki.oversight.name}/common.js`);
    expect(page.revisions?.[0]?.content).toContain(`window.wikiSafetyUserScripts = "User:${wiki.oversight.name}/wiki-safety/";`);
    const session = await Session.open(browser, wiki);
    await session.login(wiki.oversight);
    await session.openDiff(demo.piiTalk);
    await session.page.waitForFunction(() => Boolean((window as unknown as { wikiSafetyUserScripts?: string }).wikiSafetyUserScripts));
    await expect.poll(() => session.requests.some((u) => decodeURIComponent(u).includes(`User:${wiki.oversight.name}/wiki-safety/wsg-e2e-probe.js`))).toBe(true);
    expect(session.problems()).toEqual({ consoleErrors: [], pageErrors: [], dialogs: [], offOrigin: [] });
    await session.close();
  });
});
