/**
 * A deterministic synthetic talk-page diff: what an oversighter's 2 MB diff (MediaWiki's
 * default $wgMaxArticleSize is 2048 KB) of a busy noticeboard looks like. Threads of
 * indented replies with signatures and timestamps, wikilinks, pings, diff links, citations
 * with ISBNs and DOIs, IP signatures, and now and then a piece of personal information.
 * The planted PII is returned with its offsets, so the same text doubles as a recall check.
 */
import type { PiiType } from '../gadgets/common/contracts';
import { utf8Bytes } from './metrics';

/** mulberry32: a tiny seeded PRNG, so every run and every machine gets the same text. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Planted {
  type: PiiType;
  start: number;
  end: number;
}

export interface SyntheticDiff {
  text: string;
  bytes: number;
  planted: Planted[];
}

const USERS = ['Drmies', 'Ritchie333', 'Seraphimblade', 'Bishonen', 'Girth Summit', 'Floquenbeam', 'Johnuniq', 'Primefac', 'Tamzin', 'El C', 'Cullen328', 'Ymblanter', 'Häuslebauer', 'Zoë Ćosić', 'Ладога', 'Kusma', 'Shōgun77', 'Valereee'];
const ARTICLES = ['Battle of Hastings', 'Photosynthesis', 'Toronto Star', 'Raith Rovers F.C.', 'Mozilla Firefox', 'Chemical biology', 'Bodmin', 'Arts Club of Chicago', 'Keilwelle', 'United Kingdom', 'Statoil', 'Anarchism'];
const SENTENCES = [
  'I think the source is reliable enough for this claim, but the wording should follow it more closely',
  'Please see the discussion above before reverting again; consensus was fairly clear',
  'The edit warring has to stop, and I have left a note on both talk pages',
  'This looks like a content dispute rather than a conduct issue, so I would suggest an RfC',
  'Could you explain why the sourced paragraph was removed in your last edit',
  'I have semi-protected the page for a week because of persistent disruption from several ranges',
  'Agree with the above; the sockpuppet investigation should settle this',
  'The 2019 figures differ from the 2021 census, which reported 8,908,081 residents',
  'Per WP:BLP, unsourced contentious material about living people must be removed immediately',
  'Der Artikel braucht dringend bessere Belege, insbesondere für die Jahre 1958–2010',
  'Thanks, that clarifies it; I will withdraw the request',
  'Support, with the caveat that the lead needs trimming to about four paragraphs',
  'The match ended 3–1 after extra time, with a lap record of 1:45.678 in the second session',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The kinds of personal information sprinkled in (fake but well-formed values). */
const PII: Array<{ type: PiiType; before: string; value: (r: () => number) => string; after: string }> = [
  { type: 'email', before: 'you can reach him at ', value: (r) => `j.miller${Math.floor(r() * 900 + 100)}@gmail.com`, after: ' if you want to ask him yourself' },
  { type: 'email', before: 'her address is ', value: (r) => `anna.schmidt${Math.floor(r() * 90 + 10)} [at] web [dot] de`, after: ', write to her' },
  { type: 'phone', before: 'call him on ', value: (r) => `(202) 555-0${Math.floor(r() * 900 + 100)}`, after: ' and ask' },
  { type: 'phone', before: 'ihre Handynummer ist ', value: (r) => `+49 151 ${Math.floor(r() * 90000000 + 10000000)}`, after: ', ruft sie an' },
  { type: 'ip-address', before: 'this account is obviously the same person who edits as ', value: (r) => `203.0.113.${Math.floor(r() * 250 + 2)}`, after: ' when logged out' },
  { type: 'social-profile', before: 'his Facebook is ', value: (r) => `https://www.facebook.com/tom.baker.${Math.floor(r() * 9000 + 1000)}`, after: ', have a look' },
  { type: 'date-of-birth', before: 'she was born on ', value: (r) => `${Math.floor(r() * 27 + 1)} ${MONTHS[Math.floor(r() * 12)]} 19${Math.floor(r() * 40 + 60)}`, after: ' and lives nearby' },
  { type: 'postal-address', before: 'he lives at ', value: (r) => `${Math.floor(r() * 900 + 10)} Maple Street, Springfield, IL 62704`, after: ', everyone should know' },
];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

function timestamp(r: () => number): string {
  const hh = String(Math.floor(r() * 24)).padStart(2, '0');
  const mm = String(Math.floor(r() * 60)).padStart(2, '0');
  return `${hh}:${mm}, ${Math.floor(r() * 28 + 1)} ${pick(r, MONTHS)} 20${Math.floor(r() * 10 + 15)} (UTC)`;
}

function signature(r: () => number): string {
  if (r() < 0.08) {
    const ip = `198.51.100.${Math.floor(r() * 250 + 2)}`;
    return `— [[Special:Contributions/${ip}|${ip}]] ([[User talk:${ip}|talk]]) ${timestamp(r)}`;
  }
  const u = pick(r, USERS);
  return `[[User:${u}|${u}]] ([[User talk:${u}|talk]]) ${timestamp(r)}`;
}

function citation(r: () => number): string {
  const isbn = `978-0-${Math.floor(r() * 900 + 100)}-${Math.floor(r() * 90000 + 10000)}-${Math.floor(r() * 10)}`;
  const doi = `10.${Math.floor(r() * 9000 + 1000)}/s${Math.floor(r() * 90000 + 10000)}-0${Math.floor(r() * 90 + 10)}-0542-7`;
  const access = `20${Math.floor(r() * 10 + 14)}-0${Math.floor(r() * 9 + 1)}-${Math.floor(r() * 18 + 10)}`;
  return `<ref>{{cite book |last=Smith |first=J. |title=${pick(r, ARTICLES)} |year=19${Math.floor(r() * 90 + 10)} |isbn=${isbn} |doi=${doi} |pages=${Math.floor(r() * 300 + 1)}–${Math.floor(r() * 300 + 301)} |access-date=${access}}}</ref>`;
}

/** One reply: indented text with links, sometimes a citation, a diff link or a PII sentence. */
function reply(r: () => number, depth: number, planted: Planted[], offset: number): string {
  let line = ':'.repeat(depth) + (r() < 0.2 ? `{{ping|${pick(r, USERS)}}} ` : '');
  const sentences = 1 + Math.floor(r() * 3);
  for (let s = 0; s < sentences; s++) {
    line += pick(r, SENTENCES).replace(/\bsource\b/, `[[${pick(r, ARTICLES)}|source]]`) + '. ';
  }
  if (r() < 0.15) line += `See [[Special:Diff/${Math.floor(r() * 9e8 + 1e9)}]] and [https://en.wikipedia.org/w/index.php?title=${encodeURIComponent(pick(r, ARTICLES).replace(/ /g, '_'))}&oldid=${Math.floor(r() * 9e8 + 1e9)} this revision]. `;
  if (r() < 0.1) line += citation(r) + ' ';
  if (r() < 0.02) {
    const p = pick(r, PII);
    const value = p.value(r);
    line += p.before;
    planted.push({ type: p.type, start: offset + line.length, end: offset + line.length + value.length });
    line += value + p.after + '. ';
  }
  return line + signature(r) + '\n';
}

/** Generates at least `targetBytes` UTF-8 bytes of talk-page text from `seed`. */
export function syntheticTalkDiff(targetBytes: number, seed = 20240601): SyntheticDiff {
  const r = seededRandom(seed);
  const parts: string[] = [];
  const planted: Planted[] = [];
  let length = 0;
  let bytes = 0;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
    bytes += utf8Bytes(s);
  };
  let thread = 0;
  while (bytes < targetBytes) {
    thread++;
    push(`\n== ${pick(r, ARTICLES)}: request ${thread} ==\n`);
    const replies = 2 + Math.floor(r() * 8);
    for (let i = 0; i < replies && bytes < targetBytes; i++) push(reply(r, Math.min(i, 6), planted, length));
  }
  const text = parts.join('');
  return { text, bytes, planted };
}
