import { describe, expect, it } from 'vitest';
import defaults from '../../../gadgets/report-helper/contacts.json';
import { defaultContacts, isEmailAddress, isUserName, mergeContacts, parseSiteConfig } from '../../../gadgets/report-helper/route/contacts';
import { destinationFor } from '../../../gadgets/report-helper/route/route';
import { msg } from './helpers';

describe('per-wiki contacts', () => {
  it('every shipped entry names the page it was verified from, and its contacts are valid', () => {
    for (const [db, entry] of Object.entries(defaults.wikis as Record<string, { source?: string; oversight?: { email?: string; emailUser?: string } }>)) {
      expect(entry.source, db).toMatch(/^https:\/\//);
      if (entry.oversight?.email) expect(isEmailAddress(entry.oversight.email), db).toBe(true);
      if (entry.oversight?.emailUser) expect(isUserName(entry.oversight.emailUser), db).toBe(true);
    }
    expect(defaults.stewards.email).toBe('stewards@wikimedia.org');
  });

  it('finds a wiki by wgDBname or host (mobile hosts too); unknown wikis have none, so PII goes to stewards', () => {
    expect(defaultContacts('enwiki').oversight?.emailUser).toBe('Oversight');
    expect(defaultContacts(undefined, 'simple.m.wikipedia.org').oversight?.email).toBe('oversight-wp-simple@lists.wikimedia.org');
    expect(defaultContacts('xxwiki', 'xx.example.org')).toEqual({});
    expect(destinationFor('pii', defaultContacts('xxwiki')).emails).toEqual(['stewards@wikimedia.org']);
  });

  it('site config overrides team by team', () => {
    const merged = mergeContacts(defaultContacts('enwiki'), { arbitration: { email: 'arb@example.org' } });
    expect(merged).toEqual({ oversight: { emailUser: 'Oversight' }, arbitration: { email: 'arb@example.org' } });
    expect(mergeContacts(defaultContacts('enwiki'), { oversight: { email: 'os@example.org' } }).oversight).toEqual({ email: 'os@example.org' });
  });
});

describe('site config validation', () => {
  it('accepts a valid page', () => {
    const { config, errors } = parseSiteConfig('{"oversight":{"emailUser":"Oversight"},"arbitration":{"email":"arbcom-xx@example.org"},"basketDays":7}', msg);
    expect(errors).toEqual([]);
    expect(config).toEqual({ oversight: { emailUser: 'Oversight' }, arbitration: { email: 'arbcom-xx@example.org' }, basketDays: 7 });
  });

  it('keeps the valid parts and explains each problem in one line', () => {
    const { config, errors } = parseSiteConfig(
      JSON.stringify({ oversight: { email: 'os@example.org\r\nBcc: all@example.org', emailUser: 'Over|sight' }, arbitration: { email: 'arb@example.org', phone: 1 }, basketDays: 0, colour: 'red' }),
      msg,
    );
    expect(config).toEqual({ arbitration: { email: 'arb@example.org' } });
    expect(errors).toHaveLength(5);
    expect(errors.join('\n')).toMatch(/"oversight.email" is not a plain email address/);
    expect(errors.join('\n')).toMatch(/"oversight.emailUser" is not a valid user name/);
    expect(errors.join('\n')).toMatch(/unknown setting "arbitration.phone"/);
    expect(errors.join('\n')).toMatch(/"basketDays" must be a whole number of days from 1 to 90, not 0/);
    expect(errors.join('\n')).toMatch(/unknown setting "colour"/);
    for (const e of errors) expect(e).not.toMatch(/\n/);
  });

  it('bad JSON or a non-object is one clear error, never a throw', () => {
    expect(parseSiteConfig('{oops', msg).errors[0]).toMatch(/^the page is not valid JSON/);
    expect(parseSiteConfig('[1]', msg).errors[0]).toMatch(/one JSON object/);
    expect(parseSiteConfig('{"oversight": "x"}', msg).errors[0]).toMatch(/"oversight" must be an object/);
  });

  it('email addresses: plain only (no display names, lists, header tricks)', () => {
    for (const ok of ['emergency@wikimedia.org', 'oversight-wp-simple@lists.wikimedia.org', 'a.b+c@x-y.example']) expect(isEmailAddress(ok), ok).toBe(true);
    for (const bad of ['', 'x', '@x.org', 'a@b', 'a@@b.org', 'A <a@b.org>', 'a@b.org,c@d.org', 'a@b.org\nbcc:c@d.org', 'a@-b.org', 'a b@c.org', `${'a'.repeat(65)}@b.org`]) {
      expect(isEmailAddress(bad), bad).toBe(false);
    }
  });
});
