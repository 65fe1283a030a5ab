import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadMessages } from '../../../gadgets/common/mw';

/**
 * A fake ResourceLoader: `modules` maps a registered module id to the messages it sets
 * when loaded (or 'fails'); mw.message reads the message store like MediaWiki's does.
 */
function fakeMw(modules: Record<string, Record<string, string> | 'fails'>, preset: Record<string, string> = {}) {
  const store: Record<string, string> = { ...preset };
  const requested: string[] = [];
  const mw = {
    config: { get: () => null },
    messages: {
      exists: (key: string) => key in store,
      set: (values: Record<string, string>) => Object.assign(store, values),
    },
    message: (key: string, ...params: string[]) => ({
      text: () => (key in store ? store[key].replace(/\$(\d)/g, (m, n: string) => params[Number(n) - 1] ?? m) : `⧼${key}⧽`),
    }),
    loader: {
      getState: (id: string) => (id in modules ? 'registered' : null),
      using: (id: string) => {
        requested.push(id);
        const m = modules[id];
        if (m === 'fails') return Promise.reject(new Error('network'));
        for (const [k, v] of Object.entries(m)) if (!(k in store)) store[k] = v;
        return Promise.resolve();
      },
    },
  };
  vi.stubGlobal('mw', mw);
  return { store, requested };
}

const en = { 'g-title': 'Title $1', 'g-only-en': 'English only', 'g-custom': 'English custom' };

afterEach(() => vi.unstubAllGlobals());

describe('loadMessages', () => {
  it("loads the user's language before answering, English fills the rest, local customisations win", async () => {
    const { requested } = fakeMw({ 'ext.gadget.g-i18n-de': { 'g-title': 'Titel $1', 'g-custom': 'Deutsch' } }, { 'g-custom': 'Lokal' });
    const msg = await loadMessages('g', en, 'de');
    expect(requested).toEqual(['ext.gadget.g-i18n-de']);
    expect(msg('g-title', 'X')).toBe('Titel X');
    expect(msg('g-only-en')).toBe('English only');
    expect(msg('g-custom')).toBe('Lokal');
  });

  it('tries the regional variant first, then the language, and never asks for English', async () => {
    const regional = fakeMw({ 'ext.gadget.g-i18n-de-at': { 'g-title': 'Titel (AT) $1' }, 'ext.gadget.g-i18n-de': {} });
    expect((await loadMessages('g', en, 'de-AT'))('g-title', 1)).toBe('Titel (AT) 1');
    expect(regional.requested).toEqual(['ext.gadget.g-i18n-de-at']);

    const language = fakeMw({ 'ext.gadget.g-i18n-de': { 'g-title': 'Titel $1' } });
    expect((await loadMessages('g', en, 'de-ch'))('g-title', 2)).toBe('Titel 2');
    expect(language.requested).toEqual(['ext.gadget.g-i18n-de']);

    const english = fakeMw({ 'ext.gadget.g-i18n-en': { 'g-title': 'wrong' } });
    expect((await loadMessages('g', en, 'en'))('g-title', 3)).toBe('Title 3');
    expect(english.requested).toEqual([]);
  });

  it('stays usable in English when the language module fails or does not exist', async () => {
    fakeMw({ 'ext.gadget.g-i18n-de': 'fails' });
    expect((await loadMessages('g', en, 'de'))('g-title', 'X')).toBe('Title X');
    fakeMw({});
    expect((await loadMessages('g', en, 'fr'))('g-only-en')).toBe('English only');
  });
});
