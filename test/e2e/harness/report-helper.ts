/**
 * Driving report-helper (gadgets/report-helper/loader.ts, ui/ReportDialog.tsx) in a
 * real page: its tool links, the wizard's steps and destination cards, the shared
 * site config page, the basket in localStorage, and reading a mailto: link back.
 */
import type { Locator, Page } from 'playwright-core';
import { Mwn } from 'mwn';
import type { LocalWiki } from '../../../build/local-wiki/config';
import { type DemoDiff, SITE_CONFIG_PAGE } from '../../../build/local-wiki/demo';

/** `li` ids the loader gives its tool links (mw.util.addPortletLink). */
export const REPORT_LINK = '#t-wsg-report';
export const ADD_DIFF_LINK = '#t-wsg-report-add';
/** The one site config page all three gadgets read (gadgets/common/config). */
export const CONFIG_PAGE = SITE_CONFIG_PAGE;
export const BASKET_KEY = 'wsg-report-helper-basket';

export function reportDialog(page: Page): Locator {
  return page.locator('.wsg-report-helper[role="dialog"]');
}

function deployBot(wiki: LocalWiki): Promise<Mwn> {
  return Mwn.init({
    apiUrl: wiki.apiUrl,
    username: wiki.bot.name,
    password: wiki.bot.password,
    userAgent: 'wiki-safety-gadgets e2e (report-helper)',
    silent: true,
    suppressAPIWarnings: true,
  });
}

/**
 * Writes the site config page as the deploy bot (its grants include editsiteconfig,
 * which editing MediaWiki:*.json needs) and returns what the wiki now serves raw.
 * `text` is written as is (a string) or as JSON.
 */
export async function writeSiteConfig(wiki: LocalWiki, config: unknown): Promise<string> {
  const bot = await deployBot(wiki);
  const text = typeof config === 'string' ? config : JSON.stringify(config, null, '\t');
  await bot.save(CONFIG_PAGE, text, 'e2e: safety gadgets configuration for the local wiki');
  const raw = await fetch(`${wiki.url}/index.php?title=${encodeURIComponent(CONFIG_PAGE)}&action=raw`);
  return raw.text();
}

/** The site config page's current text, or undefined when it does not exist (to put it back afterwards). */
export async function siteConfigText(wiki: LocalWiki): Promise<string | undefined> {
  const url = new URL(wiki.apiUrl);
  url.search = new URLSearchParams({ action: 'query', prop: 'revisions', titles: CONFIG_PAGE, rvprop: 'content', rvslots: 'main', format: 'json', formatversion: '2' }).toString();
  const data = (await (await fetch(url)).json()) as { query: { pages: { missing?: boolean; revisions?: { slots: { main: { content: string } } }[] }[] } };
  const page = data.query.pages[0];
  return page.missing ? undefined : page.revisions?.[0]?.slots.main.content;
}

/**
 * Deletes the site config page (a wiki that never configured the gadgets), through
 * the API from a page where an admin is logged in (the deploy bot has no delete grant).
 * A page that is already missing is fine.
 */
export async function deleteSiteConfig(page: Page): Promise<void> {
  const error = await page.evaluate(async (title) => {
    try {
      await mw.loader.using('mediawiki.api');
      await new mw.Api().postWithToken('csrf', { action: 'delete', title, reason: 'e2e: a wiki without safety gadgets configuration' });
      return '';
    } catch (code) {
      return code === 'missingtitle' ? '' : String(code);
    }
  }, CONFIG_PAGE);
  if (error) throw new Error(`deleting ${CONFIG_PAGE} failed: ${error}`);
}

/** The title as the wiki stores it ("__" and runs of spaces collapse): what pages and API show. */
export async function normalizedTitle(wiki: LocalWiki, title: string): Promise<string> {
  const url = new URL(wiki.apiUrl);
  url.search = new URLSearchParams({ action: 'query', titles: title, format: 'json', formatversion: '2' }).toString();
  const data = (await (await fetch(url)).json()) as { query: { pages: { title: string }[] } };
  return data.query.pages[0].title;
}

/**
 * Activates one of the loader's tool links. Vector 2022 keeps the tools inside a
 * collapsible menu; when the link is not visible the menu is opened first, as a
 * reader would, so that the click is a real one.
 */
export async function toolLink(page: Page, id: string): Promise<Locator> {
  const link = page.locator(`${id} a`);
  await link.waitFor({ state: 'attached', timeout: 15_000 });
  if (!(await link.isVisible())) {
    // Vector 2022 (1.39): the main menu holding the tools; Minerva: the page actions' "…" overflow menu.
    const toggles = ['#vector-main-menu-dropdown-checkbox', '#mw-sidebar-button', '#vector-page-tools-dropdown-checkbox', '#page-actions-overflow-toggle'];
    for (const toggle of toggles) {
      const control = page.locator(toggle);
      if ((await control.count()) && (await control.isVisible())) {
        await control.click();
        if (await link.isVisible()) break;
      }
    }
  }
  return link;
}

export async function clickToolLink(page: Page, id: string): Promise<Locator> {
  const link = await toolLink(page, id);
  await link.click();
  const dialog = reportDialog(page);
  await dialog.waitFor({ state: 'visible', timeout: 15_000 });
  return dialog;
}

/** Adds the diff that is open to the basket through "Add this diff to a report"; the dialog opens. */
export async function addOpenDiff(page: Page): Promise<Locator> {
  return clickToolLink(page, ADD_DIFF_LINK);
}

export async function closeDialog(page: Page): Promise<void> {
  const dialog = reportDialog(page);
  await dialog.locator('.cdx-dialog__header__close-button').click();
  await dialog.waitFor({ state: 'detached' });
}

/** Waits for the basket's revision check to finish, so that later renders do not race the test. */
export async function evidenceSettled(dialog: Locator): Promise<void> {
  await dialog.locator('.wsg-rh-items').waitFor({ state: 'visible', timeout: 15_000 });
  await dialog.page().waitForFunction(() => !document.querySelector('.wsg-report-helper [role="status"]:not(.cdx-message)'), undefined, { timeout: 15_000 });
}

/** Ticks situation checkboxes in step 1 by their labels' ids, then goes to the send step. */
export async function wizardToSend(dialog: Locator, situations: string[]): Promise<void> {
  for (const s of situations) {
    const box = dialog.locator(`#wsg-rh-situation-${s}`);
    if (!(await box.isChecked())) await box.check();
  }
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.locator('.wsg-rh-destination').first().waitFor({ state: 'visible' });
}

export interface DestinationCard {
  team: string;
  text: string;
  body: string;
  mailto: string | null;
}

/** The send step's destination cards, in the order shown (most urgent first). */
export async function destinationCards(dialog: Locator): Promise<DestinationCard[]> {
  return dialog.locator('section.wsg-rh-destination').evaluateAll((sections) =>
    sections.map((s) => ({
      team: s.getAttribute('aria-label') ?? '',
      text: s.textContent ?? '',
      body: (s.querySelector('textarea.wsg-rh-body') as HTMLTextAreaElement | null)?.value ?? '',
      mailto: (s.querySelector('a.wsg-rh-mailto') as HTMLAnchorElement | null)?.getAttribute('href') ?? null,
    })),
  );
}

export interface ParsedMailto {
  to: string[];
  /** Every header name in the query, in order (so an injected cc/bcc/second body would show). */
  headers: string[];
  subject: string;
  body: string;
}

/** Reads a mailto: URL back (RFC 6068): percent-decoding only, "+" is a plus. */
export function parseMailto(href: string): ParsedMailto {
  if (!href.startsWith('mailto:')) throw new Error(`not a mailto link: ${href.slice(0, 40)}`);
  const rest = href.slice('mailto:'.length);
  const q = rest.indexOf('?');
  const to = (q < 0 ? rest : rest.slice(0, q)).split(',').filter(Boolean).map(decodeURIComponent);
  const headers: string[] = [];
  const values: Record<string, string> = {};
  for (const pair of q < 0 ? [] : rest.slice(q + 1).split('&')) {
    const eq = pair.indexOf('=');
    const name = decodeURIComponent(eq < 0 ? pair : pair.slice(0, eq)).toLowerCase();
    headers.push(name);
    values[name] = eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1));
  }
  return { to, headers, subject: values.subject ?? '', body: values.body ?? '' };
}

/** The permanent diff link report-helper writes for a demo diff (wgServer + wgScript). */
export function referralDiffLink(wiki: LocalWiki, diff: DemoDiff): string {
  return `${wiki.url}/index.php?diff=${diff.diff}&oldid=${diff.oldid}`;
}

/** The raw localStorage value of the basket (to check what the browser keeps). */
export async function storedBasket(page: Page): Promise<string | null> {
  return page.evaluate((key) => window.localStorage.getItem(key), BASKET_KEY);
}

const E2E_PASSWORD = 'E2e-account-pass-2024!';
const USER_AGENT = 'wiki-safety-gadgets e2e (report-helper)';

/** Creates an account through the API (as a visitor would) and returns it logged in. */
export async function newAccount(wiki: LocalWiki, name: string): Promise<Mwn> {
  const anon = new Mwn({ apiUrl: wiki.apiUrl, userAgent: USER_AGENT, silent: true, suppressAPIWarnings: true });
  const tokens = await anon.request({ action: 'query', meta: 'tokens', type: 'createaccount' });
  const token = String(tokens.query?.tokens?.createaccounttoken ?? '');
  const created = await anon.request({ action: 'createaccount', username: name, password: E2E_PASSWORD, retype: E2E_PASSWORD, createreturnurl: wiki.url, createtoken: token });
  if (created.createaccount?.status !== 'PASS') throw new Error(`createaccount: ${JSON.stringify(created.createaccount)}`);
  return Mwn.init({ apiUrl: wiki.apiUrl, username: name, password: E2E_PASSWORD, userAgent: USER_AGENT, silent: true, suppressAPIWarnings: true });
}

/**
 * `edits` successive edits on a page of the account's own (not the demo pages other
 * files use); returns each edit after the first as a diff.
 */
export async function editsBy(account: Mwn, title: string, edits: number): Promise<DemoDiff[]> {
  const ids: number[] = [];
  for (let i = 0; i < edits; i++) {
    const saved = await account.save(title, `A page for report-helper e2e tests.\n\nEdit ${i + 1}.`, `edit ${i + 1}`);
    ids.push(Number(saved.newrevid));
  }
  return ids.slice(1).map((diff, i) => ({ title, oldid: ids[i], diff }));
}

/**
 * Hides a revision's text (and suppresses it with `suppress`) as an account with the
 * suppress group's rights. MediaWiki refuses to hide the current revision's text.
 */
export async function hideRevisionText(account: Mwn, diff: DemoDiff, suppress: boolean): Promise<void> {
  const params: Record<string, string> = { action: 'revisiondelete', type: 'revision', target: diff.title, ids: String(diff.diff), hide: 'content', reason: 'e2e' };
  if (suppress) params.suppress = 'yes';
  const result = await account.request({ ...params, token: await account.getCsrfToken() });
  const errors = (result.revisiondelete?.items ?? []).flatMap((item: { errors?: { code: string }[] }) => item.errors ?? []);
  if (errors.length) throw new Error(`revisiondelete: ${errors.map((e: { code: string }) => e.code).join(', ')}`);
}

/** Runs an admin API call from a page where an admin is logged in (the deploy bot lacks the delete, block and user-rights grants). */
export async function adminApi(page: Page, params: Record<string, string>, token: 'csrf' | 'userrights' = 'csrf'): Promise<void> {
  const error = await page
    .evaluate(
      async ([p, t]) => {
        try {
          await mw.loader.using('mediawiki.api');
          await new mw.Api().postWithToken(t, p);
          return '';
        } catch (code) {
          return String(code);
        }
      },
      [params, token] as const,
    )
    .catch((e: Error) => e.message);
  if (error) throw new Error(`${params.action} failed: ${error}`);
}
