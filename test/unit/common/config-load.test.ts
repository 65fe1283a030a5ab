/**
 * Reading the site config page through the API (common/config/load.ts). The real wiki
 * showed why not action=raw: a missing MediaWiki: page comes back 200 with an empty body,
 * which read as "not valid JSON" on every wiki that never configured the gadgets.
 * API answers below are the shapes MediaWiki 1.39 returns (formatversion=2).
 */
import { describe, expect, it, vi } from 'vitest';
import { bananaMsg } from '../../../gadgets/common/banana';
import { fetchConfigText, withTimeout } from '../../../gadgets/common/config/load';
import { SITE_CONFIG_PAGE as CONFIG_PAGE } from '../../../gadgets/common/config/resolve';
import { parseConfig } from '../../../gadgets/common/config/schema';
import commonEn from '../../../gadgets/common/i18n/en.json';

const msg = bananaMsg({ en: commonEn }, 'en');

function fakeApi(answer: unknown, seen: Record<string, unknown>[] = []): mw.Api {
  return { get: async (params: Record<string, unknown>) => (seen.push(params), answer) } as unknown as mw.Api;
}

describe('fetchConfigText', () => {
  it('reads the one page name all three gadgets share', () => {
    expect(CONFIG_PAGE).toBe('MediaWiki:Gadget-wiki-safety-config.json');
  });

  it('asks for the main slot of exactly the config page', async () => {
    const seen: Record<string, unknown>[] = [];
    await fetchConfigText(fakeApi({ query: { pages: [{ title: CONFIG_PAGE, missing: true }] } }, seen), CONFIG_PAGE);
    expect(seen).toEqual([{ action: 'query', prop: 'revisions', titles: CONFIG_PAGE, rvprop: 'content', rvslots: 'main', formatversion: '2' }]);
  });

  it('reads a missing page as "not configured", which parses to no errors', async () => {
    const text = await fetchConfigText(fakeApi({ batchcomplete: true, query: { pages: [{ ns: 8, title: CONFIG_PAGE, missing: true }] } }), CONFIG_PAGE);
    expect(text).toBeUndefined();
    // What the old action=raw reader got for the same missing page, for contrast:
    expect(parseConfig('', msg).errors).toHaveLength(1);
  });

  it('returns the page content of an existing page', async () => {
    const content = '{\n\t"oversight": {\n\t\t"emailUser": "Oversight"\n\t}\n}';
    const answer = { query: { pages: [{ pageid: 7, ns: 8, title: CONFIG_PAGE, revisions: [{ slots: { main: { contentmodel: 'json', contentformat: 'application/json', content } } }] }] } };
    const text = await fetchConfigText(fakeApi(answer), CONFIG_PAGE);
    expect(text).toBe(content);
    expect(parseConfig(text!, msg)).toEqual({ config: { oversight: { emailUser: 'Oversight' } }, errors: [] });
  });

  it('rejects an answer without content (a hidden revision), so the dialog says the page could not be loaded', async () => {
    const answer = { query: { pages: [{ pageid: 7, ns: 8, title: CONFIG_PAGE, revisions: [{ slots: { main: { texthidden: true } } }] }] } };
    await expect(fetchConfigText(fakeApi(answer), CONFIG_PAGE)).rejects.toThrow('no content');
  });
});

describe('withTimeout', () => {
  it('gives the fallback when the API never answers, and the answer when it does', async () => {
    vi.useFakeTimers();
    try {
      const hanging = withTimeout(new Promise<string>(() => undefined), 4000, 'fallback');
      vi.advanceTimersByTime(4000);
      await expect(hanging).resolves.toBe('fallback');
      const answered = withTimeout(Promise.resolve('page'), 4000, 'fallback');
      await expect(answered).resolves.toBe('page');
      const failed = withTimeout(Promise.reject(new Error('http')), 4000, 'fallback');
      await expect(failed).resolves.toBe('fallback');
    } finally {
      vi.useRealTimers();
    }
  });
});
