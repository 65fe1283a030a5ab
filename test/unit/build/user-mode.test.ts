import { describe, expect, it } from 'vitest';
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
  ],
};

function run(block: string, name: string): string[] {
  const loaded: string[] = [];
  const resolved = { then: (f: () => unknown) => { f(); return resolved; } };
  const mw = {
    util: { wikiScript: () => '/w/index.php' },
    loader: {
      using: () => resolved,
      load: (url: string) => void loaded.push(`load ${decodeURIComponent(url.split('title=')[1])}`),
      getScript: (url: string) => { loaded.push(`script ${decodeURIComponent(url.split('title=')[1])}`); return resolved; },
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
});
