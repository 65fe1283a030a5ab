/**
 * The mw.Api glue of report-helper: evidence (revisions, blocks), the sender's
 * ability to send wiki email and action=emailuser (the site config page is
 * read by gadgets/common/config/load.ts). Everything goes to the wiki's own origin.
 */
import type { Basket } from './basket';
import { updateItems } from './basket';
import { blocksQuery, parseBlockedUsers, parseRevisions, revisionsQuery } from './evidence';

export type EmailAbility = 'ok' | 'anon' | 'no-email' | 'no-right' | 'error';

/** Fills author, time, parent revision, deletion state and block state into the basket's items. */
export async function refreshEvidence(api: mw.Api, basket: Basket): Promise<Basket> {
  if (!basket.items.length) return basket;
  const revs = parseRevisions(await api.get(revisionsQuery(basket.items.map((i) => i.newId))));
  const byId = new Map(revs.map((r) => [r.newId, r]));
  let next = updateItems(basket, (item) => {
    const r = byId.get(item.newId);
    if (!r) return undefined;
    return {
      visibility: r.visibility,
      user: r.user ?? item.user,
      timestamp: r.timestamp ?? item.timestamp,
      title: item.title ?? r.title,
      oldId: item.oldId ?? r.parentId,
    };
  });
  const users = [...new Set(next.items.map((i) => i.user).filter((u): u is string => Boolean(u)))];
  if (users.length) {
    const blocked = parseBlockedUsers(await api.get(blocksQuery(users)));
    next = updateItems(next, (item) => (item.user ? { userBlocked: blocked.has(item.user) } : undefined));
  }
  return next;
}

export async function emailAbility(api: mw.Api): Promise<EmailAbility> {
  if (mw.config.get('wgUserName') === null) return 'anon';
  try {
    const data = (await api.get({ action: 'query', meta: 'userinfo', uiprop: 'email|rights', formatversion: '2' })) as {
      query?: { userinfo?: { emailauthenticated?: string; rights?: string[] } };
    };
    const info = data.query?.userinfo;
    if (!info?.emailauthenticated) return 'no-email';
    if (info.rights && !info.rights.includes('sendemail')) return 'no-right';
    return 'ok';
  } catch {
    return 'error';
  }
}

/** Sends through Special:EmailUser's API, with a copy to the sender. Rejects with a short error code. */
export async function sendWikiEmail(api: mw.Api, target: string, subject: string, text: string): Promise<void> {
  try {
    const data = (await api.postWithToken('csrf', { action: 'emailuser', target, subject, text, ccme: true, formatversion: '2' })) as {
      emailuser?: { result?: string; message?: string };
    };
    if (data.emailuser?.result !== 'Success') throw new Error(data.emailuser?.message || 'failed');
  } catch (error) {
    // mw.Api rejects with (code, data); a thrown Error carries a message.
    throw new Error(typeof error === 'string' ? error : (error as Error)?.message || 'http');
  }
}
