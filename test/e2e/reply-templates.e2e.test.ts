/**
 * reply-templates in a real MediaWiki 1.39 (ES5 build through ResourceLoader) in
 * Chromium: draft an acknowledgement, edit it to add "I promise", see the
 * finding; reload, the draft is restored; axe-core on the open dialog; the
 * prefilled Special:EmailUser form really holds the draft.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { e2e, hasGadget } from './harness/context';
import { axeViolations, launchBrowser, Session } from './harness/browser';
import { toolLink } from './harness/report-helper';
import en from '../../gadgets/reply-templates/i18n/en.json';

const { wiki } = e2e();
const clean = { consoleErrors: [], pageErrors: [], dialogs: [], offOrigin: [] };
const LINK = '#t-wsg-reply';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openDialog(page: Page): Promise<Locator> {
  const link = await toolLink(page, LINK);
  await link.click();
  const dialog = page.locator('.wsg-rt-dialog');
  await dialog.waitFor({ state: 'visible', timeout: 15_000 });
  return dialog;
}

const draftArea = (dialog: Locator) => dialog.locator('textarea').last();

describe.runIf(hasGadget('reply-templates'))('reply-templates in a real wiki', () => {
  it('drafts, flags "I promise" live, restores after a reload, passes axe, prefills Special:EmailUser', async () => {
    const session = await Session.open(browser, wiki);
    await session.login();
    await session.openPage('Main Page');
    const page = session.page;
    let dialog = await openDialog(page);

    await dialog.getByLabel(en['reply-templates-field-recipient']).fill(wiki.oversight.name);
    await dialog.getByRole('button', { name: en['reply-templates-button-draft'] }).click();
    const area = draftArea(dialog);
    await expect.poll(() => area.inputValue()).toContain(wiki.oversight.name);
    const live = dialog.locator('[aria-live="polite"]');
    await expect.poll(() => live.textContent()).toContain('No findings');

    // Typing goes on while the linter waits for a pause.
    await area.press('Control+End');
    await area.pressSequentially(' I promise we will stop this.', { delay: 20 });
    await expect.poll(() => live.textContent(), { timeout: 5000 }).toContain('“I promise” reads as a promise');
    await dialog.getByRole('button', { name: en['reply-templates-findings-select'] }).first().click();
    const selected = await area.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
    expect(selected).toBe('I promise');
    const edited = await area.inputValue();

    expect(await axeViolations(page, '.wsg-rt-dialog')).toEqual([]);

    // A reload (or a crash) loses nothing.
    await page.waitForTimeout(500);
    await session.goto(page.url());
    dialog = await openDialog(page);
    expect(await draftArea(dialog).inputValue()).toBe(edited);
    await expect.poll(() => dialog.textContent()).toContain(en['reply-templates-restored']);

    // Special:EmailUser, prefilled through wpFormIdentifier=sendEmailForm; opening it sends nothing.
    const href = await dialog.locator('a[href*="EmailUser"]').getAttribute('href');
    expect(href).toBeTruthy();
    await session.goto(new URL(href as string, wiki.url).toString());
    // Admin and Oversight both have confirmed addresses in the local wiki, so the form is shown.
    expect((await page.locator('textarea[name="wpText"]').inputValue()).replace(/\r\n/g, '\n')).toBe(edited);
    expect(await page.locator('input[name="wpTarget"]').inputValue()).toBe(wiki.oversight.name);

    expect(session.problems()).toEqual(clean);
    await session.close();
  });

  it('opens from another gadget through the hook with the kind preselected, and discards visibly', async () => {
    const session = await Session.open(browser, wiki);
    await session.openPage('Main Page');
    const page = session.page;
    await page.evaluate(() => {
      mw.hook('wikiSafety.replyTemplates.open').fire({ kind: 'sanction-notice' });
      mw.loader.load('ext.gadget.reply-templates-core');
    });
    const dialog = page.locator('.wsg-rt-dialog');
    await dialog.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await dialog.locator('select').first().inputValue()).toBe('sanction-notice');
    await dialog.getByRole('button', { name: en['reply-templates-button-draft'] }).click();
    await expect.poll(() => draftArea(dialog).inputValue()).toMatch(/blocked|block/);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => localStorage.getItem('wikiSafety.replyTemplates.draft'))).not.toBeNull();
    await dialog.getByRole('button', { name: en['reply-templates-button-discard'] }).click();
    expect(await page.evaluate(() => localStorage.getItem('wikiSafety.replyTemplates.draft'))).toBeNull();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(session.problems()).toEqual(clean);
    await session.close();
  });
});
