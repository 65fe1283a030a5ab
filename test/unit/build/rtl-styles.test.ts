import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import cssjanus from 'cssjanus';
import { describe, expect, it } from 'vitest';
import { protectFromFlipping } from '../../../build/build';

// ResourceLoader runs CSSJanus over gadget CSS in right-to-left interfaces. The shared Codex
// styles are bidi already ([dir=rtl] rules), so after protection CSSJanus must change nothing.
describe('shared styles in right-to-left interfaces', () => {
  it('CSSJanus leaves the protected Codex styles exactly as built', async () => {
    const result = await build({
      entryPoints: [join(process.cwd(), 'gadgets/common/ui/codex.css')],
      bundle: true,
      minify: true,
      write: false,
      legalComments: 'none',
      logLevel: 'silent',
    });
    const css = protectFromFlipping(result.outputFiles[0].text);
    expect(css).toContain('[dir=rtl]');
    expect(cssjanus.transform(css)).toBe(css);
    // and without protection it would have flipped (so the check above can fail)
    expect(cssjanus.transform(result.outputFiles[0].text)).not.toBe(result.outputFiles[0].text);
  });

  it('marks rules inside @media blocks and keeps strings intact', () => {
    const css = '.a{left:0;background:url("data:x}{")}@media (min-width:1px){.b{float:left}.c{right:0}}';
    const protectedCss = protectFromFlipping(css);
    expect(protectedCss).toBe('/*@noflip*/.a{left:0;background:url("data:x}{")}@media (min-width:1px){/*@noflip*/.b{float:left}/*@noflip*/.c{right:0}}');
    expect(cssjanus.transform(protectedCss)).toBe(protectedCss);
  });

  it('the gadgets own CSS does not rely on flipping either: no physical left/right', () => {
    for (const file of ['pii-flag/ui/pii-flag.css', 'report-helper/ui/report-helper.css', 'reply-templates/ui/reply-templates.css']) {
      const css = readFileSync(join(process.cwd(), 'gadgets', file), 'utf8');
      expect(cssjanus.transform(css), file).toBe(css);
    }
  });
});
