import { describe, expect, it } from 'vitest';
import { DEFAULT_OVERSIGHT, diffUrl, distinctTypes, privateRequest, reportRequest } from '../../../gadgets/pii-flag/ui/request';
import { msg } from './helpers';

const ids = { server: 'https://de.wikipedia.org', script: '/w/index.php', dbName: 'dewiki', newId: 250000001, oldId: 250000000, title: 'Benutzer Diskussion:Beispiel' };

describe('private suppression request', () => {
  it('permanent diff link on the wiki itself', () => {
    expect(diffUrl(ids)).toBe('https://de.wikipedia.org/w/index.php?diff=250000001&oldid=250000000');
    expect(diffUrl({ ...ids, oldId: undefined })).toBe('https://de.wikipedia.org/w/index.php?diff=250000001');
  });

  it('types are distinct and in the contract order, whatever the page order', () => {
    expect(distinctTypes(['phone', 'email', 'phone', 'identity-link', 'email'])).toEqual(['email', 'phone', 'identity-link']);
  });

  it('report-helper payload: ids, wiki and types, situation pii, dialog opened', () => {
    expect(reportRequest(ids, ['phone', 'phone'])).toEqual({
      server: 'https://de.wikipedia.org',
      dbName: 'dewiki',
      newId: 250000001,
      oldId: 250000000,
      title: 'Benutzer Diskussion:Beispiel',
      findingTypes: ['phone'],
      situation: 'pii',
      openDialog: true,
    });
  });

  it('mailto to the stewards by default, encoded (spaces as %20, line breaks kept)', () => {
    const r = privateRequest(ids, ['email', 'phone'], DEFAULT_OVERSIGHT, msg);
    expect(r.kind).toBe('mailto');
    expect(r.recipient).toBe('stewards@wikimedia.org');
    expect(r.url).toMatch(/^mailto:stewards@wikimedia\.org\?subject=[^&]+&body=[^&]+$/);
    expect(r.url).not.toContain('+');
    const url = new URL(r.url);
    expect(url.searchParams.get('subject')).toBe('Suppression request: revision 250000001 (dewiki)');
    const body = decodeURIComponent(r.url.split('&body=')[1]);
    expect(body).toContain('\nhttps://de.wikipedia.org/w/index.php?diff=250000001&oldid=250000000\n');
    expect(body).toContain('It may contain: email address, phone number.');
  });

  it('Special:EmailUser when the wiki names a team account, with the prefill identifier 1.39 needs', () => {
    const r = privateRequest(ids, ['postal-address'], { emailUser: 'Oversight-Team' }, msg);
    expect(r.kind).toBe('emailuser');
    const url = new URL(r.url);
    expect(url.origin + url.pathname).toBe('https://de.wikipedia.org/w/index.php');
    expect(url.searchParams.get('title')).toBe('Special:EmailUser/Oversight-Team');
    expect(url.searchParams.get('wpFormIdentifier')).toBe('sendEmailForm');
    expect(url.searchParams.get('wpText')).toContain('diff=250000001');
    expect(url.searchParams.get('wpText')).toContain('postal address');
  });

  it('the default is the stewards, as the shared configuration resolves it for a wiki without oversighters', () => {
    expect(DEFAULT_OVERSIGHT).toEqual({ email: 'stewards@wikimedia.org' });
  });

  it('a subject with characters that mean something in a URL stays one parameter', () => {
    const tricky = (key: string, ...p: Array<string | number>) => (key === 'pii-flag-mail-subject' ? 'a&b=c?d#e' : msg(key, ...p));
    const r = privateRequest(ids, ['email'], DEFAULT_OVERSIGHT, tricky);
    expect(decodeURIComponent(r.url.split('?subject=')[1].split('&body=')[0])).toBe('a&b=c?d#e');
  });
});
