/**
 * Privacy: while the gadgets run, nothing leaves the wiki's origin. Every request
 * of a session goes through interception; anything to another origin is blocked
 * and recorded, and this tour must record none.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { e2e, hasGadget } from './harness/context';
import { launchBrowser, Session } from './harness/browser';
import { waitForPiiFlag } from './harness/pii-flag';

const { wiki, demo } = e2e();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('sends no request outside the wiki across diffs, dialogs and special pages', async () => {
  const session = await Session.open(browser, wiki);
  await session.login();
  for (const diff of [demo.piiTalk, demo.cleanArticle, demo.hostile]) {
    await session.openDiff(diff);
    if (hasGadget('pii-flag')) await waitForPiiFlag(session.page);
  }
  if (hasGadget('pii-flag')) {
    await session.openDiff(demo.piiTalk);
    await waitForPiiFlag(session.page);
    await session.page.click('.wsg-pii-request');
    await session.page.waitForTimeout(1500); // let whatever the click starts make its requests
  }
  await session.openPage(demo.cleanArticle.title);
  await session.openPage('Special:Gadgets');
  await session.openPage(`Special:EmailUser/${wiki.oversight.name}`);
  const own = session.requests.filter((u) => u.startsWith(wiki.url));
  expect(own.some((u) => u.includes('/load.php'))).toBe(true); // interception really saw ResourceLoader traffic
  expect(session.offOrigin).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
  await session.close();
});
