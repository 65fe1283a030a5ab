/**
 * Behaviour the guidance asks for, one rule at a time (shared/guidance.md, "Personal
 * information" and "What is not a finding"), plus the checksum algorithms against
 * published valid and invalid numbers.
 */
import { describe, expect, it } from 'vitest';
import { bananaMsg } from '../../../gadgets/common/banana';
import { scan } from '../../../gadgets/pii-flag/detect';
import { bsn, codiceFiscale, cpf, dniLetterOk, luhn, ssnPlausible, steuerId, verhoeff } from '../../../gadgets/pii-flag/detect/checksums';
import en from '../../../gadgets/pii-flag/i18n/en.json';
import de from '../../../gadgets/pii-flag/i18n/de.json';

const kinds = (text: string, options = {}) => scan(text, options).map((f) => [f.type, f.text, f.severity]);

describe('checksums', () => {
  it('Luhn accepts the networks\' published test numbers and rejects a changed digit', () => {
    expect(luhn('4111111111111111')).toBe(true);
    expect(luhn('5500000000000004')).toBe(true);
    expect(luhn('378282246310005')).toBe(true);
    expect(luhn('4111111111111112')).toBe(false);
  });
  it('Verhoeff (Aadhaar) accepts 2363 and rejects 2364', () => {
    expect(verhoeff('2363')).toBe(true);
    expect(verhoeff('2364')).toBe(false);
  });
  it('CPF, DNI, BSN, Steuer-ID, codice fiscale validate their check digits', () => {
    expect(cpf('52998224725')).toBe(true);
    expect(cpf('52998224726')).toBe(false);
    expect(cpf('11111111111')).toBe(false);
    expect(dniLetterOk('12345678', 'Z')).toBe(true);
    expect(dniLetterOk('12345678', 'A')).toBe(false);
    expect(bsn('111222333')).toBe(true);
    expect(bsn('111222334')).toBe(false);
    expect(steuerId('86095742719')).toBe(true);
    expect(steuerId('86095742718')).toBe(false);
    expect(codiceFiscale('RSSMRA85T10A562S')).toBe(true);
    expect(codiceFiscale('RSSMRA85T10A562T')).toBe(false);
  });
  it('SSN ranges exclude 000, 666, 9xx, group 00, serial 0000 and the Woolworth number', () => {
    expect(ssnPlausible('536', '22', '1234')).toBe(true);
    for (const [a, g, s] of [['000', '12', '3456'], ['666', '12', '3456'], ['912', '12', '3456'], ['536', '00', '1234'], ['536', '22', '0000'], ['078', '05', '1120']]) {
      expect(ssnPlausible(a, g, s)).toBe(false);
    }
  });
});

describe('email', () => {
  it('finds plain and obfuscated addresses', () => {
    expect(kinds('mail me: jane.roe@gmail.com', { namespace: 3 })).toEqual([['email', 'jane.roe@gmail.com', 'high']]);
    expect(scan('jane [at] web [dot] de', { namespace: 3 })[0]).toMatchObject({ type: 'email', reason: 'email written with [at]/[dot]' });
  });
  it('keeps organisations\' role addresses low at most', () => {
    for (const text of ['press@wikimedia.org', 'emergency@wikimedia.org', 'info@britishmuseum.org', 'oversight-en-wp@wikipedia.org']) {
      const found = scan(`Write to ${text} now, email them`, { namespace: 3 });
      expect(found.map((f) => f.severity)).toEqual(['low']);
    }
  });
  it('does not read file names, @-mentions or ordinary "at … point" prose as addresses', () => {
    expect(scan('logo@2x.png and Bugzilla@Mozilla, free at the point of use', { namespace: 1 })).toEqual([]);
  });
});

describe('phone', () => {
  it('validates against the numbering plan of the wiki\'s region', () => {
    expect(kinds('Handy 0151 23456789', { contentLanguage: 'de', namespace: 3 })).toEqual([['phone', '0151 23456789', 'high']]);
    // The same digits on an English wiki without a phone word are not a US number.
    expect(scan('0151 23456789', { contentLanguage: 'en', namespace: 3 })).toEqual([]);
  });
  it('reads international numbers in any region', () => {
    expect(scan('+33 6 12 34 56 78', { contentLanguage: 'en', namespace: 3 })[0]?.reason).toBe('international phone number, valid for FR');
  });
  it('does not take ISBNs, page ranges, dates or year ranges for phones', () => {
    expect(scan('{{ISBN|92-871-4974-7}} pages 21984–21989, 12.03.1985, 1958-2010, |isbn=0-8109-5892-9', { namespace: 0 })).toEqual([]);
  });
});

describe('ip-address', () => {
  it('flags an IP tied to an account', () => {
    expect(kinds('[[User:Gruntfield]] edits logged out as 203.0.113.45', { namespace: 4 })).toEqual([['ip-address', '203.0.113.45', 'high']]);
  });
  it('ignores an unregistered editor\'s own signature', () => {
    expect(scan('Thanks. [[Special:Contributions/203.0.113.5|203.0.113.5]] ([[User talk:203.0.113.5|talk]]) 12:34, 5 March 2024 (UTC)', { namespace: 3 })).toEqual([]);
  });
  it('ignores CiteSeerX ids and version numbers', () => {
    expect(scan('|citeseerx=10.1.1.433.9727 and Firefox 3.6.28.1', { namespace: 0 })).toEqual([]);
  });
});

describe('context and namespace', () => {
  it('needs a birth word for a date of birth, and weighs article biographies down', () => {
    expect(scan('The treaty was signed on 5 March 1985.', { namespace: 1 })).toEqual([]);
    expect(scan('I was born on 5 March 2009', { namespace: 2 })[0]?.severity).toBe('high');
    expect(scan("'''Jane Roe''' (born 5 March 1955) is a writer.", { namespace: 0 }).every((f) => f.severity === 'low')).toBe(true);
  });
  it('raises severity with a context word', () => {
    const bare = scan('Musterstraße 12, 10115 Berlin', { contentLanguage: 'de', namespace: 1 })[0];
    const lives = scan('Er wohnt in der Musterstraße 12, 10115 Berlin', { contentLanguage: 'de', namespace: 1 })[0];
    expect(bare?.severity).toBe('medium');
    expect(lives?.severity).toBe('high');
  });
  it('reads a profile link as personal only when tied to someone', () => {
    expect(scan('Follow the project on https://twitter.com/wikipedia', { namespace: 1 })[0]?.severity).toBe('low');
    expect(scan('Her Facebook is https://www.facebook.com/jenny.kowalski.7', { namespace: 1 })[0]?.severity).toBe('high');
  });
});

describe('identity-link', () => {
  it('links an account to a real name, employer or family', () => {
    expect(scan('[[User:Gruntfield]] is really Daniel Moore.', { namespace: 4 })[0]).toMatchObject({ type: 'identity-link', reason: 'links Gruntfield to a real name' });
    expect(scan('Benutzer:Hansi arbeitet bei der Deutschen Bank', { namespace: 4 })[0]?.type).toBe('identity-link');
    expect(scan('his kids go to St Mary Primary School', { namespace: 3 })[0]?.type).toBe('identity-link');
  });
  it('does not flag figures of speech', () => {
    expect(scan('User:Finch is really annoying. She works at a fast pace.', { namespace: 4 })).toEqual([]);
  });
});

describe('reasons', () => {
  it('come from the message function (German via banana-i18n)', () => {
    const msg = bananaMsg({ en, de }, 'de');
    expect(scan('Handy 0151 23456789', { contentLanguage: 'de', namespace: 3, msg })[0]?.reason).toBe('Telefonnummer, gültig für DE, in der Nähe von „handy“');
  });
  it('minSeverity drops weaker findings', () => {
    expect(scan('press@wikimedia.org', { minSeverity: 'medium' })).toEqual([]);
  });
});
