import { describe, expect, it } from 'vitest';
import { fallbackChain, resolveMessages, simpleMsg } from '../../../gadgets/common/messages';
import { bananaMsg } from '../../../gadgets/common/banana';

const bundles = {
  en: { '@metadata': { authors: [] }, hello: 'Hello $1', count: '$1 {{PLURAL:$1|finding|findings}}', only: 'English only' },
  de: { hello: 'Hallo $1', count: '$1 {{PLURAL:$1|Fund|Funde}}' },
};

describe('messages', () => {
  it('falls back from a regional variant to the language, then to English', () => {
    expect(fallbackChain('de-AT')).toEqual(['de-at', 'de', 'en']);
    expect(fallbackChain(undefined)).toEqual(['en']);
    const de = resolveMessages(bundles, 'de-at');
    expect(de.hello).toBe('Hallo $1');
    expect(de.only).toBe('English only');
    expect(de['@metadata']).toBeUndefined();
  });

  it('banana and the simple function agree on parameters and plurals', () => {
    for (const msg of [bananaMsg(bundles, 'de'), simpleMsg(resolveMessages(bundles, 'de'))]) {
      expect(msg('hello', 'Welt')).toBe('Hallo Welt');
      expect(msg('count', 1)).toBe('1 Fund');
      expect(msg('count', 3)).toBe('3 Funde');
    }
  });
});
