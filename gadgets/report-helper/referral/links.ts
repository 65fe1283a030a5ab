/**
 * Permanent links to revisions on the wiki's own server (pure), and the reverse:
 * reading a diff URL someone pasted. Links are built with encoders only.
 */

/** Where a wiki lives: "https://en.wikipedia.org" + "/w/index.php". */
export interface WikiLocation {
  server: string;
  script: string;
}

/** One diff, by revision ids. */
export interface DiffRef extends WikiLocation {
  newId: number;
  oldId?: number;
  title?: string;
}

/** Like mw.util.wikiUrlencode: readable titles (spaces as _, ":" and "/" kept) yet safe in a query. */
export function encodeTitle(title: string): string {
  return encodeURIComponent(title.replace(/ /g, '_')).replace(/%3A/gi, ':').replace(/%2F/gi, '/');
}

export function pageUrl(wiki: WikiLocation, title: string): string {
  return `${wiki.server}${wiki.script}?title=${encodeTitle(title)}`;
}

/** `index.php?diff=NEW&oldid=OLD`: works on every MediaWiki version and shows exactly this change. */
export function diffUrl(ref: DiffRef): string {
  const old = ref.oldId ? `&oldid=${ref.oldId}` : '';
  return `${ref.server}${ref.script}?diff=${ref.newId}${old}`;
}

/** `Special:Diff/NEW`: the short permanent form. */
export function specialDiffUrl(ref: DiffRef): string {
  return `${ref.server}${ref.script}?title=Special:Diff/${ref.newId}`;
}

export type DiffUrlError = 'not-a-url' | 'not-a-diff' | 'not-permanent' | 'other-wiki';

/** "en.m.wikipedia.org" and "en.wikipedia.org" are the same wiki. */
function canonicalHost(host: string): string {
  return host.toLowerCase().replace(/\.m\./, '.');
}

function positiveId(value: string | null | undefined): number | undefined {
  if (!value || !/^\d{1,12}$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

/** Special:Diff/A[/B] and Special:MobileDiff/A[...B] in any language ("Spezial:Diff/…"). */
const SPECIAL_DIFF = /^[^:/]{1,40}:(?:Diff|MobileDiff)\/(\d{1,12})(?:(?:\/|\.\.\.)(\d{1,12}))?$/i;

function fromSpecial(name: string): { newId: number; oldId?: number } | undefined {
  const m = SPECIAL_DIFF.exec(name);
  if (!m) return undefined;
  const a = Number(m[1]);
  if (m[2] === undefined) return a > 0 ? { newId: a } : undefined;
  const b = Number(m[2]);
  return b > 0 && a > 0 ? { newId: b, oldId: a } : undefined;
}

/** "/wiki/Special:Diff/5" → "Special:Diff/5": the path from the first segment with a namespace. */
function titleFromPath(path: string): string {
  const parts = path.split('/');
  const at = parts.findIndex((p) => p.includes(':'));
  return at < 0 ? '' : parts.slice(at).join('/');
}

/**
 * Reads a diff link: `index.php?diff=N&oldid=M`, `?oldid=M&diff=prev`,
 * `Special:Diff/M/N` (path or title=), `Special:MobileDiff/M...N`.
 * With `wiki`, a link to another host is refused; the result always points at
 * `wiki` (or the link's own server) with the script path from the link when it has one.
 */
export function parseDiffUrl(input: string, wiki?: { server: string; script?: string }): DiffRef | DiffUrlError {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return 'not-a-url';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'not-a-url';
  if (wiki) {
    let wikiHost: string;
    try {
      wikiHost = new URL(wiki.server).host;
    } catch {
      return 'not-a-url';
    }
    if (canonicalHost(url.host) !== canonicalHost(wikiHost)) return 'other-wiki';
  }
  const path = decodeURIComponent(url.pathname);
  const script = /\.php$/.test(path) ? path : wiki?.script ?? '/w/index.php';
  const server = wiki ? new URL(wiki.server).origin : `${url.protocol}//${canonicalHost(url.host)}`;
  const title = url.searchParams.get('title') ?? (/\.php$/.test(path) ? '' : titleFromPath(path));
  const special = title ? fromSpecial(title.replace(/ /g, '_')) : undefined;
  if (special) return { server, script, ...special };

  const diff = url.searchParams.get('diff');
  const oldid = positiveId(url.searchParams.get('oldid'));
  if (diff === null) return 'not-a-diff';
  const diffId = positiveId(diff);
  if (diffId) {
    // A reversed pair (diff < oldid) still names the same two revisions; the newer is the edit.
    if (oldid && oldid > diffId) return { server, script, newId: oldid, oldId: diffId };
    return { server, script, newId: diffId, oldId: oldid };
  }
  if (diff === 'prev' && oldid) return { server, script, newId: oldid };
  if (diff === 'next' || diff === 'cur' || diff === 'prev' || diff === '0') return 'not-permanent';
  return 'not-a-diff';
}
