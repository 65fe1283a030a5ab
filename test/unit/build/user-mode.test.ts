import { describe, expect, it } from 'vitest';
import { assertEs5 } from '../../../build/build';
import { userCommonJsBlock, type Manifest } from '../../../build/deploy/plan';

// A user-mode install has no ResourceLoader gadget modules: the common.js block must load,
// in order, the shared engine a core depends on and then the core itself, from raw pages.
const manifest: Manifest = {
  section: 'wiki-safety',
  sectionTitles: {},
  modules: [
    { id: 'wiki-safety-styles', files: ['wiki-safety-styles.css'], hidden: true, dependencies: [], descriptions: {} },
    { id: 'pii-flag', files: ['pii-flag.js'], hidden: false, dependencies: ['mediawiki.util'], descriptions: {} },
    { id: 'pii-flag-core', files: ['pii-flag-core.js', 'pii-flag-core.css'], hidden: true, dependencies: ['mediawiki.api', 'ext.gadget.pii-flag-engine', 'ext.gadget.wiki-safety-styles'], descriptions: {} },
    { id: 'reply-templates', files: ['reply-templates.js'], hidden: false, dependencies: ['mediawiki.util'], descriptions: {} },
    { id: 'reply-templates-core', files: ['reply-templates-core.js'], hidden: true, dependencies: ['ext.gadget.wiki-safety-styles'], descriptions: {} },
    { id: 'pii-flag-engine', files: ['pii-flag-engine.js'], hidden: true, dependencies: [], descriptions: {} },
    { id: 'pii-flag-i18n-de', files: ['pii-flag-i18n-de.js'], hidden: true, dependencies: [], descriptions: {} },
    { id: 'pii-flag-i18n-pt-br', files: ['pii-flag-i18n-pt-br.js'], hidden: true, dependencies: [], descriptions: {} },
  ],
};

interface Thenable { then: (ok?: (() => unknown) | null, fail?: () => unknown) => Thenable }
const resolved: Thenable = { then: (ok) => { if (ok) ok(); return resolved; } };
const rejected: Thenable = { then: (_ok, fail) => { if (!fail) return rejected; fail(); return resolved; } };

function run(block: string, name: string, userLanguage = 'en', missing: string[] = []): string[] {
  const loaded: string[] = [];
  const mw = {
    config: { get: (key: string) => (key === 'wgUserLanguage' ? userLanguage : null) },
    util: { wikiScript: () => '/w/index.php' },
    loader: {
      using: () => resolved,
      load: (url: string) => void loaded.push(`load ${decodeURIComponent(url.split('title=')[1])}`),
      getScript: (url: string) => {
        const page = decodeURIComponent(url.split('title=')[1]);
        if (missing.some((m) => page.includes(m))) return rejected;
        loaded.push(`script ${page}`);
        return resolved;
      },
    },
  };
  const window: Record<string, unknown> = {};
  new Function('mw', 'window', block)(mw, window);
  loaded.length = 0; // drop the gadget loaders the block itself loads
  (window.wikiSafetyLoadCore as (n: string) => void)(name);
  return loaded;
}

describe('user-mode common.js block', () => {
  it('loads the shared engine before the core that needs it', () => {
    const steps = run(userCommonJsBlock(manifest, 'Example'), 'pii-flag');
    const scripts = steps.filter((s) => s.startsWith('script'));
    expect(scripts).toEqual([
      'script User:Example/wiki-safety/pii-flag-engine.js&action=raw&ctype=text/javascript',
      'script User:Example/wiki-safety/pii-flag-core.js&action=raw&ctype=text/javascript',
    ]);
    expect(steps).toContain('load User:Example/wiki-safety/wiki-safety-styles.css&action=raw&ctype=text/css');
  });

  it('loads only the core when it needs no engine', () => {
    const scripts = run(userCommonJsBlock(manifest, 'Example'), 'reply-templates').filter((s) => s.startsWith('script'));
    expect(scripts).toEqual(['script User:Example/wiki-safety/reply-templates-core.js&action=raw&ctype=text/javascript']);
  });

  it("loads the user's language page between the engine and the core, most specific language first", () => {
    const block = userCommonJsBlock(manifest, 'Example');
    expect(() => assertEs5(block, 'common.js')).not.toThrow();
    const scripts = (lang: string) => run(block, 'pii-flag', lang).filter((s) => s.startsWith('script')).map((s) => s.split('wiki-safety/')[1].split('&')[0]);
    expect(scripts('de')).toEqual(['pii-flag-engine.js', 'pii-flag-i18n-de.js', 'pii-flag-core.js']);
    expect(scripts('de-AT')).toEqual(['pii-flag-engine.js', 'pii-flag-i18n-de.js', 'pii-flag-core.js']);
    expect(scripts('pt-br')).toEqual(['pii-flag-engine.js', 'pii-flag-i18n-pt-br.js', 'pii-flag-core.js']);
    expect(scripts('en')).toEqual(['pii-flag-engine.js', 'pii-flag-core.js']);
    expect(scripts('fr')).toEqual(['pii-flag-engine.js', 'pii-flag-core.js']);
    // reply-templates has no German page in this manifest: another gadget's never loads.
    expect(run(block, 'reply-templates', 'de').filter((s) => s.startsWith('script'))).toEqual([
      'script User:Example/wiki-safety/reply-templates-core.js&action=raw&ctype=text/javascript',
    ]);
  });

  it('still loads the core (in English) when the language page cannot be read', () => {
    const scripts = run(userCommonJsBlock(manifest, 'Example'), 'pii-flag', 'de', ['pii-flag-i18n-de']).filter((s) => s.startsWith('script'));
    expect(scripts.map((s) => s.split('wiki-safety/')[1].split('&')[0])).toEqual(['pii-flag-engine.js', 'pii-flag-core.js']);
  });
});
