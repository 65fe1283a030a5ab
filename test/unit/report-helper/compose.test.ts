import { describe, expect, it } from 'vitest';
import { composeReferral, oneLine, type ReferralCase } from '../../../gadgets/report-helper/referral/compose';
import { destinationFor } from '../../../gadgets/report-helper/route/route';
import { msg } from './helpers';

const wiki = { server: 'https://en.wikipedia.org', script: '/w/index.php', siteName: 'Wikipedia' };
const phone = '+44 20 7946 0958';

function fullCase(): ReferralCase {
  return {
    wiki,
    sender: { name: 'Patroller One', contact: 'patroller@example.org' },
    reporter: { name: 'Reporter Two', contact: 'via their talk page' },
    target: { name: 'Target Three' },
    summary: 'An IP keeps posting the home phone number of an editor on their talk page.',
    pages: ['Wikipedia:Some noticeboard'],
    diffs: [
      { ...wiki, newId: 18, oldId: 17, title: 'User talk:Target Three', timestamp: '2026-11-20T10:00:00Z', user: '192.0.2.7', findingTypes: ['phone'], visibility: 'visible', userBlocked: false },
      { ...wiki, newId: 25, oldId: 24, title: 'Talk:Example', timestamp: '2026-11-20T11:00:00Z', user: '192.0.2.7', findingTypes: ['postal-address'], visibility: 'deleted', userBlocked: true, note: 'same IP, second page' },
    ],
    investigation: 'Checked the IP contributions: only these two edits.',
    actions: ['block', 'revision-deletion', 'global-lock-requested'],
  };
}

describe('referral body: the guidance checklist, in order', () => {
  const { subject, body } = composeReferral(fullCase(), destinationFor('pii', { oversight: { emailUser: 'Oversight' } }), msg);

  it('has every item, in the checklist order', () => {
    const marks = [
      'From: Patroller One (contact: patroller@example.org)', // 1 who writes and how to reach them
      'Reported by: Reporter Two (contact: via their talk page)', // 2 reporter
      'Targeted: Target Three', // 2 target
      'Summary:\nAn IP keeps posting', // 3 summary
      'Relevant pages:', // 4 pages
      'https://en.wikipedia.org/w/index.php?title=User_talk:Target_Three',
      'https://en.wikipedia.org/w/index.php?title=Wikipedia:Some_noticeboard',
      'Diffs (permanent links):', // 5 diffs
      '1. https://en.wikipedia.org/w/index.php?diff=18&oldid=17',
      '2. https://en.wikipedia.org/w/index.php?diff=25&oldid=24',
      'Preliminary investigation:\nChecked the IP contributions', // 6 investigation
      'Immediate actions already taken:',
      '- Account or IP blocked',
      '- Revisions deleted (revision deletion)',
      '- Global lock requested from the stewards',
    ];
    let last = -1;
    for (const mark of marks) {
      const at = body.indexOf(mark);
      expect(at, mark).toBeGreaterThan(last);
      last = at;
    }
  });

  it('gives the evidence context per diff: time, author, types, deletion and block state, note', () => {
    expect(body).toContain('Edit: 2026-11-20T10:00:00Z by 192.0.2.7');
    expect(body).toContain('Flagged as: phone number');
    expect(body).toContain('Flagged as: postal address');
    expect(body).toContain('Status: still visible to everyone');
    expect(body).toContain('Status: already hidden by revision deletion');
    expect(body).toContain('The author is currently blocked.');
    expect(body).toContain('The author is not blocked at the moment.');
    expect(body).toContain('Note: same IP, second page');
  });

  it('links only: says so, and carries no personal information it was not given', () => {
    expect(body).toContain('deliberately not copied');
    expect(body).not.toContain(phone);
    expect(subject).toBe('Suppression request (Wikipedia): User talk:Target Three (+1)');
  });
});

describe('subjects', () => {
  it('marks emergencies', () => {
    expect(composeReferral(fullCase(), destinationFor('threat'), msg).subject).toMatch(/^EMERGENCY: /);
    expect(composeReferral(fullCase(), destinationFor('csam'), msg).subject).toMatch(/^URGENT: /);
    for (const s of ['pii', 'legal', 'harassment', 'local'] as const) {
      expect(composeReferral(fullCase(), destinationFor(s), msg).subject).not.toMatch(/EMERGENCY|URGENT/);
    }
  });

  it('a hostile page title cannot break the subject into headers', () => {
    const c = fullCase();
    c.diffs[0].title = 'X\r\nBcc: everyone@example.org';
    const { subject } = composeReferral(c, destinationFor('harassment'), msg);
    expect(subject).not.toMatch(/[\r\n]/);
    expect(oneLine('a\n\n b\u2028c')).toBe('a b c');
  });

  it('without a sender name, asks for one instead of leaving item 1 out', () => {
    const c = fullCase();
    c.sender = { name: '' };
    expect(composeReferral(c, destinationFor('threat'), msg).body).toContain('From: [your user name and how to reach you]');
  });
});
