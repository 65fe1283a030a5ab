import { describe, expect, it } from 'vitest';
import { diffUrl, encodeTitle, pageUrl, parseDiffUrl, specialDiffUrl } from '../../../gadgets/report-helper/referral/links';

const en = { server: 'https://en.wikipedia.org', script: '/w/index.php' };

describe('diff links', () => {
  it('builds permanent links on the wiki own server', () => {
    expect(diffUrl({ ...en, newId: 18, oldId: 17 })).toBe('https://en.wikipedia.org/w/index.php?diff=18&oldid=17');
    expect(diffUrl({ ...en, newId: 18 })).toBe('https://en.wikipedia.org/w/index.php?diff=18');
    expect(specialDiffUrl({ ...en, newId: 18 })).toBe('https://en.wikipedia.org/w/index.php?title=Special:Diff/18');
    expect(pageUrl(en, 'User talk:Ex ample/Archive 1')).toBe('https://en.wikipedia.org/w/index.php?title=User_talk:Ex_ample/Archive_1');
  });

  it('encodes hostile titles so they cannot add parameters', () => {
    const url = new URL(pageUrl(en, 'A&action=delete#x?y'));
    expect([...url.searchParams.keys()]).toEqual(['title']);
    expect(url.searchParams.get('title')).toBe('A&action=delete#x?y');
    expect(encodeTitle('Ä b')).toBe('%C3%84_b');
  });

  it.each([
    ['https://en.wikipedia.org/w/index.php?title=X&diff=18&oldid=17', { newId: 18, oldId: 17 }],
    ['https://en.wikipedia.org/w/index.php?diff=18', { newId: 18 }],
    ['https://en.wikipedia.org/w/index.php?oldid=17&diff=18', { newId: 18, oldId: 17 }],
    ['https://en.wikipedia.org/w/index.php?diff=17&oldid=18', { newId: 18, oldId: 17 }],
    ['https://en.wikipedia.org/w/index.php?title=X&diff=prev&oldid=18', { newId: 18 }],
    ['https://en.wikipedia.org/wiki/Special:Diff/18', { newId: 18 }],
    ['https://en.wikipedia.org/wiki/Special:Diff/17/18', { newId: 18, oldId: 17 }],
    ['https://en.wikipedia.org/w/index.php?title=Special:Diff/17/18', { newId: 18, oldId: 17 }],
    ['https://en.m.wikipedia.org/wiki/Special:MobileDiff/18', { newId: 18 }],
    ['https://en.m.wikipedia.org/wiki/Special:MobileDiff/17...18', { newId: 18, oldId: 17 }],
    ['https://de.wikipedia.org/wiki/Spezial:Diff/5', { newId: 5 }],
  ])('reads %s', (url, ids) => {
    const parsed = parseDiffUrl(url);
    expect(parsed).toMatchObject(ids);
    if (typeof parsed === 'object' && !('oldId' in ids)) expect(parsed.oldId).toBeUndefined();
  });

  it('refuses what is not a permanent diff link of this wiki', () => {
    expect(parseDiffUrl('not a url')).toBe('not-a-url');
    expect(parseDiffUrl('javascript:alert(1)//?diff=1')).toBe('not-a-url');
    expect(parseDiffUrl('https://en.wikipedia.org/wiki/Main_Page')).toBe('not-a-diff');
    expect(parseDiffUrl('https://en.wikipedia.org/w/index.php?title=X&oldid=5')).toBe('not-a-diff');
    expect(parseDiffUrl('https://en.wikipedia.org/w/index.php?diff=abc')).toBe('not-a-diff');
    expect(parseDiffUrl('https://en.wikipedia.org/w/index.php?diff=next&oldid=5')).toBe('not-permanent');
    expect(parseDiffUrl('https://en.wikipedia.org/w/index.php?diff=cur&oldid=5')).toBe('not-permanent');
    expect(parseDiffUrl('https://de.wikipedia.org/w/index.php?diff=5', en)).toBe('other-wiki');
    expect(parseDiffUrl('https://en.wikipedia.org.evil.example/w/index.php?diff=5', en)).toBe('other-wiki');
    expect(parseDiffUrl('https://en.m.wikipedia.org/w/index.php?diff=5', en)).toMatchObject({ server: 'https://en.wikipedia.org', newId: 5 });
  });

  it('keeps the script path the link shows (a wiki at the root)', () => {
    expect(parseDiffUrl('http://127.0.0.1:8080/index.php?diff=18&oldid=17', { server: 'http://127.0.0.1:8080' })).toEqual({
      server: 'http://127.0.0.1:8080',
      script: '/index.php',
      newId: 18,
      oldId: 17,
    });
  });
});
