import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeReferral } from '../../../gadgets/report-helper/referral/compose';
import { MAILTO_MAX_LENGTH, buildMailto, mailtoHref, wellFormed } from '../../../gadgets/report-helper/referral/mailto';
import { destinationFor } from '../../../gadgets/report-helper/route/route';
import { msg } from './helpers';

const wiki = { server: 'https://en.wikipedia.org', script: '/w/index.php', siteName: 'Wikipedia' };

/** Reads a mailto link back the way a mail client would. */
function parse(href: string) {
  const url = new URL(href);
  return {
    protocol: url.protocol,
    to: decodeURIComponent(url.pathname).split(','),
    keys: [...url.searchParams.keys()],
    subject: url.searchParams.get('subject'),
    body: url.searchParams.get('body'),
  };
}

const hostile = [
  'line one\r\nBcc: attacker@example.org\r\n\r\nmore',
  'a & b ? c = d &cc=attacker@example.org#frag',
  '%0D%0ABcc:%20x@example.org %41',
  'emoji 🧨 RTL שלום عربى zero\u200bwidth \u2028 separator',
  'x'.repeat(10_000),
];

describe('mailto round trip', () => {
  it.each(hostile.map((s) => [s.slice(0, 30), s]))('summary %j comes back intact, adds no header', (_n, summary) => {
    const referral = composeReferral({ wiki, sender: { name: 'Me' }, summary, diffs: [{ ...wiki, newId: 18, oldId: 17 }, { ...wiki, newId: 25 }] }, destinationFor('threat'), msg);
    const parsed = parse(mailtoHref(['emergency@wikimedia.org'], referral.subject, referral.body));
    expect(parsed.protocol).toBe('mailto:');
    expect(parsed.to).toEqual(['emergency@wikimedia.org']);
    expect(parsed.keys).toEqual(['subject', 'body']);
    expect(parsed.subject).toBe(referral.subject);
    expect(parsed.body).toBe(referral.body.replace(/\r\n?|\n/g, '\r\n'));
    expect(parsed.body).toContain('https://en.wikipedia.org/w/index.php?diff=18&oldid=17');
    expect(parsed.body).toContain('https://en.wikipedia.org/w/index.php?diff=25');
  });

  it('property: any subject and body survive; recipients and parameters never change', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: fc.oneof(fc.constantFrom('\uD800', '\uDC00', '\r', '\n', '&', '?', '%'), fc.string({ unit: 'binary', maxLength: 3 })), maxLength: 600 }), (subject, body) => {
        const parsed = parse(mailtoHref(['legal@wikimedia.org', 'ca@wikimedia.org'], subject, body));
        expect(parsed.to).toEqual(['legal@wikimedia.org', 'ca@wikimedia.org']);
        expect(parsed.keys).toEqual(['subject', 'body']);
        expect(parsed.subject).toBe(wellFormed(subject).replace(/[\r\n]+/g, ' '));
        expect(parsed.body).toBe(wellFormed(body).replace(/\r\n?|\n/g, '\r\n'));
      }),
      { numRuns: 300 },
    );
  });

  it('lone surrogates (broken pasted text) do not throw: they become U+FFFD', () => {
    expect(wellFormed('a\uD800b\uDC00c\uD83D\uDE00')).toBe('a\uFFFDb\uFFFDc\uD83D\uDE00');
    expect(parse(mailtoHref(['a@example.org'], '\uDC00', 'x\uD800')).body).toBe('x\uFFFD');
  });

  it('drops anything in the recipient list that is not a plain address', () => {
    const parsed = parse(mailtoHref(['a@example.org', 'b@example.org?cc=c@example.org', 'x\r\n@y.org'], 's', 'b'));
    expect(parsed.to).toEqual(['a@example.org']);
  });

  it('too long for a mail client: short body with the diff links, flagged incomplete', () => {
    const long = 'y'.repeat(10_000);
    const m = buildMailto(['emergency@wikimedia.org'], 'Subject', long, msg('report-helper-mailto-short-body', 'https://en.wikipedia.org/w/index.php?diff=18&oldid=17'));
    expect(m.complete).toBe(false);
    expect(m.href.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(parse(m.href).body).toContain('diff=18&oldid=17');
    expect(parse(m.href).body).toContain('copied to the clipboard');
    const short = buildMailto(['emergency@wikimedia.org'], 'Subject', 'short', 'unused');
    expect(short).toEqual({ href: mailtoHref(['emergency@wikimedia.org'], 'Subject', 'short'), complete: true });
  });

  it('a short body that is itself too long is cut, never producing a broken link', () => {
    const m = buildMailto(['emergency@wikimedia.org'], 'S', 'z'.repeat(5000), '🧨'.repeat(3000), 500);
    expect(m.href.length).toBeLessThanOrEqual(500);
    expect(() => parse(m.href)).not.toThrow();
    expect(parse(m.href).body).toMatch(/^(🧨)+$/u);
  });
});
