/**
 * Whole drafts written by hand, the way a functionary might write them (not
 * from the composer): good ones must stay clean, bad ones must show exactly
 * the problems a careful reader of the guidance would point out.
 */
import { describe, expect, it } from 'vitest';
import type { ReplyKind } from '../../../gadgets/common/contracts';
import { lint } from '../../../gadgets/reply-templates/lint';

const rules = (draft: string, kind: ReplyKind, lang = 'en') => [...new Set(lint(draft, { kind, lang }).map((f) => f.rule))].sort();

const GOOD: Array<[ReplyKind, string, string]> = [
  ['acknowledgement', 'en', `Hi Sam,

thanks for trusting us with this. Reading your message, I can see how frightening the last few days must have been.

Two members of the oversight team are going to look at the edits you linked and talk through what can be done. If any of them need hiding, we will work to have them hidden. I'll get back to you by 14 March at the latest, and sooner if there is news.

Should anything else turn up in the meantime, just reply to this email with the links. And if you ever feel unsafe, please contact the police first; emergency@wikimedia.org is also staffed at all hours.

Best,
Kim (oversight)`],
  ['more-info', 'en', `Hello,

I'm sorry you are dealing with this. Could you help me understand which discussion the comments were made in? A link to the page, or to the edits themselves, would help us look in the right place. We are asking only to get the facts straight.

Thanks,
The arbitration committee`],
  ['delay', 'en', `Dear Alex,

I wanted to give you an update before the date I mentioned: our review is taking longer than planned, because we are still waiting on another team. My new estimate is the end of next week, and I will write again by 21 May either way.

If something new happens, please forward it to us. If you are ever in immediate danger, contact the local authorities and emergency@wikimedia.org.

Regards,
Functionaries team`],
  ['closure-actionable', 'en', `Hello,

We have finished looking into the report you sent us. Action has been taken, and the edits in question have been hidden from public view. Some details concern other people and have to stay private.

If the problem recurs, please send us the links. If you feel your personal safety is at risk, contact the police and emergency@wikimedia.org.

Regards,
Oversight team`],
  ['sanction-notice', 'en', `Hello,

Your account has been blocked for one month, following a review of recent comments on talk pages, which the committee found to be contrary to the civility policy.

You may appeal this decision by emailing the arbitration committee or by placing an unblock request on your talk page.

Regards,
Arbitration committee`],
  ['closure-non-actionable', 'de', `Hallo,

wir haben Ihre Meldung geprüft und den Fall ohne Maßnahmen geschlossen. Ich verstehe, dass das enttäuschend sein kann. Das bedeutet nicht, dass Ihre Meldung falsch war.

Wenn Sie neue Informationen haben, schreiben Sie uns gern wieder. Unterstützung bieten auch Beratungsstellen in Ihrer Nähe. Bei Gefahr wenden Sie sich an die Polizei oder an emergency@wikimedia.org.

Viele Grüße
Das Oversight-Team`],
];

const BAD: Array<[ReplyKind, string, string, string[]]> = [
  ['acknowledgement', 'en', `Hey,

Got your email. Honestly he's a long-standing editor and I doubt he meant anything by it, but I promise we'll deal with it by Friday. Maybe just talk to him directly?

Cheers`, ['doubt', 'missing-empathy', 'missing-next-steps', 'missing-safety', 'missing-updates', 'opinion-accused', 'pressure', 'promise']],
  ['sanction-notice', 'en', `Hello,

After the complaint from Jane we looked at your disgusting comments. You are blocked! Frankly you deserve it.`, ['judgmental', 'missing-appeal', 'names-reporter', 'tone']],
  ['closure-non-actionable', 'en', `Hi,

We looked into it and I don't see any harassment here. There's nothing we can do. When this happened to me I just logged off for a while, and you should take a break too.

Thanks`, ['counselling', 'doubt', 'missing-empathy', 'missing-resources', 'missing-safety', 'missing-updates', 'own-details']],
  ['cannot-advise', 'en', `Hello, I understand how stressful this is. Honestly, this is defamation and you should sue him. He lives in Berlin, by the way.`, ['legal-advice', 'missing-resources', 'other-parties']],
  ['acknowledgement', 'de', `Hallo, danke für die Meldung. Ich verspreche Ihnen, dass der Benutzer gesperrt wird. Er ist ein langjähriger Autor, aber das geht so nicht.`, ['missing-next-steps', 'missing-safety', 'missing-timeline', 'missing-updates', 'opinion-accused', 'promise']],
];

describe('hand-written drafts', () => {
  for (const [kind, lang, draft] of GOOD) {
    it(`good ${lang} ${kind} stays clean`, () => expect(lint(draft, { kind, lang })).toEqual([]));
  }
  for (const [kind, lang, draft, expected] of BAD) {
    it(`bad ${lang} ${kind}: ${expected.join(', ')}`, () => expect(rules(draft, kind, lang)).toEqual(expected));
  }
});
