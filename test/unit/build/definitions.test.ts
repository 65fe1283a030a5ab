import { describe, expect, it } from 'vitest';
import { legacyDefinition, mergeLegacyDefinition, type GadgetModule } from '../../../build/definitions';

const modules: GadgetModule[] = [
  { id: 'pii-flag', files: ['pii-flag.js'], hidden: false, dependencies: ['mediawiki.util'], descriptions: {} },
  { id: 'pii-flag-core', files: ['pii-flag-core.js', 'pii-flag-core.css'], hidden: true, dependencies: ['mediawiki.api'], descriptions: {} },
];

describe('gadget definitions', () => {
  it('writes 1.39 legacy lines', () => {
    expect(legacyDefinition('wiki-safety', modules)).toBe(
      '== wiki-safety ==\n* pii-flag[ResourceLoader|dependencies=mediawiki.util]|pii-flag.js\n* pii-flag-core[ResourceLoader|hidden|dependencies=mediawiki.api]|pii-flag-core.js|pii-flag-core.css',
    );
    expect(legacyDefinition('wiki-safety', modules, { forceDefault: true })).toContain('* pii-flag[ResourceLoader|default|');
  });

  it('merges into an existing definition without touching other gadgets', () => {
    const ours = legacyDefinition('wiki-safety', modules);
    const existing = '== editing ==\n* twinkle[ResourceLoader|dependencies=mediawiki.api]|twinkle.js\n\n== wiki-safety ==\n* pii-flag[ResourceLoader]|old.js\n* stale[ResourceLoader]|stale.js\n== other ==\n* hotcat|HotCat.js\n* pii-flag-core[ResourceLoader]|stray.js\n';
    const merged = mergeLegacyDefinition(existing, 'wiki-safety', ours, ['pii-flag', 'pii-flag-core']);
    expect(merged).toContain('* twinkle[ResourceLoader|dependencies=mediawiki.api]|twinkle.js');
    expect(merged).toContain('== other ==\n* hotcat|HotCat.js');
    expect(merged).not.toContain('old.js');
    expect(merged).not.toContain('stray.js');
    expect(merged.match(/== wiki-safety ==/g)).toHaveLength(1);
    expect(mergeLegacyDefinition(merged, 'wiki-safety', ours, ['pii-flag', 'pii-flag-core'])).toBe(merged);
    expect(mergeLegacyDefinition('', 'wiki-safety', ours, [])).toBe(ours + '\n');
  });

  it('keeps the blank line before a section that follows ours, so redeploying changes nothing', () => {
    const ours = legacyDefinition('wiki-safety', modules);
    const ids = ['pii-flag', 'pii-flag-core'];
    const withProbe = mergeLegacyDefinition('', 'wiki-safety', ours, ids) + '\n== wiki-safety-e2e ==\n* probe[ResourceLoader]|probe.js\n';
    const again = mergeLegacyDefinition(withProbe, 'wiki-safety', ours, ids);
    expect(again).toBe(withProbe);
    expect(again).toContain('pii-flag-core.css\n\n== wiki-safety-e2e ==');
  });
});
