/**
 * Outing statements: text that links an account (or a person being discussed) to a
 * real name, employer or school, family, home, or another account:
 * "User:X is really John Smith", "X's real name is …", "his kids go to …",
 * "Benutzer:X arbeitet bei …", "本名は…". A soft flag: precise wording varies, so
 * the anchor is the linking phrase and the subject is looked for just before it.
 */
import type { Candidate, Detector } from './candidate';

type Kind = 'name' | 'work' | 'family' | 'home' | 'account';

/** Linking phrases (lower case), by what they link to. Literal alternations: linear. */
const PHRASES: Array<[Kind, RegExp]> = [
  ['name', /\b(?:is (?:really|actually|in fact|secretly)|(?:real|true|full|legal) name is|name in real life is|in real life (?:is|he is|she is)|irl (?:is|he's|she's)|heißt (?:in wirklichkeit|eigentlich|mit bürgerlichem namen|im echten leben)|mit bürgerlichem namen|richtiger name ist|echter name ist|s'appelle (?:en vrai|en réalité|vraiment)|de son vrai nom|vrai nom est|se llama realmente|en realidad es|su nombre real es|nombre verdadero es|si chiama in realtà|in realtà è|vero nome è|na vida real é|nome verdadeiro é|verdadeiro nome é|echte naam is|heet eigenlijk|heet in het echt)\s|本名は|の本名|असली नाम/g],
  ['work', /\b(?:works (?:at|for)|is employed (?:at|by)|employed by|is a (?:teacher|student|nurse|doctor|manager|professor) at|studies at|goes to (?:school at|school|college|university)|arbeitet (?:bei|für)|ist angestellt bei|studiert an|geht (?:auf|zur|in die)|travaille (?:chez|pour)|étudie à|trabaja (?:en|para)|estudia en|lavora (?:per|presso)|studia (?:a|presso)|trabalha (?:na|no|em|para)|estuda (?:na|no|em)|werkt (?:bij|voor)|studeert (?:aan|in))\s|勤務先は|に勤務|に通って|में काम करता/g],
  ['family', /\b(?:(?:his|her|their|your) (?:kids?|children|son|daughter|wife|husband|mother|father|parents|sister|brother)(?:'s)? (?:go(?:es)? to|is|are|name is|names are|attends?|works? at|lives? at)|seine (?:kinder|frau|tochter|sohn)|ihre (?:kinder|tochter|sohn|mann)|ses enfants|sa femme|son mari|sus hijos|su esposa|su marido|i suoi figli|sua moglie|seus filhos|sua esposa|zijn kinderen|haar kinderen)\s|の子供は/g],
  ['home', /\b(?:lives (?:in|at|on)|(?:his|her|their) home is|wohnt (?:in|im|am|an der|auf)|habite (?:à|au|en|rue)|vit à|vive en|vive a|abita (?:a|in)|mora (?:em|no|na)|woont (?:in|op|aan))\s|に住んで/g],
  ['account', /\b(?:is (?:also )?the same (?:person )?as|same person as|also edits as|is (?:also )?@|runs the (?:twitter|instagram|facebook|reddit|tiktok) account|ist identisch mit|est le même que|es la misma persona que|è lo stesso di|é a mesma pessoa que|is dezelfde als)\s/g],
];

const REASON: Record<Kind, string> = {
  name: 'pii-flag-reason-identity-name',
  work: 'pii-flag-reason-identity-work',
  family: 'pii-flag-reason-identity-family',
  home: 'pii-flag-reason-identity-home',
  account: 'pii-flag-reason-identity-account',
};

/**
 * A user reference before the phrase: [[User:X]], {{u|X}}, User:X, @X, X's, or a pronoun.
 * The last one in the same sentence, at most 40 characters before the phrase, is the subject.
 */
const SUBJECTS: Array<{ pattern: RegExp; account: boolean }> = [
  // [[User:X]], [[Benutzer:X|…]] (the name stops at brackets, so nested links cannot pile up)
  { pattern: /\[\[(?:user|benutzer|benutzerin|utilisateur|utilisatrice|usuario|usuaria|utente|gebruiker|usuário|利用者|सदस्य)(?: talk| diskussion)?:([^\]\[|\n]{1,60})(?:\|[^\]\[\n]{0,60})?\]\]/gi, account: true },
  // {{u|X}}, {{ping|X}}
  { pattern: /\{\{\s*(?:u|user|ping|re|reply to|noping)\|([^{}|\n]{1,60})\}\}/gi, account: true },
  // User:X in plain text
  { pattern: /\b(?:user|benutzer|utilisateur|usuario|utente|gebruiker):([^\s,;\]\[|]{1,60})/gi, account: true },
  // @X
  { pattern: /@([A-Za-z][A-Za-z0-9_]{1,30})/g, account: true },
  // X's
  { pattern: /\b([A-Z][A-Za-z0-9_]{1,30})'s\b/g, account: false },
  // he, she, er, elle …
  { pattern: /\b(he|she|they|his|her|er|sie|il|elle|él|ella|lui|lei|ele|ela|hij|zij)\b/gi, account: false },
];
const SENTENCE_END = /[.!?\n]/;

interface Subject {
  index: number;
  who: string;
  /** An account reference, not just a pronoun or a possessive name. */
  account: boolean;
}

function lastMatch(pattern: RegExp, head: string): RegExpExecArray | undefined {
  pattern.lastIndex = 0;
  let last: RegExpExecArray | undefined;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(head))) last = m;
  return last;
}

function lastSubject(head: string): Subject | undefined {
  let subject: Subject | undefined;
  let end = -1;
  for (const { pattern, account } of SUBJECTS) {
    const m = lastMatch(pattern, head);
    if (m && m.index + m[0].length > end) {
      subject = { index: m.index, who: m[1], account };
      end = m.index + m[0].length;
    }
  }
  if (!subject) return undefined;
  const between = head.slice(end);
  return between.length <= 40 && !SENTENCE_END.test(between) ? subject : undefined;
}

/** What follows the phrase: a capitalised name or organisation (one to four words). */
const OBJECT = /^(?:the |a |an |der |die |das |la |le |el |il |o |a |de |bei )?[A-ZÀ-Ý一-龥ァ-ヶ\u0900-\u097f][^\s,.;:!?()]{0,40}(?: [A-ZÀ-Ý&][^\s,.;:!?()]{0,40}){0,3}/;

/** All phrases in one pass over the lower-cased text; group n+1 says which kind matched. */
const ANY_PHRASE = new RegExp(PHRASES.map(([, p]) => `(${p.source})`).join('|'), 'g');

export const detectIdentityLink: Detector = (ctx) => {
  const out: Candidate[] = [];
  const t = ctx.text;
  ANY_PHRASE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANY_PHRASE.exec(ctx.lower))) {
    let k = 0;
    while (k < PHRASES.length && m[k + 1] === undefined) k++;
    const kind = PHRASES[k][0];
    const phraseEnd = m.index + m[0].length;
    const object = OBJECT.exec(t.slice(phraseEnd, phraseEnd + 120));
    if (!object && kind !== 'family') continue;
    const lineStart = t.lastIndexOf('\n', m.index - 1) + 1;
    const head = t.slice(Math.max(lineStart, m.index - 100), m.index);
    const subject = lastSubject(head);
    // "his kids go to …": the family phrase names its own subject (the possessive).
    if (!subject && kind !== 'family') continue;
    const who = subject ? subject.who : m[0].split(' ')[0];
    const isAccount = !!subject && subject.account;
    const start = subject ? m.index - head.length + subject.index : m.index;
    const end = object ? phraseEnd + object[0].length : phraseEnd - 1;
    out.push({
      type: 'identity-link',
      start,
      end,
      // An explicit account reference is the clear outing case; a pronoun is weaker.
      score: isAccount ? 0.7 : 0.5,
      reason: REASON[kind],
      params: [kind === 'family' ? m[0].trim() : who.trim()],
    });
  }
  return out;
};

export const identityLinkPatterns = (): RegExp[] => [ANY_PHRASE, ...SUBJECTS.map((s) => s.pattern), SENTENCE_END, OBJECT];
