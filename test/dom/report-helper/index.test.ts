/**
 * report-helper's core (index.ts) in jsdom with the same small `mw` as pii-flag's
 * tests: the shared configuration read from the site page, its problems shown in
 * the dialog, and "Draft a case reply" handing over to reply-templates.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OPEN_HOOK } from '../../../gadgets/report-helper/loader-hooks';
import { REPLY_OPEN_HOOK } from '../../../gadgets/common/contracts';
import en from '../../../gadgets/report-helper/i18n/en.json';
import { installMw, type MwStub } from '../pii-flag/mw-stub';

const REPLY_ENABLED = { 'ext.gadget.reply-templates': 'ready', 'ext.gadget.reply-templates-core': 'registered' };

async function openDialog(mw: MwStub): Promise<HTMLElement> {
  await import('../../../gadgets/report-helper/index');
  mw.hook(OPEN_HOOK).fire({});
  return vi.waitFor(() => {
    const dialog = document.querySelector<HTMLElement>('.wsg-report-helper[role="dialog"]');
    if (!dialog) throw new Error('no dialog yet');
    return dialog;
  });
}

beforeEach(() => {
  vi.resetModules();
  localStorage.clear();
  document.body.innerHTML = '';
});
afterEach(() => {
  delete (globalThis as { mw?: unknown }).mw;
});

describe('report-helper core', () => {
  it('"Draft a case reply" closes the report dialog and opens reply-templates with an acknowledgement', async () => {
    const mw = installMw({}, REPLY_ENABLED);
    const dialog = await openDialog(mw);
    const reply = dialog.querySelector<HTMLButtonElement>('.wsg-rh-reply')!;
    expect(reply.textContent).toBe(en['report-helper-draft-reply']);
    reply.click();
    expect(document.querySelector('.wsg-report-helper[role="dialog"]')).toBeNull();
    expect(mw.fired.filter((f) => f.name === REPLY_OPEN_HOOK).map((f) => f.args[0])).toEqual([{ kind: 'acknowledgement' }]);
    expect(mw.loaded).toContain('ext.gadget.reply-templates-core');
  });

  it('has no such button when reply-templates is not enabled', async () => {
    const dialog = await openDialog(installMw({}));
    expect(dialog.querySelector('.wsg-rh-reply')).toBeNull();
  });

  it("lists the site page's problems under its name, one line each, and still uses its valid part", async () => {
    const page = JSON.stringify({ oversight: { emailUser: 'Local Oversight', fax: 1 }, basketDays: 500 });
    const mw = installMw({}, {}, { 'MediaWiki:Gadget-wiki-safety-config.json': page });
    const dialog = await openDialog(mw);
    expect(mw.apiGets.map((g) => g.titles)).toEqual(['MediaWiki:Gadget-wiki-safety-config.json']);
    const warning = dialog.querySelector('.wsg-config-problems')!;
    expect(warning.textContent).toContain('MediaWiki:Gadget-wiki-safety-config.json');
    const lines = [...warning.querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).toEqual(['unknown setting "oversight.fax" (ignored)', '"basketDays" must be a whole number of days from 1 to 90, not 500']);
    // The valid part routes personal information to the configured account.
    const rendered = () => new Promise((resolve) => setTimeout(resolve, 0));
    (dialog.querySelector('#wsg-rh-situation-pii') as HTMLInputElement).click();
    for (let i = 0; i < 2; i++) {
      await rendered();
      [...dialog.querySelectorAll('button')].find((b) => b.textContent === en['report-helper-next'])!.click();
    }
    await vi.waitFor(() => {
      if (!dialog.querySelector('.wsg-rh-destination')) throw new Error('not on the send step yet');
    });
    expect(dialog.querySelector('.wsg-rh-destination')!.textContent).toContain(en['report-helper-send-to-user'].replace('$1', 'Local Oversight'));
  });
});
