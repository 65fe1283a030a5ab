/** The engine's own IP predicate agrees with ipaddr.js (the reference the issue names). */
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { isIpAddress } from '../../../gadgets/pii-flag/detect/ip-address';

const reference = (s: string) => ipaddr.IPv4.isValidFourPartDecimal(s) || (s.indexOf(':') >= 0 && ipaddr.IPv6.isValid(s) && !/%/.test(s));

describe('isIpAddress', () => {
  it.each(['203.0.113.45', '2001:db8::1', '::ffff:192.0.2.1', '2001:db8:85a3:0:0:8a2e:370:7334', 'fe80::', '2a02:8070:1b2::45'])('accepts %s', (ip) => {
    expect(isIpAddress(ip)).toBe(true);
    expect(reference(ip)).toBe(true);
  });
  it.each(['256.1.1.1', '1.2.3', '01.2.3.4x', '12:34:56', '::::', '1:2:3:4:5:6:7:8:9', '2001:db8::1::2', 'g::1'])('rejects %s', (ip) => {
    expect(isIpAddress(ip)).toBe(false);
  });
  it('matches ipaddr.js on generated addresses and near-misses', () => {
    const hex = fc.stringMatching(/^[0-9a-f]{1,5}$/);
    const v6 = fc.array(fc.oneof(hex, fc.constant('')), { minLength: 1, maxLength: 10 }).map((g) => g.join(':'));
    const v4 = fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 3, maxLength: 5 }).map((o) => o.join('.'));
    fc.assert(fc.property(fc.oneof(v6, v4, fc.tuple(v6, v4).map(([a, b]) => `${a}:${b}`)), (s) => {
      expect(isIpAddress(s), s).toBe(reference(s));
    }), { numRuns: 2000 });
  });
});
