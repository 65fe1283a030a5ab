import { describe, expect, it } from 'vitest';
import { SITUATIONS, type Situation } from '../../../gadgets/common/contracts';
import { FOUNDATION, destinationFor, route } from '../../../gadgets/report-helper/route/route';
import { messages } from './helpers';

const enwiki = { oversight: { emailUser: 'Oversight' } };

describe('route: one situation', () => {
  // Expected values written from the guidance's "Where a report goes" table.
  const table: Record<Situation, { to: string[]; team: string; urgent: boolean }> = {
    threat: { to: ['emergency@wikimedia.org'], team: 'emergency', urgent: true },
    csam: { to: ['legal-reports@wikimedia.org'], team: 'legal-reports', urgent: true },
    pii: { to: ['stewards@wikimedia.org'], team: 'stewards', urgent: false },
    legal: { to: ['legal@wikimedia.org'], team: 'legal', urgent: false },
    harassment: { to: ['ca@wikimedia.org'], team: 'trust-and-safety', urgent: false },
    local: { to: [], team: 'local', urgent: false },
  };
  for (const s of SITUATIONS) {
    it(`${s} goes to ${table[s].team} on a wiki without contacts`, () => {
      const [d, ...rest] = route([s]);
      expect(rest).toEqual([]);
      expect(d.emails).toEqual(table[s].to);
      expect(d.team).toBe(table[s].team);
      expect(d.urgent).toBe(table[s].urgent);
      for (const key of d.adviceKeys) expect(messages[key], key).toBeTypeOf('string');
    });
  }

  it('threat: the advice to call local authorities comes first', () => {
    expect(destinationFor('threat').adviceKeys[0]).toBe('report-helper-advice-authorities');
    expect(messages['report-helper-advice-authorities']).toMatch(/emergency services/);
  });

  it('csam: says not to download or share', () => {
    expect(destinationFor('csam').adviceKeys.map((k) => messages[k]).join(' ')).toMatch(/Do not download.*share/);
  });

  it('pii goes to the wiki oversight team when it has one, by account or address', () => {
    expect(destinationFor('pii', enwiki)).toMatchObject({ team: 'oversight', emails: [], emailUser: 'Oversight' });
    expect(destinationFor('pii', { oversight: { email: 'os@example.org', emailUser: 'OS' } })).toMatchObject({ emails: ['os@example.org'], emailUser: 'OS' });
    // An empty contact is no contact: stewards.
    expect(destinationFor('pii', { oversight: {} })).toMatchObject({ team: 'stewards', emails: [FOUNDATION.stewards] });
  });

  it('local uses the arbitration contact and always warns about public noticeboards', () => {
    const withArb = destinationFor('local', { arbitration: { email: 'arbcom@example.org' } });
    expect(withArb.emails).toEqual(['arbcom@example.org']);
    expect(withArb.adviceKeys).toContain('report-helper-advice-no-noticeboard');
    const without = destinationFor('local');
    expect(without.adviceKeys).toEqual(['report-helper-advice-no-noticeboard', 'report-helper-advice-local-find-contact']);
  });
});

describe('route: combinations', () => {
  // Every subset of the six situations: one destination per situation, urgent ones first, no duplicates.
  const subsets: Situation[][] = [];
  for (let mask = 1; mask < 1 << SITUATIONS.length; mask++) subsets.push(SITUATIONS.filter((_, i) => mask & (1 << i)));

  it.each(subsets.map((s) => [s.join('+'), s] as const))('%s', (_name, situations) => {
    const reversed = [...situations].reverse();
    const ds = route([...reversed, ...reversed], enwiki);
    expect(ds.map((d) => d.situation)).toEqual(situations);
    const urgentFlags = ds.map((d) => d.urgent);
    // once a non-urgent destination appears, no urgent one follows
    expect(urgentFlags.indexOf(false) === -1 || !urgentFlags.slice(urgentFlags.indexOf(false)).includes(true)).toBe(true);
  });

  it('threat + pii: emergency first, then the oversight team, both offered', () => {
    const ds = route(['pii', 'threat'], enwiki);
    expect(ds.map((d) => d.team)).toEqual(['emergency', 'oversight']);
  });

  it('nothing chosen: nowhere', () => {
    expect(route([])).toEqual([]);
  });
});
