/**
 * What the receiving team needs to know about each diff, read from the API
 * (pure parsers over formatversion=2 JSON; basket/api.ts does the requests):
 * the page, author and time of each revision, whether it is already deleted or
 * suppressed, and whether its author is blocked right now.
 */
import type { Visibility } from '../referral/compose';

export interface RevisionFacts {
  newId: number;
  parentId?: number;
  title?: string;
  timestamp?: string;
  user?: string;
  visibility: Visibility;
}

/**
 * Parameters for one revisions query (up to 50 ids, the API's limit for normal users).
 * The API reports a hidden part only for the props it was asked for: hidden text shows
 * as `sha1hidden` (with rvprop=sha1; `texthidden` needs the content itself) and a hidden
 * summary as `commenthidden` (with rvprop=comment), and `suppressed` only appears with
 * one of them (MediaWiki 1.39 ApiQueryRevisionsBase). The summary itself is not used.
 */
export function revisionsQuery(ids: number[]): Record<string, string> {
  return {
    action: 'query',
    prop: 'revisions',
    revids: ids.slice(0, 50).join('|'),
    rvprop: 'ids|timestamp|user|flags|sha1|comment',
    formatversion: '2',
    format: 'json',
  };
}

export function blocksQuery(users: string[]): Record<string, string> {
  return { action: 'query', list: 'blocks', bkusers: users.slice(0, 50).join('|'), bkprop: 'user', formatversion: '2', format: 'json' };
}

interface ApiRevision {
  revid?: number;
  parentid?: number;
  timestamp?: string;
  user?: string;
  userhidden?: boolean;
  texthidden?: boolean;
  sha1hidden?: boolean;
  commenthidden?: boolean;
  suppressed?: boolean;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return Boolean(v) && typeof v === 'object';
}

export function parseRevisions(json: unknown): RevisionFacts[] {
  const out: RevisionFacts[] = [];
  const query = isObject(json) && isObject(json.query) ? json.query : undefined;
  if (!query) return out;
  const pages = Array.isArray(query.pages) ? query.pages : [];
  for (const page of pages) {
    if (!isObject(page) || !Array.isArray(page.revisions)) continue;
    for (const rev of page.revisions as ApiRevision[]) {
      if (!isObject(rev) || typeof rev.revid !== 'number') continue;
      const hidden = rev.texthidden || rev.sha1hidden || rev.userhidden || rev.commenthidden;
      out.push({
        newId: rev.revid,
        parentId: typeof rev.parentid === 'number' && rev.parentid > 0 ? rev.parentid : undefined,
        title: typeof page.title === 'string' ? page.title : undefined,
        timestamp: typeof rev.timestamp === 'string' ? rev.timestamp : undefined,
        user: !rev.userhidden && typeof rev.user === 'string' ? rev.user : undefined,
        visibility: rev.suppressed ? 'suppressed' : hidden ? 'deleted' : 'visible',
      });
    }
  }
  // Revisions of deleted pages (or never existing) come back as "badrevids".
  const bad = query.badrevids;
  const badList = Array.isArray(bad) ? bad : isObject(bad) ? Object.values(bad) : [];
  for (const b of badList) {
    if (isObject(b) && typeof b.revid === 'number') out.push({ newId: b.revid, visibility: 'gone' });
  }
  return out;
}

/** The set of blocked user names in a list=blocks answer. */
export function parseBlockedUsers(json: unknown): Set<string> {
  const blocked = new Set<string>();
  const query = isObject(json) && isObject(json.query) ? json.query : undefined;
  const blocks = query && Array.isArray(query.blocks) ? query.blocks : [];
  for (const b of blocks) if (isObject(b) && typeof b.user === 'string') blocked.add(b.user);
  return blocked;
}
