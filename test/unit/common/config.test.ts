/**
 * The shared per-wiki configuration (gadgets/common/config): the shipped
 * directory and its sources, validation with one-line errors, layering, and the
 * answers every gadget takes from it (guidance: personal information goes to the
 * wiki's oversight team, or the stewards where it has none).
 */
import { describe, expect, it } from 'vitest';
import { bananaMsg } from '../../../gadgets/common/banana';
import directory from '../../../gadgets/common/config/directory.json';
import {
  DEFAULT_BASKET_DAYS,
  SITE_CONFIG_PAGE,
  STEWARDS,
  USER_CONFIG_NAME,
  basketDays,
  mergeConfig,
  oversightContact,
  resolveConfig,
  shippedConfig,
} from '../../../gadgets/common/config/resolve';
import { isEmailAddress, isUserName, parseConfig, validateConfig } from '../../../gadgets/common/config/schema';
import commonDe from '../../../gadgets/common/i18n/de.json';
import commonEn from '../../../gadgets/common/i18n/en.json';
import commonQqq from '../../../gadgets/common/i18n/qqq.json';
import { FOUNDATION, destinationFor } from '../../../gadgets/report-helper/route/route';
import { recheck, regexLiterals } from '../recheck';

const msg = bananaMsg({ en: commonEn }, 'en');
const wikis = directory.wikis as Record<string, Record<string, unknown> & { source?: string; host?: string }>;

describe('shipped directory', () => {
  it('every entry names the page it was verified from, and passes the same validation as a site page', () => {
    expect(Object.keys(wikis).length).toBeGreaterThan(0);
    for (const [db, entry] of Object.entries(wikis)) {
      expect(entry.source, db).toMatch(/^https:\/\//);
      const { source: _s, host: _h, ...config } = entry;
      expect(validateConfig(config, msg), db).toEqual({ config, errors: [] });
    }
    expect(directory.stewards.source).toMatch(/^https:\/\/meta\.wikimedia\.org\//);
  });

  it('the stewards are the address the guidance names, and routing agrees', () => {
    expect(STEWARDS).toEqual({ email: 'stewards@wikimedia.org' });
    expect(FOUNDATION.stewards).toBe(STEWARDS.email);
  });

  it('finds a wiki by wgDBname or host (mobile hosts too); unknown wikis have none, so PII goes to the stewards', () => {
    expect(shippedConfig('enwiki').oversight).toEqual({ emailUser: 'Oversight' });
    expect(shippedConfig(undefined, 'simple.m.wikipedia.org').oversight?.email).toBe('oversight-wp-simple@lists.wikimedia.org');
    expect(shippedConfig('xxwiki', 'xx.example.org')).toEqual({});
    // A db name that is an Object.prototype key is not an entry.
    expect(shippedConfig('constructor')).toEqual({});
    expect(shippedConfig('enwiki')).not.toHaveProperty('source');
    expect(destinationFor('pii', shippedConfig('xxwiki')).emails).toEqual(['stewards@wikimedia.org']);
  });
});

describe('one oversight answer for every gadget', () => {
  it('enwiki writes to its oversight team, not to the stewards; a wiki without one writes to the stewards', () => {
    expect(oversightContact(shippedConfig('enwiki'))).toEqual({ emailUser: 'Oversight' });
    expect(oversightContact(shippedConfig('simplewiki'))).toEqual({ email: 'oversight-wp-simple@lists.wikimedia.org' });
    expect(oversightContact({})).toEqual(STEWARDS);
    expect(oversightContact({ oversight: {} })).toEqual(STEWARDS);
  });

  it('report-helper routes to the same contact pii-flag writes to', () => {
    for (const config of [shippedConfig('enwiki'), shippedConfig('simplewiki'), {}]) {
      const d = destinationFor('pii', config);
      const c = oversightContact(config);
      expect({ emails: d.emails, emailUser: d.emailUser }).toEqual({ emails: c.email ? [c.email] : [], emailUser: c.emailUser });
    }
  });
});

describe('layers', () => {
  it('later layers win section by section; resources merge field by field', () => {
    const merged = mergeConfig(
      shippedConfig('enwiki'),
      { arbitration: { email: 'arb@example.org' }, resources: { support: ['Crisis lines: https://example.org/help'] }, basketDays: 7 },
      { region: 'GB', resources: { appeal: 'Appeal at [[WP:Appeals]].' } },
    );
    expect(merged).toEqual({
      oversight: { emailUser: 'Oversight' },
      arbitration: { email: 'arb@example.org' },
      region: 'GB',
      resources: { support: ['Crisis lines: https://example.org/help'], appeal: 'Appeal at [[WP:Appeals]].' },
      basketDays: 7,
    });
    expect(mergeConfig(shippedConfig('enwiki'), { oversight: { email: 'os@example.org' } }).oversight).toEqual({ email: 'os@example.org' });
    expect(basketDays({})).toBe(DEFAULT_BASKET_DAYS);
    expect(basketDays({ basketDays: 3 })).toBe(3);
  });

  it('shipped < site page < user override, each validated alone, problems named by where to fix them', () => {
    const loaded = resolveConfig(
      {
        shipped: shippedConfig('enwiki'),
        site: { text: JSON.stringify({ oversight: { email: 'oversight-en@example.org' }, region: 'USA' }) },
        user: { basketDays: 3, oversight: { emailUser: 'Bad|Name' } },
      },
      msg,
    );
    expect(loaded.config).toEqual({ oversight: { email: 'oversight-en@example.org' }, basketDays: 3 });
    expect(loaded.problems.map((p) => p.source)).toEqual([SITE_CONFIG_PAGE, USER_CONFIG_NAME]);
    expect(loaded.problems[0].errors).toEqual(['"region" must be a two-letter country code such as "DE", not "USA"']);
    expect(loaded.problems[1].errors).toEqual(['"oversight.emailUser" is not a valid user name: "Bad|Name"']);
  });

  it('a missing site page is no problem; one that cannot be read is one, and the shipped entry still counts', () => {
    expect(resolveConfig({ shipped: {}, site: {} }, msg)).toEqual({ config: {}, problems: [] });
    const failed = resolveConfig({ shipped: shippedConfig('enwiki'), site: { error: 'http' } }, msg);
    expect(failed.config.oversight).toEqual({ emailUser: 'Oversight' });
    expect(failed.problems).toEqual([{ source: SITE_CONFIG_PAGE, errors: ['the page could not be loaded (http)'] }]);
  });

  it('a user override that is not an object is one problem, not a crash', () => {
    const loaded = resolveConfig({ shipped: {}, site: {}, user: 'oversight@example.org' }, msg);
    expect(loaded.config).toEqual({});
    expect(loaded.problems[0].errors[0]).toMatch(/must be one JSON object/);
  });
});

describe('validation', () => {
  it('accepts a complete, valid page', () => {
    const page = {
      oversight: { emailUser: 'Oversight' },
      arbitration: { email: 'arbcom-xx@example.org' },
      region: 'de',
      resources: { support: ['  Telefonseelsorge: 0800 111 0 111  ', 'https://www.befrienders.org/'], appeal: 'Einspruch unter [[WP:SP]].' },
      basketDays: 7,
    };
    const { config, errors } = parseConfig(JSON.stringify(page), msg);
    expect(errors).toEqual([]);
    expect(config).toEqual({
      oversight: { emailUser: 'Oversight' },
      arbitration: { email: 'arbcom-xx@example.org' },
      region: 'DE',
      resources: { support: ['Telefonseelsorge: 0800 111 0 111', 'https://www.befrienders.org/'], appeal: 'Einspruch unter [[WP:SP]].' },
      basketDays: 7,
    });
  });

  it('keeps the valid parts and explains each problem in one line', () => {
    const { config, errors } = parseConfig(
      JSON.stringify({
        oversight: { email: 'os@example.org\r\nBcc: all@example.org', emailUser: 'Over|sight' },
        arbitration: { email: 'arb@example.org', phone: 1 },
        basketDays: 0,
        colour: 'red',
        resources: { support: ['ok line', 'two\nlines', '', 42, 'x'.repeat(301)], appeal: 'Appeal\u2028here', phone: '112' },
      }),
      msg,
    );
    expect(config).toEqual({ arbitration: { email: 'arb@example.org' }, resources: { support: ['ok line'] } });
    const all = errors.join('\n');
    expect(all).toMatch(/"oversight.email" is not a plain email address/);
    expect(all).toMatch(/"oversight.emailUser" is not a valid user name/);
    expect(all).toMatch(/unknown setting "arbitration.phone"/);
    expect(all).toMatch(/"basketDays" must be a whole number of days from 1 to 90, not 0/);
    expect(all).toMatch(/unknown setting "colour"/);
    for (const i of [1, 2, 3, 4]) expect(all).toContain(`"resources.support[${i}]" must be one line of text`);
    expect(all).toContain('"resources.appeal" must be one line of text');
    expect(all).toMatch(/unknown setting "resources.phone"/);
    expect(errors).toHaveLength(11);
    for (const e of errors) {
      expect(e).not.toMatch(/[\n\r\u2028]/);
      expect(e.length).toBeLessThan(200);
    }
  });

  it('bad JSON or a wrong shape is one clear error, never a throw', () => {
    expect(parseConfig('{oops', msg).errors[0]).toMatch(/^the page is not valid JSON/);
    expect(parseConfig('', msg).errors).toHaveLength(1);
    expect(parseConfig('[1]', msg).errors[0]).toMatch(/one JSON object/);
    expect(parseConfig('null', msg).errors[0]).toMatch(/one JSON object/);
    expect(parseConfig('{"oversight": "x"}', msg).errors[0]).toMatch(/"oversight" must be an object/);
    expect(parseConfig('{"resources": ["x"]}', msg).errors[0]).toMatch(/"resources" must be an object/);
    expect(parseConfig('{"resources": {"support": "one line"}}', msg).errors[0]).toMatch(/"resources.support" must be a list of at most 20 lines/);
    expect(parseConfig('{"basketDays": 2.5}', msg).errors[0]).toMatch(/not 2.5/);
    expect(parseConfig('{"basketDays": "7"}', msg).errors[0]).toMatch(/not "7"/);
  });

  it('a prototype-polluting page changes nothing', () => {
    const { config, errors } = parseConfig('{"__proto__": {"oversight": {"email": "evil@example.org"}}}', msg);
    expect(config).toEqual({});
    expect(oversightContact(config)).toEqual(STEWARDS);
    expect(errors).toEqual(['unknown setting "__proto__" (ignored)']);
    expect(({} as Record<string, unknown>).oversight).toBeUndefined();
  });

  it('email addresses: plain only (no display names, lists, header tricks)', () => {
    for (const ok of ['emergency@wikimedia.org', 'oversight-wp-simple@lists.wikimedia.org', 'a.b+c@x-y.example']) expect(isEmailAddress(ok), ok).toBe(true);
    for (const bad of ['', 'x', '@x.org', 'a@b', 'a@@b.org', 'A <a@b.org>', 'a@b.org,c@d.org', 'a@b.org\nbcc:c@d.org', 'a@-b.org', 'a b@c.org', `${'a'.repeat(65)}@b.org`]) {
      expect(isEmailAddress(bad), bad).toBe(false);
    }
  });

  it('user names: what Special:EmailUser/<name> can take', () => {
    for (const ok of ['Oversight', 'Oversight team', 'Überprüfer']) expect(isUserName(ok), ok).toBe(true);
    for (const bad of ['', ' Oversight', 'A|B', 'A/B', 'A#B', 'A[[B', 'A\nB', 'x'.repeat(86)]) expect(isUserName(bad), bad).toBe(false);
  });
});

describe('configuration messages', () => {
  const en = commonEn as unknown as Record<string, string>;
  const keys = Object.keys(en).filter((k) => k.startsWith('wiki-safety-config-'));

  it('every message has a German text and a documentation', () => {
    expect(keys.length).toBeGreaterThanOrEqual(13);
    for (const k of keys) {
      expect((commonDe as unknown as Record<string, string>)[k], k).toBeTypeOf('string');
      expect(((commonQqq as unknown as Record<string, string>)[k] || '').length, k).toBeGreaterThan(20);
    }
  });

  it('German errors read as German', () => {
    const de = bananaMsg({ en: commonEn, de: commonDe }, 'de');
    expect(parseConfig('{"colour": 1}', de).errors).toEqual(['unbekannte Einstellung „colour“ (ignoriert)']);
  });
});

describe('regex safety', () => {
  const found = regexLiterals('gadgets/common/config');
  it('found the regexes', () => expect(found.length).toBeGreaterThanOrEqual(6));
  it.each(found.map((r) => [`${r.file}: /${r.source}/${r.flags}`, r]))('%s is safe from catastrophic backtracking and ES5-compatible', (_n, r) => {
    expect(recheck(r.source, r.flags).status).toBe('safe');
    expect(r.flags).toMatch(/^[gim]*$/);
  });
});
