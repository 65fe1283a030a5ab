/**
 * Part 5: pii-flag in a real wiki, in Chromium. A fresh local wiki of its own (folder
 * .local-wiki/bench, on the first free port from 8190 or $BENCH_WIKI_PORT: a developer's
 * `npm start` wiki and the e2e wikis, which take 8080 and 8088 upwards, are left alone) gets the built gadgets through the real deploy code, then three
 * talk-page edits that add 5 KB, 200 KB and 2 MB of synthetic talk text. Each diff is opened
 * several times in one browser context (warm cache, as an oversighter's browser would be;
 * the first load is a discarded warm-up) and timed inside the page, from the complete diff
 * table (DOMContentLoaded) to pii-flag's readiness signal `<html data-wsg-pii-flag="done">`
 * (gadgets/pii-flag/README.md), when the highlights and banner are on screen.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Mwn } from 'mwn';
import type { Browser } from 'playwright-core';
import { localWiki, type LocalWiki } from '../build/local-wiki/config';
import { assertSystemPackages, prepareLocalWiki, wikiSh } from '../build/local-wiki/local-wiki';
import { diffUrl, type DemoDiff } from '../build/local-wiki/demo';
import { launchBrowser } from '../test/e2e/harness/browser';
import { KB, MB, utf8Bytes } from './metrics';
import { DIST_GADGETS } from './paths';
import { TARGETS, type Target } from './report';
import { syntheticTalkDiff } from './synthetic';

export interface BrowserRow {
  label: string;
  /** ms from DOMContentLoaded (the whole diff table parsed) to data-wsg-pii-flag="done". */
  samples: number[];
  /** ms from the diff table's first appearance (rows still streaming in) to done. */
  fromFirstRow: number[];
  /** ms from data-wsg-pii-flag="scanning" (the core has loaded and starts) to done: the gadget's own work. */
  gadgetWork: number[];
  findings: number;
  target?: Target;
}

export type BrowserReport = { skipped: string } | { method: string; rows: BrowserRow[] };

const SIZES: Array<{ label: string; bytes: number; target?: Target }> = [
  { label: '5 KB', bytes: 5 * KB, target: TARGETS.browser5KbMs },
  { label: '200 KB', bytes: 200 * KB },
  // MediaWiki refuses pages over $wgMaxArticleSize (2048 KB): leave room for the base text.
  { label: '2 MB', bytes: 2 * MB - 8 * KB, target: TARGETS.browser2MbMs },
];

/** Synthetic talk text cut at a line end to at most `bytes` UTF-8 bytes. */
export function talkTextOf(bytes: number, seed: number): string {
  const text = syntheticTalkDiff(bytes + 4 * KB, seed).text;
  let cut = text.length;
  while (utf8Bytes(text.slice(0, cut)) > bytes) cut = text.lastIndexOf('\n', cut - 1);
  return text.slice(0, cut + 1);
}

/**
 * The page's own clock: first sight of table.diff (a MutationObserver), DOMContentLoaded, and
 * pii-flag's readiness states. The states are timed inside setAttribute itself, because an
 * observer only runs after the task that set them, which for "scanning" is after the first
 * slice of work (the observer stays as a fallback should the gadget set them another way).
 */
const TIMER_SCRIPT = `(() => {
  const t = (window.__wsgBench = {});
  const mark = (state, now) => {
    if (state === 'scanning' && t.scanning === undefined) t.scanning = now;
    if ((state === 'done' || state === 'error') && t.done === undefined) { t.done = now; t.state = state; }
  };
  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (name, value) {
    if (name === 'data-wsg-pii-flag' && this === document.documentElement) mark(String(value), performance.now());
    return setAttribute.call(this, name, value);
  };
  const check = () => {
    if (t.table === undefined && document.querySelector('table.diff')) t.table = performance.now();
    mark(document.documentElement.dataset.wsgPiiFlag, performance.now());
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-wsg-pii-flag'] });
  document.addEventListener('DOMContentLoaded', () => { t.ready = performance.now(); check(); });
})();`;

/** Every bench diff outs someone at its start, so each one ends with highlights and a banner. */
const SURE_FINDING = ':For the record, the editor behind this account lives at 742 Maple Street, Springfield, IL 62704 and can be reached on (202) 555-0143 or j.miller@gmail.com. ~~~~\n';

async function addDiff(bot: Mwn, title: string, added: string): Promise<DemoDiff> {
  const base = '== Bench ==\nA thread that the next edit extends. ~~~~\n';
  added = SURE_FINDING + added;
  const first = await bot.save(title, base, 'bench: base');
  const second = await bot.save(title, base + added, 'bench: add talk text');
  return { title, oldid: (first as { newrevid: number }).newrevid, diff: (second as { newrevid: number }).newrevid };
}

async function timeLoads(browser: Browser, wiki: LocalWiki, diff: DemoDiff, loads: number): Promise<Pick<BrowserRow, 'samples' | 'fromFirstRow' | 'gadgetWork' | 'findings'>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(TIMER_SCRIPT);
  const page = await context.newPage();
  const samples: number[] = [];
  const fromFirstRow: number[] = [];
  const gadgetWork: number[] = [];
  let findings = 0;
  try {
    // diffonly=1: the diff without the rendered page below it, as oversighters usually read diffs.
    const url = diffUrl(wiki.url, diff, { diffonly: '1' });
    for (let i = 0; i <= loads; i++) {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
      await page.waitForFunction(() => (window as unknown as { __wsgBench: { done?: number } }).__wsgBench.done !== undefined, undefined, { timeout: 120_000 });
      const t = await page.evaluate(() => (window as unknown as { __wsgBench: { table: number; ready: number; scanning?: number; done: number; state: string } }).__wsgBench);
      if (t.state !== 'done') throw new Error(`pii-flag reported "${t.state}" on ${diff.title}`);
      findings = await page.evaluate(() => Number(document.documentElement.dataset.wsgPiiFlagCount ?? NaN));
      if (i === 0) continue; // warm-up: fills the browser's module cache
      samples.push(t.done - t.ready);
      fromFirstRow.push(t.done - t.table);
      gadgetWork.push(t.done - (t.scanning ?? t.ready));
    }
  } finally {
    await context.close();
  }
  return { samples, fromFirstRow, gadgetWork, findings };
}

/** The first port from `start` that nothing listens on (127.0.0.1). */
export async function freePort(start: number, tries = 50): Promise<number> {
  for (let port = start; port < start + tries; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${start}–${start + tries - 1}`);
}

export async function measureInBrowser(loads: number, log: (line: string) => void): Promise<BrowserReport> {
  try {
    assertSystemPackages();
  } catch (error) {
    return { skipped: `local wiki not available: ${(error as Error).message}` };
  }
  if (!existsSync(join(DIST_GADGETS, 'manifest.json'))) return { skipped: 'local wiki not available: no built gadgets in dist/' };
  const wiki = localWiki({ name: 'bench', port: await freePort(Number(process.env.BENCH_WIKI_PORT || 8190)) });
  let browser: Browser | undefined;
  try {
    log(`local wiki on ${wiki.url}`);
    await prepareLocalWiki(wiki, { fresh: true, log: () => {} });
    const bot = await Mwn.init({ apiUrl: wiki.apiUrl, username: wiki.bot.name, password: wiki.bot.password, userAgent: 'wiki-safety-gadgets bench', silent: true, suppressAPIWarnings: true });
    browser = await launchBrowser();
    const rows: BrowserRow[] = [];
    for (const [i, size] of SIZES.entries()) {
      log(`in the browser: ${size.label} diff`);
      const diff = await addDiff(bot, `Talk:Bench diff ${size.label}`, talkTextOf(size.bytes, 1000 + i));
      rows.push({ label: `${size.label} added`, target: size.target, ...(await timeLoads(browser, wiki, diff, loads)) });
    }
    return {
      method: `A fresh local MediaWiki (Debian's 1.39, .local-wiki/bench on ${wiki.url}) with the built gadgets deployed by build/deploy.ts, Debian Chromium headless via playwright-core. Each diff (\`diffonly=1\`, Vector 2022, anonymous, the gadget on by default) is loaded ${loads} times after one warm-up load in one browser context; the page times itself from DOMContentLoaded (the whole diff table is in the DOM) to \`data-wsg-pii-flag="done"\` (highlights and banner shown). That total includes ResourceLoader fetching the core module from the local wiki (PHP's built-in server); "gadget work" is from \`data-wsg-pii-flag="scanning"\` (the core starts) to done: reading the diff, scanning, highlighting and the banner. The server's own diff rendering is in neither.`,
      rows,
    };
  } catch (error) {
    return { skipped: `local wiki not available: ${(error as Error).message.split('\n')[0]}` };
  } finally {
    await browser?.close();
    try {
      wikiSh(wiki, 'stop', true);
    } catch {
      // already stopped
    }
  }
}
