import { afterEach, describe, expect, it } from 'vitest';
import type { ReportAddDiffRequest } from '../../../gadgets/common/contracts';
import { DAY_MS, expiringStore, memoryStorage } from '../../../gadgets/common/storage';
import { scan } from '../../../gadgets/pii-flag/detect';
import { LIST_MAX } from '../../../gadgets/pii-flag/ui/Banner';
import { type PiiFlagPage, type PiiFlagRun, runPiiFlag } from '../../../gadgets/pii-flag/ui/mount';
import { DEFAULT_OVERSIGHT } from '../../../gadgets/pii-flag/ui/request';
import { OWN_FIXTURES, SHARED_FIXTURES, fixture, loadPage, msg } from './helpers';

/** What the engine must find in current-table.html (see test/fixtures/diff/README.md). */
const EXPECTED = ['jane.roe@example.org', '+49 30 9876 5678', 'fresh@example.net', 'split@example.net', 'third@example.com'];
const now = () => 0;
const sync = (next: () => void) => next();

interface Harness {
  page: PiiFlagPage;
  run: PiiFlagRun;
  sent: ReportAddDiffRequest[];
  opened: Array<{ url: string; kind: string }>;
}

let runs: PiiFlagRun[] = [];
afterEach(() => {
  for (const r of runs) r.stop();
  runs = [];
  delete (window as unknown as { CSS?: unknown }).CSS;
  delete (window as unknown as { Highlight?: unknown }).Highlight;
});

function start(overrides: Partial<PiiFlagPage> & { helperOn?: boolean; storage?: ReturnType<typeof memoryStorage> } = {}): Harness {
  const sent: ReportAddDiffRequest[] = [];
  const opened: Array<{ url: string; kind: string }> = [];
  const storage = overrides.storage ?? memoryStorage();
  const page: PiiFlagPage = {
    doc: document,
    scanText: (text) => scan(text, { namespace: 3, contentLanguage: 'en', msg }),
    msg,
    ids: { server: 'https://wiki.example', script: '/w/index.php', dbName: 'testwiki', newId: 1201, oldId: 1200, title: 'User talk:Example' },
    dismissals: expiringStore<boolean>(storage, 'wsg-pii-flag-dismissed:testwiki:1201', 30 * DAY_MS, now),
    contact: DEFAULT_OVERSIGHT,
    helper: { enabled: () => Boolean(overrides.helperOn), send: (r) => sent.push(r) },
    openUrl: (url, kind) => opened.push({ url, kind }),
    highlight: { mode: 'mark', defer: sync },
    chunks: { defer: sync },
    ...overrides,
  };
  const run = runPiiFlag(page);
  runs.push(run);
  return { page, run, sent, opened };
}

const banner = () => document.getElementById('wsg-pii-flag-banner');
const click = (selector: string) => (document.querySelector(selector) as HTMLElement).click();
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('banner', () => {
  it('sits right before the diff table with counts by type, one item per finding and the reason', async () => {
    loadPage(fixture(OWN_FIXTURES, 'current-table.html'));
    const { run } = start();
    const findings = await run.done;
    expect(findings!.map((f) => f.finding.text)).toEqual(EXPECTED);
    const table = document.querySelector('table.diff')!;
    expect(table.previousElementSibling!.contains(banner())).toBe(true);
    expect(table.contains(banner())).toBe(false);
    expect(banner()!.getAttribute('data-count')).toBe('5');
    expect(document.documentElement.getAttribute('data-wsg-pii-flag')).toBe('done');
    expect(document.documentElement.getAttribute('data-wsg-pii-flag-count')).toBe('5');
    const counts = [...document.querySelectorAll('.wsg-pii-count')].map((li) => li.textContent);
    expect(counts).toEqual(['4 email addresses', '1 phone number']);
    const items = [...document.querySelectorAll('.wsg-pii-item')];
    expect(items.map((li) => li.getAttribute('data-type'))).toEqual(['email', 'phone', 'email', 'email', 'email']);
    expect(items[1].querySelector('.wsg-pii-reason')!.textContent).toContain('valid for DE');
    expect(banner()!.getAttribute('aria-labelledby')).toBe(banner()!.querySelector('.wsg-pii-title')!.id);
  });

  it('shows hostile text as text only', async () => {
    loadPage(fixture(OWN_FIXTURES, 'current-table.html'));
    await start().run.done;
    expect(banner()!.querySelector('img')).toBeNull();
    expect(document.querySelectorAll('img')).toHaveLength(0);
  });

  it('no banner at all when nothing is found', async () => {
    loadPage(fixture(SHARED_FIXTURES, 'mw-1.39-diff-table-inline-change.html'));
    const findings = await start().run.done;
    expect(findings).toEqual([]);
    expect(banner()).toBeNull();
    expect(document.querySelector('.wsg-pii-flag')).toBeNull();
    expect(document.documentElement.getAttribute('data-wsg-pii-flag')).toBe('done');
    expect(document.documentElement.getAttribute('data-wsg-pii-flag-count')).toBe('0');
  });

  it('an engine failure leaves the diff as it was and says "error", never a stack trace on the page', async () => {
    loadPage(fixture(OWN_FIXTURES, 'current-table.html'));
    const before = document.body.innerHTML;
    const original = console.error;
    console.error = () => undefined;
    try {
      const result = await start({
        scanText: () => {
          throw new Error('boom');
        },
      }).run.done;
      expect(result).toBeNull();
    } finally {
      console.error = original;
    }
    expect(document.documentElement.getAttribute('data-wsg-pii-flag')).toBe('error');
    expect(document.body.innerHTML).toBe(before);
  });

  it('a long list stops at LIST_MAX items and says how many more are highlighted', async () => {
    const rows = Array.from({ length: LIST_MAX + 7 }, (_, i) => `<tr><td colspan="2" class="diff-empty diff-side-deleted"></td><td class="diff-marker" data-marker="+"></td><td class="diff-addedline diff-side-added"><div>Write to me at person${i}@mail-host.org</div></td></tr>`);
    loadPage(`<table class="diff"><tbody>${rows.join('')}</tbody></table>`);
    const findings = await start().run.done;
    expect(findings).toHaveLength(LIST_MAX + 7);
    expect(document.querySelectorAll('.wsg-pii-item')).toHaveLength(LIST_MAX);
    expect(document.querySelector('.wsg-pii-list-more')!.textContent).toContain('and 7 more findings');
    expect(document.querySelectorAll('mark.wsg-pii-mark')).toHaveLength(LIST_MAX + 7);
  });

  it('mirrors for right-to-left interfaces', async () => {
    loadPage(fixture(OWN_FIXTURES, 'current-table.html'));
    await start({ dir: 'rtl' }).run.done;
    expect(banner()!.getAttribute('dir')).toBe('rtl');
  });
});

describe('highlights', () => {
  it('<mark> fallback wraps only the found text and keeps the diff text identical; stop() restores the nodes', async () => {
    loadPage(fixture(OWN_FIXTURES, 'current-table.html'));
    const table = document.querySelector('table.diff')!;
    const textBefore = table.textContent;
    const htmlBefore = table.innerHTML;
    const { run } = start();
    await run.done;
    const marks = [...table.querySelectorAll('mark.wsg-pii-mark')];
    // The phone number spans <ins> and the text after it: two marks for one finding.
    expect(marks.map((m) => m.textContent)).toEqual(['jane.roe@example.org', '+49 30 9876', ' 5678', 'fresh@example.net', 'split@example.net', 'third@example.com']);
    expect(marks.every((m) => m.children.length === 0)).toBe(true);
    expect(table.textContent).toBe(textBefore);
    expect(table.querySelector('td.diff-deletedline mark, td.diff-context mark')).toBeNull();
    run.stop();
    expect(table.querySelector('mark')).toBeNull();
    expect(table.innerHTML).toBe(htmlBefore);
    expect(banner()).toBeNull();
  });

  it('a list item moves focus to its highlight and announces it', async () => {
    loadPage(fixture(OWN_FIXTURES, 'current-table.html'));
    await start().run.done;
    const jump = document.querySelectorAll<HTMLButtonElement>('.wsg-pii-jump')[1];
    jump.click();
    await flush();
    const active = document.activeElement as HTMLElement;
    expect(active.nodeName).toBe('MARK');
    expect(active.getAttribute('data-wsg-finding')).toBe('1');
    expect(active.textContent).toBe('+49 30 9876');
    expect(active.classList.contains('wsg-pii-mark--current')).toBe(true);
    expect(document.querySelectorAll('.wsg-pii-mark--current')).toHaveLength(2);
    expect(banner()!.querySelector('[aria-live="polite"]')!.textContent).toMatch(/^Finding 2 of 5: /);
  });

  it('Custom Highlight API: the diff markup is not touched at all', async () => {
    const registry = new Map<string, { ranges: Range[] }>();
    // The real Highlight is set-like: ranges given to the constructor or added later.
    class FakeHighlight {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
      add(range: Range) {
        this.ranges.push(range);
        return this;
      }
    }
    Object.assign(window, { CSS: { highlights: registry }, Highlight: FakeHighlight });
    loadPage(fixture(OWN_FIXTURES, 'current-table.html'));
    const table = document.querySelector('table.diff')!;
    const htmlBefore = table.innerHTML;
    const { run } = start({ highlight: {} });
    await run.done;
    expect(table.innerHTML).toBe(htmlBefore);
    expect(registry.get('wsg-pii')!.ranges.map((r) => r.toString())).toEqual(['jane.roe@example.org', '+49 30 9876', ' 5678', 'fresh@example.net', 'split@example.net', 'third@example.com']);
    document.querySelectorAll<HTMLButtonElement>('.wsg-pii-jump')[2].click();
    expect(registry.get('wsg-pii-current')!.ranges.map((r) => r.toString())).toEqual(['fresh@example.net']);
    expect(document.getSelection()!.toString()).toBe('fresh@example.net');
    // The ::highlight rules arrive with the first highlight (a page-wide restyle in Chromium).
    expect(document.getElementById('wsg-pii-highlight-style')!.textContent).toContain('::highlight(wsg-pii)');
    run.stop();
    expect(registry.size).toBe(0);
  });

  it('Custom Highlight API on a clean diff: no ::highlight rules are added to the page', async () => {
    Object.assign(window, { CSS: { highlights: new Map() }, Highlight: class {} });
    document.getElementById('wsg-pii-highlight-style')?.remove(); // left by the test above (jsdom keeps <head>)
    loadPage(fixture(SHARED_FIXTURES, 'mw-1.39-diff-table-inline-change.html'));
    expect(await start({ highlight: {} }).run.done).toEqual([]);
    expect(document.getElementById('wsg-pii-highlight-style')).toBeNull();
  });
});

describe('actions', () => {
  it('"Request suppression privately" hands ids and types to report-helper, never the found text', async () => {
    loadPage(fixture(OWN_FIXTURES, 'current-table.html'));
    const { run, sent, opened } = start({ helperOn: true });
    const findings = (await run.done)!;
    click('.wsg-pii-request');
    await flush();
    expect(opened).toEqual([]);
    expect(sent).toEqual([
      { server: 'https://wiki.example', dbName: 'testwiki', newId: 1201, oldId: 1200, title: 'User talk:Example', findingTypes: ['email', 'phone'], situation: 'pii', openDialog: true },
    ]);
    const payload = JSON.stringify(sent[0]);
    for (const f of findings) expect(payload).not.toContain(f.finding.text);
    expect(payload).not.toContain('9876');
    expect(banner()!.querySelector('.wsg-pii-outcome')!.textContent).toContain('private report form');
  });

  it('without report-helper it opens a prefilled email to the stewards with the diff link and types only', async () => {
    loadPage(fixture(OWN_FIXTURES, 'current-table.html'));
    const { run, sent, opened } = start({ helperOn: false });
    const findings = (await run.done)!;
    click('.wsg-pii-request');
    await flush();
    expect(sent).toEqual([]);
    expect(opened).toHaveLength(1);
    const { url, kind } = opened[0];
    expect(kind).toBe('mailto');
    expect(url.startsWith('mailto:stewards@wikimedia.org?subject=')).toBe(true);
    const body = decodeURIComponent(url.slice(url.indexOf('&body=') + 6));
    expect(body).toContain('https://wiki.example/w/index.php?diff=1201&oldid=1200');
    expect(body).toContain('email address, phone number');
    for (const f of findings) expect(decodeURIComponent(url)).not.toContain(f.finding.text);
    const link = banner()!.querySelector<HTMLAnchorElement>('.wsg-pii-request-link')!;
    expect(link.getAttribute('href')).toBe(url);
  });

  it('"Not personal information" is remembered for the revision and can be undone', async () => {
    loadPage(fixture(OWN_FIXTURES, 'current-table.html'));
    const storage = memoryStorage();
    const first = start({ storage });
    await first.run.done;
    click('.wsg-pii-dismiss');
    await flush();
    expect(first.page.dismissals.get()).toBe(true);
    expect(banner()!.getAttribute('data-dismissed')).toBe('true');
    expect(document.querySelector('mark')).toBeNull();
    expect(document.activeElement).toBe(document.querySelector('.wsg-pii-undismiss'));
    first.run.stop();

    // A later visit of the same revision starts collapsed, without highlights.
    const second = start({ storage });
    await second.run.done;
    expect(banner()!.getAttribute('data-dismissed')).toBe('true');
    expect(banner()!.getAttribute('data-count')).toBe('5');
    expect(document.querySelector('mark')).toBeNull();
    click('.wsg-pii-undismiss');
    await flush();
    expect(second.page.dismissals.get()).toBeUndefined();
    expect(banner()!.getAttribute('data-dismissed')).toBe('false');
    expect(document.querySelectorAll('mark.wsg-pii-mark').length).toBe(6);
  });
});

describe('"Draft a reply"', () => {
  it('is offered only when reply-templates is enabled, and opens it', async () => {
    loadPage(fixture(OWN_FIXTURES, 'current-table.html'));
    await start().run.done;
    expect(document.querySelector('.wsg-pii-reply')).toBeNull();
    runs.forEach((r) => r.stop());
    runs = [];

    loadPage(fixture(OWN_FIXTURES, 'current-table.html'));
    let opened = 0;
    await start({ replies: { enabled: () => true, open: () => void (opened += 1) } }).run.done;
    const button = document.querySelector('.wsg-pii-reply') as HTMLButtonElement;
    expect(button.textContent).toBe('Draft a reply');
    button.click();
    expect(opened).toBe(1);
  });
});
