/**
 * Skins and direction: the gadgets run in Vector 2022 (the local wiki's default and
 * Wikimedia's), legacy Vector, MonoBook, Timeless and Minerva (all shipped by Debian's
 * mediawiki package; Minerva here is the desktop-served skin without MobileFrontend,
 * so Special:MobileDiff is not covered). RTL: ?uselang=he flips the interface (html
 * dir=rtl) and our UI with it; the content language stays English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { e2e, hasGadget } from './harness/context';
import { launchBrowser, Session } from './harness/browser';
import { highlights, waitForPiiFlag } from './harness/pii-flag';

const { wiki, demo } = e2e();
const clean = { consoleErrors: [], pageErrors: [], dialogs: [], offOrigin: [] };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('skins', () => {
  for (const skin of ['vector-2022', 'vector', 'monobook', 'timeless', 'minerva']) {
    it(`gadgets run on a diff in ${skin}`, async () => {
      const session = await Session.open(browser, wiki);
      await session.openDiff(demo.piiTalk, { useskin: skin });
      expect(await session.page.evaluate(() => mw.config.get('skin'))).toBe(skin);
      const probe = await session.page.evaluate(() => (window as unknown as { wsgE2eProbe?: { ran: boolean } }).wsgE2eProbe);
      expect(probe?.ran).toBe(true);
      if (hasGadget('pii-flag')) {
        const ready = await waitForPiiFlag(session.page);
        expect(ready.state).toBe('done');
        expect(ready.count).toBeGreaterThanOrEqual(2);
        await expect(session.page.locator('#wsg-pii-flag-banner').isVisible()).resolves.toBe(true);
        expect((await highlights(session.page)).length).toBeGreaterThanOrEqual(2);
      }
      expect(session.problems()).toEqual(clean);
      await session.close();
    });
  }
});

describe('right-to-left interface (uselang=he)', () => {
  it.skipIf(!hasGadget('pii-flag'))('lays the banner out right to left', async () => {
    const session = await Session.open(browser, wiki, { locale: 'he-IL' });
    await session.openDiff(demo.piiTalk, { uselang: 'he' });
    expect(await session.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await waitForPiiFlag(session.page);
    const layout = await session.page.evaluate(() => {
      const banner = document.getElementById('wsg-pii-flag-banner')!;
      const title = banner.querySelector('.wsg-pii-title') ?? banner;
      const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
      let text = walker.nextNode();
      while (text && !(text.textContent ?? '').trim()) text = walker.nextNode();
      const range = document.createRange();
      const start = (text!.textContent ?? '').search(/\S/);
      range.setStart(text!, start);
      range.setEnd(text!, start + 1);
      const first = range.getBoundingClientRect();
      const b = banner.getBoundingClientRect();
      return { direction: getComputedStyle(banner).direction, firstCharX: first.left, middle: b.left + b.width / 2 };
    });
    expect(layout.direction).toBe('rtl');
    // The title's first character sits at the inline start, which in RTL is the right half.
    expect(layout.firstCharX).toBeGreaterThan(layout.middle);
    expect(session.problems()).toEqual(clean);
    await session.close();
  });
});
