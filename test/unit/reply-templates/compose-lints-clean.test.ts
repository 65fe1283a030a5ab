/**
 * The promise: every composed draft passes the linter with zero
 * findings, for every kind × combination of facts × wording variant, in English
 * and in German.
 */
import { describe, expect, it } from 'vitest';
import { REPLY_KINDS } from '../../../gadgets/common/contracts';
import { REFERRALS, composeReply, type Referral, type ReplyFacts } from '../../../gadgets/reply-templates/compose';
import { lint } from '../../../gadgets/reply-templates/lint';
import { msgFor } from './helpers';

const SITUATIONS: Record<string, string> = {
  en: 'I can see from your message that the comments on your talk page have continued for several weeks',
  de: 'Ihrer Nachricht entnehme ich, dass die Kommentare auf Ihrer Diskussionsseite seit mehreren Wochen andauern.',
};

function factCombinations(lang: string): ReplyFacts[] {
  const out: ReplyFacts[] = [];
  for (const recipient of [undefined, 'Example']) {
    for (const checkIn of [undefined, '2026-05-12']) {
      const actionSets: ReplyFacts[] = [{}, { revisionDeletion: true, suppression: true }, { block: true, blockLength: lang === 'de' ? 'einen Monat' : 'one month', referrals: [...REFERRALS] as Referral[] }];
      for (const actions of actionSets) {
        for (const situation of [undefined, SITUATIONS[lang]]) {
          out.push({ recipient, checkIn, situation, sender: 'Oversight team', ...actions });
        }
      }
    }
  }
  return out;
}

describe('composed drafts lint clean', () => {
  for (const lang of ['en', 'de']) {
    const msg = msgFor(lang);
    for (const kind of REPLY_KINDS) {
      it(`${lang} ${kind}: all fact combinations × 3 variants`, () => {
        const problems: string[] = [];
        for (const facts of factCombinations(lang)) {
          for (const variant of [0, 1, 2]) {
            const draft = composeReply(kind, { ...facts, variant }, { msg, lang });
            expect(draft).not.toMatch(/⧼|\$\d/);
            for (const f of lint(draft, { kind, lang })) problems.push(`${f.rule} "${f.start >= 0 ? draft.slice(f.start, f.end) : ''}" in: ${draft.slice(Math.max(0, f.start - 60), f.end + 30).replace(/\n/g, ' ')}`);
          }
        }
        expect([...new Set(problems)]).toEqual([]);
      });
    }
  }
});
