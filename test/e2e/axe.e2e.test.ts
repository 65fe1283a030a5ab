/**
 * axe-core on each gadget's open UI in the real skin: no serious or critical
 * violations. Add a case here when a gadget gains a panel or dialog.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { e2e, hasGadget } from './harness/context';
import { axeViolations, launchBrowser, Session } from './harness/browser';
import { requestSuppressionDialog, waitForPiiFlag } from './harness/pii-flag';

const { wiki, demo } = e2e();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('accessibility (axe-core: serious and critical)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it.skipIf(!hasGadget('pii-flag'))(`pii-flag banner (${scheme} colour scheme)`, async () => {
      const session = await Session.open(browser, wiki, { colorScheme: scheme });
      await session.openDiff(demo.piiTalk);
      await waitForPiiFlag(session.page);
      expect(await axeViolations(session.page, '#wsg-pii-flag-banner')).toEqual([]);
      await session.close();
    });
  }

  it.skipIf(!hasGadget('pii-flag') || !hasGadget('report-helper'))('report-helper dialog opened from pii-flag', async () => {
    const session = await Session.open(browser, wiki);
    await session.login();
    await session.openDiff(demo.piiTalk);
    await waitForPiiFlag(session.page);
    await requestSuppressionDialog(session.page);
    expect(await axeViolations(session.page, '[role="dialog"]')).toEqual([]);
    await session.close();
  });

  it('can fail: a control with no accessible name is reported', async () => {
    const session = await Session.open(browser, wiki);
    await session.openPage('Main Page');
    await session.page.evaluate(() => {
      const div = document.createElement('div');
      div.id = 'wsg-axe-control';
      const input = document.createElement('input'); // no label: a critical violation
      div.appendChild(input);
      document.body.appendChild(div);
    });
    const violations = await axeViolations(session.page, '#wsg-axe-control');
    expect(violations.map((v) => v.id)).toContain('label');
    await session.close();
  });
});
