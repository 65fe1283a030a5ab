import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OWN_FIXTURES, SHARED_FIXTURES, fixture, loadPage } from './helpers';
import { installMw } from './mw-stub';

/** Waits until the gadget reports it finished (the same side effect the e2e tests wait on). */
async function whenDone(): Promise<string> {
  await vi.waitFor(() => {
    const state = document.documentElement.getAttribute('data-wsg-pii-flag');
    if (state !== 'done' && state !== 'error') throw new Error('not yet');
  });
  return document.documentElement.getAttribute('data-wsg-pii-flag')!;
}

beforeEach(() => {
  vi.resetModules();
  localStorage.clear();
});
afterEach(() => {
  delete (globalThis as { mw?: unknown }).mw;
  delete (window as { wikiSafetyConfig?: unknown }).wikiSafetyConfig;
});

describe('loader (runs on every page)', () => {
  it('loads the core on a diff view only', async () => {
    const onDiff = installMw({ wgDiffNewId: 18 }, { 'ext.gadget.pii-flag-core': 'registered' });
    await import('../../../gadgets/pii-flag/loader');
    expect(onDiff.loaded).toEqual(['ext.gadget.pii-flag-core']);

    vi.resetModules();
    const article = installMw({ wgDiffNewId: null, wgDiffOldId: null, wgCanonicalSpecialPageName: false }, { 'ext.gadget.pii-flag-core': 'registered' });
    await import('../../../gadgets/pii-flag/loader');
    expect(article.loaded).toEqual([]);

    vi.resetModules();
    const mobile = installMw({ wgDiffNewId: null, wgCanonicalSpecialPageName: 'MobileDiff' }, { 'ext.gadget.pii-flag-core': 'registered' });
    await import('../../../gadgets/pii-flag/loader');
    expect(mobile.loaded).toEqual(['ext.gadget.pii-flag-core']);
  });
});

describe('index.ts on a real 1.39 diff page', () => {
  it('scans the captured page, shows the banner and registers its messages with mw', async () => {
    loadPage(fixture(SHARED_FIXTURES, 'mw-1.39-diff-page.html'));
    installMw({});
    await import('../../../gadgets/pii-flag/index');
    expect(await whenDone()).toBe('done');
    const banner = document.getElementById('wsg-pii-flag-banner')!;
    expect(banner).not.toBeNull();
    // An article (namespace 0): the engine flags the phone number "call me at …" (its own weighting decides the rest).
    expect(Number(banner.getAttribute('data-count'))).toBe(banner.querySelectorAll('.wsg-pii-item').length);
    expect(banner.querySelector('.wsg-pii-title')!.textContent).toBe('Possible personal information in this edit');
    expect(banner.nextElementSibling === null || !banner.closest('table')).toBe(true);
    const types = [...banner.querySelectorAll('.wsg-pii-item')].map((li) => li.getAttribute('data-type'));
    expect(types).toContain('phone');
    expect(banner.querySelector('.wsg-pii-item[data-type="phone"] .wsg-pii-text')!.textContent).toContain('+1 415 555 0134');
    expect(document.querySelector('table.diff mark.wsg-pii-mark')!.textContent).toBe('+1 415 555 0134');
  });

  /** Clicks "Request suppression privately" and returns where it went (jsdom cannot navigate to mailto:). */
  function clickRequest(): { mailto: string[]; opened: string[] } {
    const mailto: string[] = [];
    const opened: string[] = [];
    const original = window.location;
    const open = vi.spyOn(window, 'open').mockImplementation((url) => (opened.push(String(url)), null));
    Object.defineProperty(window, 'location', { configurable: true, value: { ...original, set href(v: string) { mailto.push(v); } } });
    try {
      (document.querySelector('.wsg-pii-request') as HTMLElement).click();
    } finally {
      Object.defineProperty(window, 'location', { configurable: true, value: original });
      open.mockRestore();
    }
    return { mailto, opened };
  }

  it("on a wiki the shipped directory knows (enwiki), writes to its oversight team, not to the stewards", async () => {
    loadPage(fixture(SHARED_FIXTURES, 'mw-1.39-diff-page.html'));
    installMw({ wgDBname: 'enwiki' });
    await import('../../../gadgets/pii-flag/index');
    await whenDone();
    const { mailto, opened } = clickRequest();
    expect(mailto).toEqual([]);
    expect(opened).toHaveLength(1);
    expect(new URL(opened[0]).searchParams.get('title')).toBe('Special:EmailUser/Oversight');
  });

  it('on a wiki without oversighters or configuration, writes to the stewards', async () => {
    loadPage(fixture(SHARED_FIXTURES, 'mw-1.39-diff-page.html'));
    const mw = installMw({});
    await import('../../../gadgets/pii-flag/index');
    await whenDone();
    expect(mw.apiGets.map((g) => g.titles)).toEqual(['MediaWiki:Gadget-wiki-safety-config.json']);
    expect(clickRequest().mailto[0]).toMatch(/^mailto:stewards@wikimedia\.org\?/);
  });

  it("follows the wiki's site configuration page; its problems go to the console and never stop the scan", async () => {
    loadPage(fixture(SHARED_FIXTURES, 'mw-1.39-diff-page.html'));
    const config = JSON.stringify({ oversight: { email: 'oversight@lab.example' }, region: 'United States' });
    const mw = installMw({}, {}, { 'MediaWiki:Gadget-wiki-safety-config.json': config });
    await import('../../../gadgets/pii-flag/index');
    expect(await whenDone()).toBe('done');
    expect(document.querySelectorAll('.wsg-pii-item[data-type="phone"]').length).toBeGreaterThan(0);
    expect(mw.warnings).toHaveLength(1);
    expect(mw.warnings[0]).toContain('MediaWiki:Gadget-wiki-safety-config.json');
    expect(mw.warnings[0]).toContain('"region"');
    expect(clickRequest().mailto[0]).toMatch(/^mailto:oversight@lab\.example\?/);
  });

  it("hands the configured phone region to the engine: the site page's, a user's own over it, none by default", async () => {
    const regions = async (pages: Record<string, string>, user?: unknown) => {
      vi.resetModules();
      const seen: Array<string | undefined> = [];
      vi.doMock('../../../gadgets/pii-flag/detect', async () => {
        const actual = await vi.importActual<typeof import('../../../gadgets/pii-flag/detect')>('../../../gadgets/pii-flag/detect');
        return { ...actual, scan: (text: string, options: Parameters<typeof actual.scan>[1]) => (seen.push(options?.region), actual.scan(text, options)) };
      });
      loadPage(fixture(SHARED_FIXTURES, 'mw-1.39-diff-page.html'));
      installMw({}, {}, pages);
      (window as { wikiSafetyConfig?: unknown }).wikiSafetyConfig = user;
      try {
        await import('../../../gadgets/pii-flag/index');
        await whenDone();
      } finally {
        vi.doUnmock('../../../gadgets/pii-flag/detect');
      }
      return [...new Set(seen)];
    };
    const page = { 'MediaWiki:Gadget-wiki-safety-config.json': '{"region": "gb"}' };
    expect(await regions({})).toEqual([undefined]);
    expect(await regions(page)).toEqual(['GB']);
    expect(await regions(page, { region: 'IE' })).toEqual(['IE']);
  });

  it('request without report-helper uses the user override (window.wikiSafetyConfig) and the page ids', async () => {
    loadPage(fixture(SHARED_FIXTURES, 'mw-1.39-diff-page.html'));
    const mw = installMw({});
    (window as { wikiSafetyConfig?: unknown }).wikiSafetyConfig = { oversight: { email: 'oversight@lab.example' } };
    await import('../../../gadgets/pii-flag/index');
    await whenDone();
    const hrefs = clickRequest().mailto;
    expect(mw.fired.filter((f) => f.name === 'wikiSafety.reportHelper.addDiff')).toEqual([]);
    expect(hrefs).toHaveLength(1);
    expect(hrefs[0]).toMatch(/^mailto:oversight@lab\.example\?/);
    expect(decodeURIComponent(hrefs[0])).toContain('http://127.0.0.1:8080/index.php?diff=18&oldid=17');
    expect(decodeURIComponent(hrefs[0])).not.toContain('jane.doe');
  });

  it('with report-helper enabled, fires its hook with types only', async () => {
    loadPage(fixture(SHARED_FIXTURES, 'mw-1.39-diff-page.html'));
    const mw = installMw({}, { 'ext.gadget.report-helper': 'ready', 'ext.gadget.report-helper-core': 'registered' });
    await import('../../../gadgets/pii-flag/index');
    await whenDone();
    (document.querySelector('.wsg-pii-request') as HTMLElement).click();
    const calls = mw.fired.filter((f) => f.name === 'wikiSafety.reportHelper.addDiff');
    expect(calls).toHaveLength(1);
    expect(calls[0].args[0]).toMatchObject({ dbName: 'labwiki', newId: 18, oldId: 17, situation: 'pii', openDialog: true });
    expect(JSON.stringify(calls[0].args)).not.toMatch(/jane\.doe|415 555/);
    expect(mw.loaded).toContain('ext.gadget.report-helper-core');
  });

  it('scans again when MediaWiki swaps the diff body (inline toggle), not when the same diff is announced', async () => {
    loadPage(fixture(OWN_FIXTURES, 'current-table.html'));
    const mw = installMw({ wgDiffNewId: 1201, wgDiffOldId: 1200, wgNamespaceNumber: 3 });
    await import('../../../gadgets/pii-flag/index');
    await whenDone();
    const first = document.getElementById('wsg-pii-flag-banner');
    mw.hook('wikipage.diff').fire([document.querySelector('table.diff')]);
    expect(document.getElementById('wsg-pii-flag-banner')).toBe(first);

    // The toggle replaces the table body with the inline format of the same edit.
    const inline = new DOMParser().parseFromString(fixture(OWN_FIXTURES, 'inline.html'), 'text/html');
    document.querySelector('table.diff tbody')!.replaceWith(document.importNode(inline.querySelector('table.diff tbody')!, true));
    mw.hook('wikipage.diff.wikitextBodyUpdate').fire([document.querySelector('table.diff tbody')]);
    await whenDone();
    const second = document.getElementById('wsg-pii-flag-banner')!;
    expect(second).not.toBe(first);
    expect(document.querySelectorAll('#wsg-pii-flag-banner')).toHaveLength(1);
    expect(second.getAttribute('data-count')).toBe('5');
  });
});
