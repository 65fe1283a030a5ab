/**
 * Debian's Chromium driven by playwright-core (no browser downloads), and a
 * Session per test that watches what the e2e suite treats as failure: console
 * errors, uncaught exceptions, dialogs (alert() from an XSS payload) and any
 * request that leaves the wiki's origin (blocked and recorded).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { LocalWiki } from '../../../build/local-wiki/config';
import { diffUrl, viewUrl, type DemoDiff } from '../../../build/local-wiki/demo';

const require = createRequire(import.meta.url);

/** Flags from the verified recipe: headless, no sandbox (root in CI), nothing phoning home. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/**
 * Console errors MediaWiki 1.39 itself produces on a healthy page, which are not
 * ours to fix. Keep this list short and specific.
 */
const KNOWN_MEDIAWIKI_NOISE: RegExp[] = [];

export interface SessionOptions {
  /** Browser UI language (navigator.language); the wiki's language is ?uselang=. */
  locale?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
}

export class Session {
  readonly consoleErrors: string[] = [];
  readonly pageErrors: string[] = [];
  readonly dialogs: string[] = [];
  /** Requests to anywhere but the wiki's origin (aborted). */
  readonly offOrigin: string[] = [];
  /** Every request URL, for tests that check what was loaded. */
  readonly requests: string[] = [];

  private constructor(
    readonly wiki: LocalWiki,
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async open(browser: Browser, wiki: LocalWiki, options: SessionOptions = {}): Promise<Session> {
    const context = await browser.newContext({
      locale: options.locale ?? 'en-US',
      colorScheme: options.colorScheme ?? 'light',
      viewport: options.viewport ?? { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const session = new Session(wiki, context, page);
    const origin = new URL(wiki.url).origin;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      session.requests.push(url);
      if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
      session.offOrigin.push(url);
      return route.abort('blockedbyclient');
    });
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      // A request we blocked is recorded in offOrigin; its console echo is not a second failure.
      if (text.includes('net::ERR_BLOCKED_BY_CLIENT')) return;
      if (KNOWN_MEDIAWIKI_NOISE.some((re) => re.test(text))) return;
      session.consoleErrors.push(`${text} (${message.location().url})`);
    });
    page.on('pageerror', (error) => session.pageErrors.push(error.message));
    page.on('dialog', (dialog) => {
      session.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    return session;
  }

  /** Everything that should be empty after a healthy page view. */
  problems(): { consoleErrors: string[]; pageErrors: string[]; dialogs: string[]; offOrigin: string[] } {
    return { consoleErrors: this.consoleErrors, pageErrors: this.pageErrors, dialogs: this.dialogs, offOrigin: this.offOrigin };
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
    // ResourceLoader keeps loading after "load"; wait until every requested module settled.
    await this.page.waitForFunction(
      () =>
        typeof mw !== 'undefined' &&
        mw.loader.getModuleNames().every((m) => !['loading', 'loaded', 'executing'].includes(String(mw.loader.getState(m)))),
      undefined,
      { timeout: 20_000 },
    );
  }

  async openDiff(diff: DemoDiff, extra: Record<string, string> = {}): Promise<void> {
    await this.goto(diffUrl(this.wiki.url, diff, extra));
  }

  async openPage(title: string, extra: Record<string, string> = {}): Promise<void> {
    await this.goto(viewUrl(this.wiki.url, title, extra));
  }

  /** Logs in through the real form (cookies stay in this session's context). */
  async login(user: { name: string; password: string } = this.wiki.admin): Promise<void> {
    await this.page.goto(viewUrl(this.wiki.url, 'Special:UserLogin'));
    await this.page.fill('#wpName1', user.name);
    await this.page.fill('#wpPassword1', user.password);
    await Promise.all([this.page.waitForNavigation(), this.page.click('#wpLoginAttempt')]);
    const name = await this.page.evaluate(() => mw.config.get('wgUserName'));
    if (name !== user.name) throw new Error(`login as ${user.name} failed (wgUserName is ${String(name)})`);
  }

  async moduleState(module: string): Promise<string | null> {
    return this.page.evaluate((m) => mw.loader.getState(m), module);
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * axe-core on part of the page (our panel or dialog): serious and critical
 * violations only, each with the selectors it hit. axe is injected as page
 * script content, so no request leaves the origin.
 */
export async function axeViolations(page: Page, include: string): Promise<AxeViolation[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: source });
  const violations = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run({ include: [selector] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, include);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export interface CapturedMail {
  to: string[];
  from: string;
  subject: string;
  body: string;
}

/** Mail the wiki sent (captured by the AlternateUserMailer hook into data/mail.jsonl). */
export function capturedMail(wiki: LocalWiki): CapturedMail[] {
  let text = '';
  try {
    text = readFileSync(wiki.mailLog, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CapturedMail);
}
