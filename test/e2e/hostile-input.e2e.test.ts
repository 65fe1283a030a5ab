/**
 * Hostile input where attackers write it: the demo edit's page title, summary and
 * added text carry the Big List of Naughty Strings' script-injection strings and
 * classic canaries (`<img onerror>`, `javascript:`). No script may run (the canary
 * `window.__pwned` stays undefined, no alert/confirm/prompt), and the page keeps its layout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { e2e, hasGadget } from './harness/context';
import { launchBrowser, Session } from './harness/browser';
import { requestSuppressionDialog, waitForPiiFlag } from './harness/pii-flag';

const { wiki, demo } = e2e();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Nothing ran and nothing was injected as markup. */
async function expectNoInjection(session: Session): Promise<void> {
  const page: Page = session.page;
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(session.dialogs).toEqual([]);
  expect(session.pageErrors).toEqual([]);
  // The payloads' elements would exist if any text had been parsed as HTML.
  // (MediaWiki's own "Printable version" link is the one javascript: URL it ships.)
  const injected = await page.evaluate(() =>
    Array.from(document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onfocus], [onmouseover], a[href^="javascript:" i]'))
      .filter((el) => el.getAttribute('href') !== 'javascript:print();')
      .map((el) => el.outerHTML.slice(0, 200)),
  );
  expect(injected).toEqual([]);
}

/** Horizontal overflow of the page: long unbroken payloads widen MediaWiki's own rendering too. */
function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * The layout is intact: the content area is in place, our banner stays inside it
 * without overflowing, and the page overflows no more than the same page with
 * gadgets off (?safemode=1; hostile lines already widen MediaWiki's rendering).
 */
async function expectLayout(page: Page, baselineOverflow: number): Promise<void> {
  const content = await page.locator('#mw-content-text').boundingBox();
  expect(content).not.toBeNull();
  expect(content!.x).toBeGreaterThanOrEqual(0);
  expect(content!.width).toBeGreaterThan(300);
  const banner = await page.evaluate(() => {
    const el = document.getElementById('wsg-pii-flag-banner');
    const box = el?.getBoundingClientRect();
    return el && box ? { left: box.left, right: box.right, overflowing: el.scrollWidth - el.clientWidth } : null;
  });
  if (banner) {
    expect(banner.left).toBeGreaterThanOrEqual(content!.x - 1);
    expect(banner.right).toBeLessThanOrEqual(content!.x + content!.width + 1);
    expect(banner.overflowing).toBeLessThanOrEqual(1);
  }
  expect(await overflow(page)).toBeLessThanOrEqual(baselineOverflow + 2);
}

describe('hostile input in title, summary and added text', () => {
  for (const who of ['anonymous', 'logged in'] as const) {
    it(`runs no script on the diff (${who})`, async () => {
      const session = await Session.open(browser, wiki);
      if (who === 'logged in') await session.login();
      await session.openDiff(demo.hostile, { safemode: '1' });
      const baseline = await overflow(session.page);
      await session.openDiff(demo.hostile);
      if (hasGadget('pii-flag')) {
        const ready = await waitForPiiFlag(session.page);
        expect(ready.state).toBe('done');
        expect(ready.count).toBeGreaterThanOrEqual(1); // the phone number and email in the hostile text
        // Show and use the banner: finding texts are rendered as text, jump buttons work.
        const jumps = session.page.locator('.wsg-pii-jump');
        if ((await jumps.count()) > 0) await jumps.first().click();
        const shown = await session.page.locator('#wsg-pii-flag-banner').textContent();
        expect(shown).not.toContain('<img');
      }
      await expectNoInjection(session);
      await expectLayout(session.page, baseline);
      expect(session.consoleErrors).toEqual([]);
      expect(session.offOrigin).toEqual([]);
      await session.close();
    });
  }

  it.skipIf(!hasGadget('pii-flag') || !hasGadget('report-helper'))('runs no script when the hostile diff goes to report-helper', async () => {
    const session = await Session.open(browser, wiki);
    await session.login();
    await session.openDiff(demo.hostile);
    await waitForPiiFlag(session.page);
    await requestSuppressionDialog(session.page);
    await expectNoInjection(session);
    expect(session.consoleErrors).toEqual([]);
    expect(session.offOrigin).toEqual([]);
    await session.close();
  });

  it('runs no script on the page view, history and recent changes (where titles and summaries show)', async () => {
    const session = await Session.open(browser, wiki);
    await session.openPage(demo.hostile.title);
    await expectNoInjection(session);
    await session.openPage(demo.hostile.title, { action: 'history' });
    await expectNoInjection(session);
    await session.openPage('Special:RecentChanges', { days: '30', limit: '50', enhanced: '0' });
    await expectNoInjection(session);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('can fail: the canary check sees a script that does run', async () => {
    const session = await Session.open(browser, wiki);
    await session.openPage('Main Page');
    await session.page.evaluate(() => {
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__pwned=1');
      img.src = 'x';
      document.body.appendChild(img);
    });
    await session.page.waitForFunction(() => (window as unknown as { __pwned?: unknown }).__pwned === 1);
    await expect(expectNoInjection(session)).rejects.toThrow();
    await session.close();
  });
});
