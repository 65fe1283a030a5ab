import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertEs5, languageMessages, languageModules, languageModuleSource, readBundles } from '../../../build/build';
import { legacyDefinition } from '../../../build/definitions';
import { mergeBundles } from '../../../gadgets/common/messages';

/** Runs a generated language module against a fake mw.messages; returns what it holds afterwards. */
function evaluate(source: string, preset: Record<string, string> = {}): Record<string, string> {
  const store: Record<string, string> = { ...preset };
  const mw = {
    messages: {
      exists: (key: string) => Object.prototype.hasOwnProperty.call(store, key),
      set: (values: Record<string, string>) => Object.assign(store, values),
    },
  };
  new Function('mw', source)(mw);
  return store;
}

const repo = join(__dirname, '..', '..', '..');
const bundles = (gadget: string) =>
  mergeBundles(readBundles(join(repo, 'gadgets', 'common', 'i18n')), readBundles(join(repo, 'gadgets', gadget, 'i18n')));

describe('language modules', () => {
  it('sets only the keys the wiki has not set, with the text exactly as written', () => {
    const messages = {
      'x-count': '$1 {{PLURAL:$1|Fund|Funde}} in „$2“',
      'x-quotes': `Er sagte "nein" und 'doch' \\ </script> {{GENDER:$1|er|sie}}`,
      'x-custom': 'from the build',
      'x-separators': 'Zeile\u2028Absatz\u2029Ende ✓ 😀',
    };
    const source = languageModuleSource(messages);
    const after = evaluate(source, { 'x-custom': 'local MediaWiki: page', 'other-key': 'untouched' });
    expect(after['x-count']).toBe(messages['x-count']);
    expect(after['x-quotes']).toBe(messages['x-quotes']);
    expect(after['x-separators']).toBe(messages['x-separators']);
    expect(after['x-custom']).toBe('local MediaWiki: page');
    expect(after['other-key']).toBe('untouched');
  });

  it('is ASCII, ES5 and nothing but data and one set call', () => {
    const source = languageModuleSource({ 'x-a': 'Schließen\u2028', 'x-b': 'ok' });
    expect(source).toMatch(/^[\x20-\x7e\n]*$/);
    expect(() => assertEs5(source, 'x-i18n-de.js')).not.toThrow();
    expect(source).not.toMatch(/mw\.(loader|config|hook|util)|window|document/);
    expect(source).toContain('\\u00df');
  });

  it('resolves a regional variant along its chain but leaves English to the core', () => {
    const resolved = languageMessages({ en: { a: 'A', b: 'B', c: 'C' }, de: { a: 'Ade', b: 'Bde' }, 'de-at': { a: 'Aat' }, qqq: {} });
    expect(resolved.de).toEqual({ a: 'Ade', b: 'Bde' });
    expect(resolved['de-at']).toEqual({ a: 'Aat', b: 'Bde' });
    expect(resolved.en).toBeUndefined();
  });

  it("builds a hidden, dependency-free German module per gadget with the gadget's and the common keys", () => {
    for (const gadget of ['pii-flag', 'report-helper', 'reply-templates']) {
      const all = bundles(gadget);
      const modules = languageModules(gadget, all);
      expect(modules.map((m) => m.module.id)).toEqual([`${gadget}-i18n-de`]);
      const [{ module, source }] = modules;
      expect(legacyDefinition('wiki-safety', [module])).toBe(`== wiki-safety ==\n* ${gadget}-i18n-de[ResourceLoader|hidden]|${gadget}-i18n-de.js`);
      const set = evaluate(source);
      expect(set[`${gadget}-gadget-description`]).toBe(all.de[`${gadget}-gadget-description`]);
      expect(set['wiki-safety-dialog-close']).toBe('Schließen');
      expect(Object.keys(set)).not.toContain('@metadata');
      // German only: nothing English-only rides along.
      for (const [key, text] of Object.entries(set)) expect(text).toBe(all.de[key]);
    }
  });
});
