/**
 * Phrase rules against drafts written in varied wording (not only the issue's
 * examples), and good sentences that must stay clean. Each bad case names the
 * rule it must trigger and the words the finding must cover.
 */
import { describe, expect, it } from 'vitest';
import type { ReplyKind } from '../../../gadgets/common/contracts';
import { lint } from '../../../gadgets/reply-templates/lint';

type Bad = [rule: string, kind: ReplyKind, draft: string, covers: string];

const BAD_EN: Bad[] = [
  // doubt or disinterest
  ['doubt', 'acknowledgement', 'I disagree that this counts as harassment.', 'I disagree'],
  ['doubt', 'acknowledgement', "Honestly there's nothing we can do about comments like these.", 'nothing we can do'],
  ['doubt', 'closure-non-actionable', 'It is unlikely that we can do anything here.', 'unlikely that we can'],
  ['doubt', 'acknowledgement', 'There is really not much that I can do about it.', 'not much that I can do'],
  ['doubt', 'more-info', "I'm not sure this really qualifies as an attack.", 'not sure this really qualifies'],
  ['doubt', 'mistaken-reporter', 'Perhaps you are overreacting a little.', 'overreacting'],
  ['doubt', 'acknowledgement', 'The best thing is to just ignore them.', 'just ignore them'],
  ['doubt', 'mistaken-reporter', 'Filing a false report wastes everyone’s time.', 'false report'],
  ['doubt', 'closure-non-actionable', 'The so-called harassment was a content dispute.', 'so-called harassment'],
  ['doubt', 'acknowledgement', 'You may need a thicker skin to edit here.', 'thicker skin'],
  // opinion about the accused
  ['opinion-accused', 'closure-non-actionable', 'He has an excellent reputation on this wiki.', 'excellent reputation'],
  ['opinion-accused', 'acknowledgement', 'They are a long-time contributor and respected by many.', 'long-time contributor'],
  ['opinion-accused', 'closure-actionable', "I'm convinced he did it, and the evidence agrees.", "I'm convinced he"],
  ['opinion-accused', 'closure-non-actionable', 'He denies it, so we are stuck.', 'He denies'],
  ['opinion-accused', 'closure-non-actionable', 'The other editor denied everything when asked.', 'denied everything'],
  ['opinion-accused', 'subject-notice', 'We never thought you were guilty.', 'guilty'],
  ['opinion-accused', 'acknowledgement', 'I know she would never do something like that on purpose.', 'would never do'],
  ['opinion-accused', 'closure-non-actionable', 'I think he was only joking.', 'only joking'],
  // promises
  ['promise', 'acknowledgement', 'I promise we will stop this.', 'I promise'],
  ['promise', 'acknowledgement', 'We will immediately deal with it.', 'We will immediately'],
  ['promise', 'acknowledgement', 'You will have an answer by Tuesday.', 'answer by'],
  ['promise', 'acknowledgement', "Don't worry, we'll make sure he never bothers you again.", "we'll make sure"],
  ['promise', 'acknowledgement', 'The account will be blocked today.', 'will be blocked'],
  ['promise', 'third-party', 'Rest assured this will be resolved within the week.', 'Rest assured'],
  ['promise', 'delay', 'It will be sorted by Friday, guaranteed.', 'sorted by'],
  ['promise', 'acknowledgement', 'I can guarantee that it won’t happen again.', 'guarantee'],
  // tone in closures / notices
  ['tone', 'closure-actionable', 'Great news: the account has been blocked!', 'Great news'],
  ['tone', 'closure-actionable', 'The account has been blocked!', '!'],
  ['tone', 'sanction-notice', 'Your account has been blocked :)', ':)'],
  ['tone', 'closure-actionable', "We're so sorry it took this long; the account is blocked now.", 'sorry'],
  ['tone', 'subject-notice', 'Finally, the review is over and no action will be taken.', 'Finally'],
  ['tone', 'closure-actionable', 'I am delighted to tell you the block is in place.', 'delighted'],
  // judgmental
  ['judgmental', 'sanction-notice', 'Your disgusting behaviour has led to a block.', 'disgusting'],
  ['judgmental', 'sanction-notice', 'You should be ashamed of how you treated others.', 'should be ashamed'],
  ['judgmental', 'sanction-notice', 'Trolls like you are blocked on sight.', 'Trolls'],
  ['judgmental', 'closure-actionable', 'The harasser has been blocked.', 'harasser'],
  ['judgmental', 'sanction-notice', 'You clearly knew what you were doing.', 'You clearly knew'],
  // legal advice and counselling
  ['legal-advice', 'cannot-advise', 'You should sue them for defamation.', 'You should sue'],
  ['legal-advice', 'acknowledgement', 'This is defamation under the law of most countries.', 'This is defamation'],
  ['legal-advice', 'cannot-advise', 'I would recommend that you get a lawyer and file a lawsuit.', 'file a lawsuit'],
  ['legal-advice', 'acknowledgement', 'Go to the police and press charges.', 'press charges'],
  ['legal-advice', 'cannot-advise', 'A restraining order would stop him.', 'restraining order'],
  ['counselling', 'cannot-advise', "Try to relax and don't let it get to you.", 'Try to relax'],
  ['counselling', 'cannot-advise', 'It sounds like you have anxiety from all this.', 'sounds like you have anxiety'],
  ['counselling', 'closure-non-actionable', 'What helped me was taking a long break.', 'What helped me'],
  // own details, other parties, naming the reporter
  ['own-details', 'acknowledgement', 'I live in Leeds too, so I know the area.', 'I live in'],
  ['own-details', 'acknowledgement', 'The same thing happened to me when I was outed in 2019.', 'happened to me'],
  ['own-details', 'more-info', 'You can call me on my mobile any time.', 'call me'],
  ['own-details', 'acknowledgement', 'I work at a university, so I see this often.', 'I work at'],
  ['other-parties', 'closure-actionable', 'His real name is known to us.', 'His real name'],
  ['other-parties', 'closure-actionable', 'CheckUser showed that the accounts are related.', 'CheckUser showed'],
  ['other-parties', 'closure-non-actionable', 'She has been blocked twice before for similar things.', 'She has been blocked twice before'],
  ['other-parties', 'acknowledgement', 'He works at the same company as you, we noticed.', 'He works at'],
  ['names-reporter', 'sanction-notice', 'This follows the complaint from another editor about your comments.', 'complaint from'],
  ['names-reporter', 'sanction-notice', 'The user who reported you asked us to act.', 'The user who reported'],
  ['names-reporter', 'subject-notice', 'The review was opened at the request of another editor.', 'at the request of'],
  // pressure on the reporter
  ['pressure', 'closure-non-actionable', 'Please do not bring this up again.', 'do not bring this up'],
  ['pressure', 'closure-non-actionable', 'Maybe contact them directly and talk it over.', 'contact them directly'],
  ['pressure', 'mistaken-reporter', 'It would be best to sort it out between yourselves.', 'sort it out'],
  ['pressure', 'mistaken-reporter', 'If you keep reporting people you may be blocked.', 'If you keep reporting'],
  ['pressure', 'closure-non-actionable', 'I suggest you withdraw the complaint.', 'withdraw the complaint'],
];

const GOOD_EN: Array<[ReplyKind, string]> = [
  ['acknowledgement', 'If there are edits that need hiding, we will work to have them hidden.'],
  ['acknowledgement', 'If the edits turn out to break the rules, we will remove them.'],
  ['acknowledgement', 'I cannot promise a particular outcome, but I will keep you informed.'],
  ['acknowledgement', 'We are not able to guarantee a result by any given date.'],
  ['acknowledgement', 'Should a block be needed, we will place it.'],
  ['more-info', 'I am asking so that we act on accurate information, not because I doubt you.'],
  ['closure-non-actionable', 'This does not mean your report was false.'],
  ['cannot-advise', 'I cannot tell you whether to sue; a qualified lawyer can.'],
  ['cannot-advise', 'Crisis lines and mental-health organisations can offer support that we cannot.'],
  ['acknowledgement', 'Please do not contact them directly while we look into it.'],
  ['closure-non-actionable', 'I am sorry that we could not do more this time.'],
  ['acknowledgement', 'We take reports like yours seriously.'],
  ['sanction-notice', 'You can appeal through the unblock process on your talk page.'],
  ['acknowledgement', 'Our nothing-to-hide policy on reviews is public.'],
  ['acknowledgement', 'Understanding the timeline helps us; please send the diffs.'],
];

const BAD_DE: Bad[] = [
  ['doubt', 'acknowledgement', 'Da können wir leider nichts machen.', 'können wir leider nichts machen'],
  ['doubt', 'mistaken-reporter', 'Ich glaube, Sie übertreiben ein wenig.', 'übertreiben'],
  ['doubt', 'closure-non-actionable', 'Es ist unwahrscheinlich, dass wir etwas tun können.', 'unwahrscheinlich'],
  ['opinion-accused', 'closure-non-actionable', 'Er genießt einen tadellosen Ruf im Projekt.', 'tadellosen Ruf'],
  ['opinion-accused', 'closure-actionable', 'Ich bin überzeugt, dass er es war.', 'Ich bin überzeugt, dass er'],
  ['opinion-accused', 'closure-non-actionable', 'Er bestreitet alles.', 'bestreitet alles'],
  ['promise', 'acknowledgement', 'Ich verspreche Ihnen, dass das aufhört.', 'Ich verspreche'],
  ['promise', 'acknowledgement', 'Wir werden sofort handeln.', 'Wir werden sofort'],
  ['promise', 'acknowledgement', 'Der Benutzer wird morgen gesperrt.', 'wird morgen gesperrt'],
  ['promise', 'acknowledgement', 'Eine Entscheidung bekommen Sie bis Dienstag.', 'Entscheidung bekommen Sie bis'],
  ['tone', 'closure-actionable', 'Super, das Konto ist gesperrt!', 'Super'],
  ['judgmental', 'sanction-notice', 'Ihr widerliches Verhalten führte zur Sperre.', 'widerliches'],
  ['legal-advice', 'cannot-advise', 'Sie sollten ihn verklagen.', 'Sie sollten ihn verklagen'],
  ['own-details', 'acknowledgement', 'Ich wohne auch in Köln.', 'Ich wohne auch in'.slice(0, 9)],
  ['pressure', 'closure-non-actionable', 'Sprechen Sie ihn doch direkt an.', 'Sprechen Sie ihn doch direkt'],
  ['names-reporter', 'sanction-notice', 'Die Sperre folgt auf eine Beschwerde von einem anderen Benutzer.', 'Beschwerde von'],
];

const GOOD_DE: Array<[ReplyKind, string]> = [
  ['acknowledgement', 'Falls Bearbeitungen verborgen werden müssen, werden wir sie entfernen.'],
  ['acknowledgement', 'Ein bestimmtes Ergebnis kann ich nicht versprechen.'],
  ['acknowledgement', 'Bitte kontaktieren Sie die Person nicht direkt.'],
];

function check(bad: Bad[], lang: string) {
  for (const [rule, kind, draft, covers] of bad) {
    it(`${lang} ${rule}: ${draft}`, () => {
      const hits = lint(draft, { kind, lang }).filter((f) => f.rule === rule);
      expect(hits.length, `no ${rule} finding`).toBeGreaterThan(0);
      const text = hits.map((f) => draft.slice(f.start, f.end));
      expect(text.some((t) => t.toLowerCase().includes(covers.toLowerCase()) || covers.toLowerCase().includes(t.toLowerCase()))).toBe(true);
      for (const f of hits) expect(f.message).toContain(draft.slice(f.start, f.end));
    });
  }
}

function phraseFindings(draft: string, kind: ReplyKind, lang: string) {
  return lint(draft, { kind, lang }).filter((f) => f.start >= 0);
}

describe('English phrase rules', () => {
  check(BAD_EN, 'en');
  for (const [kind, draft] of GOOD_EN) {
    it(`stays clean: ${draft}`, () => expect(phraseFindings(draft, kind, 'en')).toEqual([]));
  }
});

describe('German phrase rules', () => {
  check(BAD_DE, 'de');
  for (const [kind, draft] of GOOD_DE) {
    it(`stays clean: ${draft}`, () => expect(phraseFindings(draft, kind, 'de')).toEqual([]));
  }
});

describe('kind-specific rules', () => {
  it('tone rules apply to closures and notices, not to an acknowledgement', () => {
    const draft = 'Thank you so much for writing!';
    expect(lint(draft, { kind: 'closure-actionable' }).some((f) => f.rule === 'tone')).toBe(true);
    expect(lint(draft, { kind: 'acknowledgement' }).some((f) => f.rule === 'tone')).toBe(false);
  });
  it('an apology is fine in a non-actionable closure but not in a sanction notice', () => {
    const draft = 'I am sorry that this took a while.';
    expect(lint(draft, { kind: 'closure-non-actionable' }).some((f) => f.rule === 'tone')).toBe(false);
    expect(lint(draft, { kind: 'sanction-notice' }).some((f) => f.rule === 'tone')).toBe(true);
  });
  it('flags protected names in a sanction notice only', () => {
    const draft = 'Your block follows concerns raised by Jane Roe.';
    const sanction = lint(draft, { kind: 'sanction-notice', protectedNames: ['Jane Roe'] }).filter((f) => f.rule === 'names-reporter');
    expect(sanction.map((f) => draft.slice(f.start, f.end))).toContain('Jane Roe');
    expect(lint(draft, { kind: 'acknowledgement', protectedNames: ['Jane Roe'] }).some((f) => f.rule === 'names-reporter')).toBe(false);
  });
});
