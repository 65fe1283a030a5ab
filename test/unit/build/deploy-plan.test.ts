import { describe, expect, it } from 'vitest';
import * as acorn from 'acorn';
import {
  editSummary,
  legacyDefinitionText,
  mergeCommonJs,
  missingRights,
  parseMediaWikiVersion,
  planSitePages,
  planUserPages,
  sameText,
  userCommonJsBlock,
  variantFor,
  type Manifest,
} from '../../../build/deploy/plan';

const manifest: Manifest = {
  section: 'wiki-safety',
  sectionTitles: { en: 'Safety tools', de: 'Sicherheitswerkzeuge' },
  modules: [
    { id: 'wiki-safety-styles', files: ['wiki-safety-styles.css'], hidden: true, dependencies: [], descriptions: { en: 'Shared styles' } },
    { id: 'pii-flag', files: ['pii-flag.js'], hidden: false, dependencies: ['mediawiki.util'], descriptions: { en: 'Flags PII', de: 'Markiert' } },
    {
      id: 'pii-flag-core',
      files: ['pii-flag-core.js', 'pii-flag-core.css'],
      hidden: true,
      dependencies: ['mediawiki.api', 'ext.gadget.wiki-safety-styles'],
      descriptions: {},
    },
  ],
};
const files = {
  'wiki-safety-styles.css': '.a{}',
  'pii-flag.js': 'loader();',
  'pii-flag-core.js': 'core();',
  'pii-flag-core.css': '.b{}',
};

describe('variant by MediaWiki version', () => {
  it('reads the siteinfo generator', () => {
    expect(parseMediaWikiVersion('MediaWiki 1.39.17')).toEqual([1, 39]);
    expect(parseMediaWikiVersion('MediaWiki 1.44.0-wmf.3')).toEqual([1, 44]);
    expect(parseMediaWikiVersion('SomethingElse 2')).toBeNull();
  });
  it('gives ES5 below 1.41 (ResourceLoader rejects ES6 there) and ES2017 from 1.41', () => {
    expect(variantFor('MediaWiki 1.39.17')).toBe('es5');
    expect(variantFor('MediaWiki 1.40.4')).toBe('es5');
    expect(variantFor('MediaWiki 1.41.0')).toBe('es2017');
    expect(variantFor('MediaWiki 1.45.0-wmf.1')).toBe('es2017');
    expect(variantFor('MediaWiki 2.0.0')).toBe('es2017');
    expect(variantFor('garbage')).toBe('es5');
  });
});

describe('site pages', () => {
  it('writes every built file, then descriptions with translations as /lang subpages', () => {
    const pages = planSitePages(manifest, { files, contentLanguage: 'en' });
    const titles = pages.map((p) => p.title);
    expect(titles.slice(0, 4)).toEqual([
      'MediaWiki:Gadget-wiki-safety-styles.css',
      'MediaWiki:Gadget-pii-flag.js',
      'MediaWiki:Gadget-pii-flag-core.js',
      'MediaWiki:Gadget-pii-flag-core.css',
    ]);
    expect(pages.find((p) => p.title === 'MediaWiki:Gadget-pii-flag-core.js')?.text).toBe('core();');
    expect(titles).toContain('MediaWiki:Gadget-section-wiki-safety');
    expect(pages.find((p) => p.title === 'MediaWiki:Gadget-section-wiki-safety/de')?.text).toBe('Sicherheitswerkzeuge');
    expect(pages.find((p) => p.title === 'MediaWiki:Gadget-pii-flag')?.text).toBe('Flags PII');
    expect(titles).toContain('MediaWiki:Gadget-pii-flag/de');
    expect(titles).not.toContain('MediaWiki:Gadget-pii-flag/en');
    expect(titles.some((t) => t.startsWith('Gadget definition:'))).toBe(false);
  });
  it('puts the base description in the content language of a German wiki', () => {
    const pages = planSitePages(manifest, { files, contentLanguage: 'de' });
    expect(pages.find((p) => p.title === 'MediaWiki:Gadget-pii-flag')?.text).toBe('Markiert');
    expect(pages.find((p) => p.title === 'MediaWiki:Gadget-pii-flag/en')?.text).toBe('Flags PII');
  });
  it('adds Gadget: pages and JSON definitions for the JSON repository', () => {
    const pages = planSitePages(manifest, { files, contentLanguage: 'en', json: true, forceDefault: true });
    expect(pages.map((p) => p.title)).toContain('Gadget:pii-flag.js');
    const definition = JSON.parse(pages.find((p) => p.title === 'Gadget definition:pii-flag')!.text);
    expect(definition.settings.default).toBe(true);
    expect(definition.module.pages).toEqual(['pii-flag.js']);
    const hidden = JSON.parse(pages.find((p) => p.title === 'Gadget definition:pii-flag-core')!.text);
    expect(hidden.settings).toMatchObject({ hidden: true, default: false });
  });
  it('refuses a file MediaWiki would rewrite on save (not NFC), and accepts NFC non-ASCII', () => {
    const decomposed = 'var r=/(?:o\u0301?|\u00f3)/;'; // what libphonenumber's pattern held before ASCII output
    expect(() => planSitePages(manifest, { files: { ...files, 'pii-flag.js': decomposed }, contentLanguage: 'en' })).toThrow(/pii-flag\.js .*not Unicode NFC/);
    expect(() => planUserPages(manifest, { ...files, 'pii-flag.js': decomposed }, 'Pat')).toThrow(/NFC/);
    expect(() => planSitePages(manifest, { files: { ...files, 'pii-flag.js': 'var r=/[メール…]/;' }, contentLanguage: 'en' })).not.toThrow();
  });

  it('refuses a plan when the build lacks a file the manifest names', () => {
    const { 'pii-flag-core.js': _dropped, ...partial } = files;
    expect(() => planSitePages(manifest, { files: partial, contentLanguage: 'en' })).toThrow(/pii-flag-core\.js.*npm run build/);
  });
});

describe('legacy definition on a wiki with other gadgets', () => {
  const existing = '== editing ==\n* HotCat[ResourceLoader]|HotCat.js\n\n== wiki-safety ==\n* pii-flag[ResourceLoader]|old.js\n';
  it('replaces only our section and keeps the others', () => {
    const text = legacyDefinitionText(existing, manifest, { forceDefault: true });
    expect(text).toContain('* HotCat[ResourceLoader]|HotCat.js');
    expect(text).not.toContain('old.js');
    expect(text).toContain('* pii-flag[ResourceLoader|default|dependencies=mediawiki.util]|pii-flag.js');
    expect(text).toContain('* pii-flag-core[ResourceLoader|hidden|dependencies=mediawiki.api,ext.gadget.wiki-safety-styles]|pii-flag-core.js|pii-flag-core.css');
  });
  it('is stable: deploying twice changes nothing', () => {
    const once = legacyDefinitionText(existing, manifest);
    expect(legacyDefinitionText(once, manifest)).toBe(once);
  });
});

describe('user mode', () => {
  it('keeps every built file under User:<name>/wiki-safety/', () => {
    const pages = planUserPages(manifest, files, "O'Brien");
    expect(pages.map((p) => p.title)).toEqual([
      "User:O'Brien/wiki-safety/wiki-safety-styles.css",
      "User:O'Brien/wiki-safety/pii-flag.js",
      "User:O'Brien/wiki-safety/pii-flag-core.js",
      "User:O'Brien/wiki-safety/pii-flag-core.css",
    ]);
  });
  it('writes a common.js block that is ES5 and escapes the user name', () => {
    const block = userCommonJsBlock(manifest, "O'Brien\u2028\"x");
    expect(() => acorn.parse(block, { ecmaVersion: 5 })).not.toThrow();
    expect(block).toContain('window.wikiSafetyUserScripts = "User:O\'Brien\\u2028\\"x/wiki-safety/";');
    expect(block).toContain('["pii-flag.js"]');
    expect(block).not.toContain('pii-flag-core.js'); // the loader fetches the core itself
    expect(block).toContain('"mediawiki.api"');
    expect(block).not.toContain('ext.gadget.');
  });
  it('merges into common.js without touching the user\'s own code, idempotently', () => {
    const block = userCommonJsBlock(manifest, 'Pat');
    const mine = "importScript('User:Pat/other.js');\n";
    const once = mergeCommonJs(mine, block);
    expect(once.startsWith(mine)).toBe(true);
    expect(mergeCommonJs(once, block)).toBe(once);
    const updated = mergeCommonJs(once + '\n// after\n', block.replace('Pat', 'Pat2'));
    expect(updated).toContain('// after');
    expect(updated.match(/<wiki-safety-gadgets>/g)).toHaveLength(1);
    expect(mergeCommonJs('', block)).toBe(block + '\n');
  });
  it('never swallows user code after a stray begin marker', () => {
    const block = userCommonJsBlock(manifest, 'Pat');
    const stray = "// <wiki-safety-gadgets> half-deleted\nmyOwnCode();\n";
    const once = mergeCommonJs(stray, block);
    expect(once).toContain('myOwnCode();');
    const twice = mergeCommonJs(once, block.replace('Pat', 'Pat2'));
    expect(twice).toContain('myOwnCode();');
    expect(twice).toContain('User:Pat2/wiki-safety/');
    expect(twice).not.toContain('"User:Pat/wiki-safety/"');
  });
});

describe('rights, summaries, comparison', () => {
  it('names what is missing for a site deploy', () => {
    expect(missingRights(['editinterface', 'editsitejson'], 'site')).toEqual(['editsitejs', 'editsitecss']);
    expect(missingRights(['editinterface', 'editsitejs', 'editsitecss'], 'site', true)).toEqual(['editsitejson']);
    expect(missingRights(['editmyuserjs', 'editmyusercss'], 'user')).toEqual([]);
  });
  it('names version and commit in the summary', () => {
    expect(editSummary('0.1.0', 'abc1234-dirty', 'deploy pii-flag (es5 build)')).toBe('wiki-safety-gadgets 0.1.0 (abc1234-dirty): deploy pii-flag (es5 build)');
  });
  it('treats trailing whitespace as MediaWiki does (trimmed on save)', () => {
    expect(sameText('a\n', 'a')).toBe(true);
    expect(sameText(undefined, '')).toBe(false);
    expect(sameText('a', 'b')).toBe(false);
  });
});
