import { describe, expect, it } from 'vitest';
import { localWiki, wikiShellEnv } from '../../../build/local-wiki/config';
import { CANARY_PAYLOADS, DEMO_PAGES, demoConfigPages, diffUrl, naughtyStrings, withoutOldOverride } from '../../../build/local-wiki/demo';
import { validateConfig } from '../../../gadgets/common/config/schema';
import { simpleMsg } from '../../../gadgets/common/messages';

describe('local wiki settings', () => {
  it('binds to loopback on the chosen port and keeps each wiki in its own folder', () => {
    const main = localWiki({ port: 8123 });
    const e2e = localWiki({ name: 'e2e', port: 8088 });
    expect(main.url).toBe('http://127.0.0.1:8123');
    expect(main.apiUrl).toBe('http://127.0.0.1:8123/api.php');
    expect(main.dir).toMatch(/\.local-wiki\/main$/);
    expect(e2e.dir).toMatch(/\.local-wiki\/e2e$/);
    expect(main.bot.password).toHaveLength(32); // createBotPassword.php requires exactly 32 characters
    expect(main.bot.name).toBe('Admin@deploy');
  });
  it('passes every setting wiki.sh requires, and validation stays on unless asked', () => {
    const env = wikiShellEnv(localWiki({ port: 8088 }));
    for (const key of ['WIKI_DIR', 'WIKI_PORT', 'WIKI_ADMIN_PASS', 'WIKI_BOT_PASS', 'WIKI_OVERSIGHT_EMAIL']) expect(env[key]).toBeTruthy();
    expect(env.WIKI_VALIDATE_JS).toBe('1');
    expect(wikiShellEnv(localWiki({ validateJs: false })).WIKI_VALIDATE_JS).toBe('0');
  });
});

describe('demo content', () => {
  it('puts the PII in the added text of the talk-page diff, and none in the clean one', () => {
    const [before, after] = DEMO_PAGES.piiTalk.edits;
    expect(before.text).not.toContain('555 0134');
    expect(after.text).toContain('+1 415 555 0134');
    expect(after.text).toMatch(/\[\[User:GardenFan42\|GardenFan42\]\] is really Maria Example/);
    expect(DEMO_PAGES.cleanArticle.edits[1].text).not.toMatch(/@|555/);
  });
  it('carries hostile input in title, summary and text', () => {
    const hostile = DEMO_PAGES.hostile;
    expect(hostile.title).toContain('javascript:');
    expect(hostile.edits[1].summary).toContain('onerror=');
    for (const payload of CANARY_PAYLOADS) expect(hostile.edits[1].text).toContain(payload);
    expect(naughtyStrings().some((s) => s.includes('<script>alert(123)</script>'))).toBe(true);
    // A title MediaWiki accepts: none of the characters it forbids in titles.
    expect(hostile.title).not.toMatch(/[<>[\]{}|#]/);
  });
  it('builds diff URLs with encoders (a title with quotes and colons survives)', () => {
    const url = new URL(diffUrl('http://127.0.0.1:8080', { title: DEMO_PAGES.hostile.title, oldid: 1, diff: 2 }, { useskin: 'minerva' }));
    expect(url.searchParams.get('title')).toBe(DEMO_PAGES.hostile.title);
    expect(url.searchParams.get('diff')).toBe('2');
    expect(url.searchParams.get('oldid')).toBe('1');
    expect(url.searchParams.get('useskin')).toBe('minerva');
  });
  it('configures all three gadgets through the one site page to send oversight requests to the local account', () => {
    const pages = demoConfigPages({ name: 'Oversight', email: 'oversight@example.org' });
    expect(Object.keys(pages)).toEqual(['MediaWiki:Gadget-wiki-safety-config.json']);
    const page = JSON.parse(pages['MediaWiki:Gadget-wiki-safety-config.json']);
    expect(page).toEqual({ oversight: { email: 'oversight@example.org', emailUser: 'Oversight' } });
    // The page passes the gadgets' own validation without a single problem.
    expect(validateConfig(page, simpleMsg({}))).toEqual({ config: page, errors: [] });
  });
  it("takes an earlier demo wiki's Common.js override out, leaving the rest of the page", () => {
    const old = [
      'mw.loader.load("x");',
      '/* Local demo wiki: where the safety gadgets send oversight requests (see README, "The local wiki"). */',
      'window.wikiSafetyConfig = window.wikiSafetyConfig || { oversight: {"email":"o@example.org","emailUser":"Oversight"} };',
      '',
    ].join('\n');
    expect(withoutOldOverride(old)).toBe('mw.loader.load("x");\n');
    expect(withoutOldOverride('mw.loader.load("x");\n')).toBe('mw.loader.load("x");\n');
  });
});
