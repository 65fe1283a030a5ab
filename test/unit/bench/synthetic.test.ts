import { describe, expect, it } from 'vitest';
import { seededRandom, syntheticTalkDiff } from '../../../bench/synthetic';
import { repeatTo } from '../../../bench/worst-case';
import { talkTextOf } from '../../../bench/browser';
import { utf8Bytes } from '../../../bench/metrics';

describe('synthetic talk diff', () => {
  it('is the same text for the same seed and different for another', () => {
    const a = syntheticTalkDiff(40_000, 1);
    expect(syntheticTalkDiff(40_000, 1).text).toBe(a.text);
    expect(syntheticTalkDiff(40_000, 2).text).not.toBe(a.text);
    expect(seededRandom(5)()).toBe(seededRandom(5)());
  });

  it('reaches the requested size in UTF-8 bytes and reports it truthfully', () => {
    const d = syntheticTalkDiff(200_000, 3);
    expect(d.bytes).toBeGreaterThanOrEqual(200_000);
    expect(d.bytes).toBe(utf8Bytes(d.text));
  });

  it('looks like a talk page: headings, signatures with timestamps, unregistered editors', () => {
    const { text } = syntheticTalkDiff(200_000, 3);
    expect(text).toMatch(/^== .+ ==$/m);
    expect(text).toMatch(/\[\[User:[^|\]]+\|[^\]]+\]\] \(\[\[User talk:[^|\]]+\|talk\]\]\) \d\d:\d\d, \d{1,2} [A-Z][a-z]+ 20\d\d \(UTC\)/);
    expect(text).toMatch(/\[\[Special:Contributions\/198\.51\.100\.\d+\|/);
    expect(text).toMatch(/\|isbn=978-/);
  });

  it('records planted PII at the exact offsets where it sits', () => {
    const { text, planted } = syntheticTalkDiff(400_000, 4);
    expect(planted.length).toBeGreaterThan(5);
    for (const p of planted) {
      const value = text.slice(p.start, p.end);
      if (p.type === 'email') expect(value).toMatch(/@|\[at\]/);
      if (p.type === 'phone') expect(value).toMatch(/^[(+]/);
      if (p.type === 'social-profile') expect(value).toMatch(/^https:\/\/www\.facebook\.com\//);
      if (p.type === 'ip-address') expect(value).toMatch(/^203\.0\.113\.\d+$/);
    }
  });

  it('cuts browser diffs at a line end within the byte budget', () => {
    const text = talkTextOf(5 * 1024, 9);
    expect(utf8Bytes(text)).toBeLessThanOrEqual(5 * 1024);
    expect(utf8Bytes(text)).toBeGreaterThan(3 * 1024);
    expect(text.endsWith('\n')).toBe(true);
  });
});

describe('worst-case inputs', () => {
  it('repeat whole units to about the requested size', () => {
    expect(repeatTo('ab', 7)).toBe('ababab');
    expect(repeatTo('abcdef', 3)).toBe('abcdef');
  });
});
