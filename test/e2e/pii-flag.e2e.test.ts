/**
 * pii-flag in a real MediaWiki 1.39 (ES5 build through ResourceLoader) in Chromium:
 * the demo talk-page edit adds an outing statement and a phone number.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { e2e, hasGadget } from './harness/context';
import { launchBrowser, Session } from './harness/browser';
import { highlights, requestSuppressionDialog, waitForPiiFlag } from './harness/pii-flag';

const { wiki, demo } = e2e();
const clean = { consoleErrors: [], pageErrors: [], dialogs: [], offOrigin: [] };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!hasGadget('pii-flag'))('pii-flag on the local wiki', () => {
  it('flags the added phone number and outing statement with a banner and highlights on the added side', async () => {
    const session = await Session.open(browser, wiki);
    await session.openDiff(demo.piiTalk);
    const ready = await waitForPiiFlag(session.page);
    expect(ready.state).toBe('done');
    expect(ready.count).toBeGreaterThanOrEqual(2);
    const banner = session.page.locator('#wsg-pii-flag-banner');
    await expect(banner.isVisible()).resolves.toBe(true);
    expect(Number(await banner.getAttribute('data-count'))).toBe(ready.count);
    await expect(session.page.locator('.wsg-pii-count[data-type="phone"]').count()).resolves.toBe(1);
    const marked = await highlights(session.page);
    expect(marked.length).toBeGreaterThanOrEqual(2);
    expect(marked.every((h) => h.inAddedLine)).toBe(true);
    expect(marked.some((h) => h.text.replace(/\D/g, '').includes('4155550134'))).toBe(true);
    // The banner sits before the diff table, not inside it.
    await expect(session.page.locator('table.diff #wsg-pii-flag-banner').count()).resolves.toBe(0);
    expect(session.problems()).toEqual(clean);
    await session.close();
  });

  it('shows no banner on a clean article edit', async () => {
    const session = await Session.open(browser, wiki);
    await session.openDiff(demo.cleanArticle);
    const ready = await waitForPiiFlag(session.page);
    expect(ready).toEqual({ state: 'done', count: 0 });
    await expect(session.page.locator('#wsg-pii-flag-banner').count()).resolves.toBe(0);
    expect(await highlights(session.page)).toEqual([]);
    expect(session.problems()).toEqual(clean);
    await session.close();
  });

  it('runs only the tiny loader on an article view', async () => {
    const session = await Session.open(browser, wiki);
    await session.openPage(demo.piiTalk.title);
    expect(await session.moduleState('ext.gadget.pii-flag')).toBe('ready');
    expect(await session.moduleState('ext.gadget.pii-flag-core')).toBe('registered');
    await expect(session.page.evaluate(() => document.documentElement.dataset.wsgPiiFlag)).resolves.toBeUndefined();
    expect(session.problems()).toEqual(clean);
    await session.close();
  });

  it.skipIf(!hasGadget('report-helper'))('"Request suppression privately" hands the diff (not the text) to report-helper', async () => {
    const session = await Session.open(browser, wiki);
    await session.login();
    await session.openDiff(demo.piiTalk);
    await waitForPiiFlag(session.page);
    const dialog = await requestSuppressionDialog(session.page);
    const hrefs = await dialog.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    const text = (await dialog.textContent()) ?? '';
    expect(hrefs.some((h) => h.includes(`diff=${demo.piiTalk.diff}`)) || text.includes(String(demo.piiTalk.diff))).toBe(true);
    expect(text).not.toContain('555 0134');
    expect(session.problems()).toEqual(clean);
    await session.close();
  });
});
