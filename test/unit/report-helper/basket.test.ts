import { describe, expect, it } from 'vitest';
import { DAY_MS, memoryStorage } from '../../../gadgets/common/storage';
import { BASKET_KEY, addToBasket, basketStore, removeFromBasket, sanitizeBasket } from '../../../gadgets/report-helper/basket/basket';
import { blocksQuery, parseBlockedUsers, parseRevisions, revisionsQuery } from '../../../gadgets/report-helper/basket/evidence';

const en = { server: 'https://en.wikipedia.org', script: '/w/index.php', dbName: 'enwiki' };

describe('basket', () => {
  it('adds two diffs from two pages with permanent links; the same diff twice merges', () => {
    let { basket, result } = addToBasket(undefined, { ...en, newId: 18, oldId: 17, title: 'Talk:A', findingTypes: ['phone'] }, 1);
    expect(result).toBe('added');
    ({ basket, result } = addToBasket(basket, { ...en, newId: 25, title: 'User talk:B' }, 2));
    expect(result).toBe('added');
    ({ basket, result } = addToBasket(basket, { ...en, newId: 18, findingTypes: ['email'], note: 'again' }, 3));
    expect(result).toBe('updated');
    expect(basket?.items.map((i) => i.newId)).toEqual([18, 25]);
    expect(basket?.items[0]).toMatchObject({
      oldId: 17,
      findingTypes: ['phone', 'email'],
      note: 'again',
      links: { diff: 'https://en.wikipedia.org/w/index.php?diff=18&oldid=17', special: 'https://en.wikipedia.org/w/index.php?title=Special:Diff/18' },
    });
  });

  it('holds one wiki at a time and refuses bad ids', () => {
    const { basket } = addToBasket(undefined, { ...en, newId: 18 }, 1);
    expect(addToBasket(basket, { server: 'https://de.wikipedia.org', script: '/w/index.php', dbName: 'dewiki', newId: 5 }, 2)).toEqual({ basket, result: 'other-wiki' });
    expect(addToBasket(basket, { ...en, newId: -1 }, 2).result).toBe('invalid');
    expect(addToBasket(basket, { ...en, newId: 1.5 }, 2).result).toBe('invalid');
    // once emptied, another wiki may start a basket
    expect(addToBasket(removeFromBasket(basket!, 18), { server: 'https://de.wikipedia.org', script: '/w/index.php', dbName: 'dewiki', newId: 5 }, 2).result).toBe('added');
  });

  it('survives a reload (a new store on the same storage), expires after the configured days, discards in one call', () => {
    const storage = memoryStorage();
    let now = 1_000_000;
    const { basket } = addToBasket(undefined, { ...en, newId: 18, oldId: 17 }, now);
    basketStore(storage, 14, () => now).set(basket!);
    const reloaded = basketStore(storage, 14, () => now);
    expect(reloaded.get()?.items[0].newId).toBe(18);
    expect(reloaded.expiresAt()).toBe(now + 14 * DAY_MS);
    now += 14 * DAY_MS - 1;
    expect(reloaded.get()).toBeDefined();
    now += 2;
    expect(reloaded.get()).toBeUndefined();
    expect(storage.size()).toBe(0);
    basketStore(storage, 3, () => now).set(basket!);
    basketStore(storage, 3, () => now).discard();
    expect(storage.getItem(BASKET_KEY)).toBeNull();
  });

  it('reads tampered or old stored values defensively', () => {
    expect(sanitizeBasket(null)).toBeUndefined();
    expect(sanitizeBasket({ server: 1 })).toBeUndefined();
    const b = sanitizeBasket({ ...en, items: [{ newId: 'x' }, { newId: 5, oldId: -2 }, { newId: 7, note: 'n' }], draft: { situations: ['pii', 'nonsense'], summary: 3 } });
    expect(b?.items.map((i) => i.newId)).toEqual([7]);
    expect(b?.items[0].links.diff).toBe('https://en.wikipedia.org/w/index.php?diff=7');
    expect(b?.draft).toMatchObject({ situations: ['pii'], summary: '' });
  });
});

describe('evidence from the API', () => {
  it('asks for ids, time, user and deletion flags of every diff, and blocks of the authors', () => {
    expect(revisionsQuery([18, 25])).toMatchObject({ prop: 'revisions', revids: '18|25', rvprop: 'ids|timestamp|user|flags|sha1|comment' });
    expect(blocksQuery(['192.0.2.7', 'Troll'])).toMatchObject({ list: 'blocks', bkusers: '192.0.2.7|Troll' });
  });

  it('reads visible, deleted, suppressed and gone revisions (formatversion=2 answer shape)', () => {
    const answer = {
      batchcomplete: true,
      query: {
        badrevids: { '99': { revid: 99, missing: true } },
        pages: [
          {
            pageid: 17,
            ns: 0,
            title: 'Diff test page',
            revisions: [
              { revid: 18, parentid: 17, user: 'Admin', timestamp: '2026-11-21T10:00:00Z' },
              { revid: 19, parentid: 18, userhidden: true, texthidden: true, timestamp: '2026-11-21T10:01:00Z' },
              { revid: 20, parentid: 19, user: 'X', texthidden: true, suppressed: true, timestamp: '2026-11-21T10:02:00Z' },
            ],
          },
        ],
      },
    };
    expect(parseRevisions(answer)).toEqual([
      { newId: 18, parentId: 17, title: 'Diff test page', timestamp: '2026-11-21T10:00:00Z', user: 'Admin', visibility: 'visible' },
      { newId: 19, parentId: 18, title: 'Diff test page', timestamp: '2026-11-21T10:01:00Z', user: undefined, visibility: 'deleted' },
      { newId: 20, parentId: 19, title: 'Diff test page', timestamp: '2026-11-21T10:02:00Z', user: 'X', visibility: 'suppressed' },
      { newId: 99, visibility: 'gone' },
    ]);
    expect(parseRevisions({ error: { code: 'x' } })).toEqual([]);
  });

  it('reads hidden text as MediaWiki 1.39 reports it without content (sha1hidden), summaries hidden, and suppression', () => {
    // What the local 1.39 wiki answers a sysop for rvprop=ids|timestamp|user|flags|sha1|comment after
    // revision deletion of the text (21), of the summary (22) and suppression of the text (23).
    const answer = {
      batchcomplete: true,
      query: {
        pages: [
          {
            pageid: 30,
            ns: 0,
            title: 'Report helper e2e',
            revisions: [
              { revid: 21, parentid: 20, minor: false, user: 'Vandal', timestamp: '2026-11-22T03:00:00Z', sha1hidden: true, comment: 'edit' },
              { revid: 22, parentid: 21, minor: false, user: 'Vandal', timestamp: '2026-11-22T03:01:00Z', sha1: 'ab12', commenthidden: true },
              { revid: 23, parentid: 22, minor: false, user: 'Vandal', timestamp: '2026-11-22T03:02:00Z', sha1hidden: true, suppressed: true, comment: 'edit' },
            ],
          },
        ],
      },
    };
    expect(parseRevisions(answer).map((r) => [r.newId, r.visibility])).toEqual([
      [21, 'deleted'],
      [22, 'deleted'],
      [23, 'suppressed'],
    ]);
  });

  it('reads blocked users', () => {
    expect([...parseBlockedUsers({ query: { blocks: [{ user: 'Troll' }, { id: 3 }] } })]).toEqual(['Troll']);
    expect(parseBlockedUsers('nonsense').size).toBe(0);
  });
});
