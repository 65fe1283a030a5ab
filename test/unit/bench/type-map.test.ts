import { describe, expect, it } from 'vitest';
import { isSocialUrl, mapPeerType, PEER_COVERS, type PeerId } from '../../../bench/type-map';
import { PII_TYPES } from '../../../gadgets/common/contracts';

describe('peer type mapping', () => {
  it('maps the labels each peer really emits (from their sources) onto our types', () => {
    expect(mapPeerType('ms-recognizers', 'phonenumber')).toBe('phone');
    expect(mapPeerType('ms-recognizers', 'email')).toBe('email');
    expect(mapPeerType('ms-recognizers', 'ip')).toBe('ip-address');
    expect(mapPeerType('redact-pii', 'CREDIT_CARD_NUMBER')).toBe('payment-card');
    expect(mapPeerType('redact-pii', 'US_SOCIAL_SECURITY_NUMBER')).toBe('national-id');
    expect(mapPeerType('redact-pii', 'ZIPCODE')).toBe('postal-address');
    expect(mapPeerType('openredaction', 'PHONE_UK_MOBILE')).toBe('phone');
    expect(mapPeerType('openredaction', 'PHONE_INTERNATIONAL')).toBe('phone');
    expect(mapPeerType('openredaction', 'IPV6')).toBe('ip-address');
    expect(mapPeerType('openredaction', 'DATE_OF_BIRTH')).toBe('date-of-birth');
    expect(mapPeerType('openredaction', 'NATIONAL_INSURANCE_UK')).toBe('national-id');
    expect(mapPeerType('openredaction', 'SAUDI_NATIONAL_ID')).toBe('national-id');
    expect(mapPeerType('openredaction', 'RUSSIAN_PASSPORT')).toBe('national-id');
    expect(mapPeerType('openredaction', 'INSTAGRAM_USERNAME')).toBe('social-profile');
  });

  it('leaves labels we never flag unmapped, so they count as noise but never as recall', () => {
    expect(mapPeerType('redact-pii', 'DIGITS')).toBeNull();
    expect(mapPeerType('redact-pii', 'PERSON_NAME')).toBeNull();
    expect(mapPeerType('openredaction', 'NAME')).toBeNull();
    expect(mapPeerType('openredaction', 'XBOX_GAMERTAG')).toBeNull();
    expect(mapPeerType('openredaction', 'ISBN')).toBeNull();
    expect(mapPeerType('openredaction', 'BRAZILIAN_CNPJ')).toBeNull(); // a company number, not a person's
    expect(mapPeerType('ms-recognizers', 'mention')).toBeNull();
  });

  it('counts a URL as a social profile only on a social host with a path', () => {
    expect(mapPeerType('ms-recognizers', 'url', 'https://www.facebook.com/jane.doe')).toBe('social-profile');
    expect(mapPeerType('redact-pii', 'URL', 'https://m.facebook.com/jane.doe,')).toBe('social-profile');
    expect(isSocialUrl('instagram.com/someone')).toBe(true);
    expect(isSocialUrl('https://x.com/someone')).toBe(true);
    expect(isSocialUrl('https://www.facebook.com/')).toBe(false);
    expect(isSocialUrl('https://notfacebook.com/jane')).toBe(false);
    expect(isSocialUrl('https://web.archive.org/web/2012/http://facebook.com/x')).toBe(false);
    expect(isSocialUrl('not a url at all')).toBe(false);
    expect(mapPeerType('ms-recognizers', 'url', 'https://en.wikipedia.org/wiki/Bodmin')).toBeNull();
  });

  it("claims coverage only for our real types, and every peer's covered type is reachable from its mapping", () => {
    for (const [peer, covers] of Object.entries(PEER_COVERS) as Array<[PeerId, string[]]>) {
      for (const type of covers) expect(PII_TYPES).toContain(type);
      expect(covers.length).toBeGreaterThan(0);
      expect(peer).toBeTruthy();
    }
    expect(PEER_COVERS['libphonenumber-js']).toEqual(['phone']);
    expect(PEER_COVERS['ms-recognizers']).not.toContain('payment-card');
  });
});
