/**
 * Outing statements: text that links an account (or a person being discussed) to a
 * real name, employer or school, family, home, or another account:
 * "User:X is really John Smith", "X's real name is …", "his kids go to …",
 * "Benutzer:X arbeitet bei …", "本名は…". A soft flag: precise wording varies, so
 * the anchor is the linking phrase and the subject is looked for just before it.
 */
import type { Candidate, Detector } from './candidate';

type Kind = 'name' | 'work' | 'family' | 'home' | 'account';

/**
 * Linking phrases (lower case), by what they link to. Literal alternations: linear.
 * `words` start at a word boundary and end before a space; `others` (apostrophe,
 * CJK, Devanagari) carry their own ending. The split is for speed: see WORD_PHRASE_OR_LEAD.
 * Inner groups must not capture (`(?:…)`): the kind is read from the group number.
 */
const PHRASES: Array<{ kind: Kind; words: string; others?: string }> = [
  { kind: 'name', words: String.raw`is (?:really|actually|in fact|secretly)|(?:his|her|their) (?:real |true |full )?name is|ist (?:in wirklichkeit|eigentlich|in echt)|est en (?:réalité|fait|vrai)|es en realidad|è in realtà|(?:real|true|full|legal) name is|name in real life is|in real life (?:is|he is|she is)|irl (?:is|he's|she's)|heißt (?:in wirklichkeit|eigentlich|mit bürgerlichem namen|im echten leben)|mit bürgerlichem namen|richtiger name ist|echter name ist|s'appelle (?:en vrai|en réalité|vraiment)|de son vrai nom|vrai nom est|se llama realmente|en realidad es|su nombre real es|nombre verdadero es|si chiama in realtà|in realtà è|vero nome è|na vida real é|nome verdadeiro é|verdadeiro nome é|echte naam is|heet eigenlijk|heet in het echt`, others: '本名は|の本名|असली नाम' },
  { kind: 'work', words: String.raw`works (?:at|for)|is employed (?:at|by)|employed by|is an? (?:teacher|student|pupil|nurse|doctor|manager|professor|lecturer|lawyer|engineer|accountant|journalist|reporter|police officer|receptionist|secretary|intern) (?:at|in|for)|teaches at|attends|lehrt an|enseigne à|travaille (?:à|au|aux|dans)|bosse (?:chez|à|au)|studies at|goes to (?:school at|school|college|university)|arbeitet (?:bei|für)|ist angestellt bei|studiert an|geht (?:auf|zur|in die)|travaille (?:chez|pour)|étudie à|trabaja (?:en|para)|estudia en|lavora (?:per|presso)|studia (?:a|presso)|trabalha (?:na|no|em|para)|estuda (?:na|no|em)|werkt (?:bij|voor)|studeert (?:aan|in)`, others: '勤務先は|に勤務|に通って|में काम करता' },
  { kind: 'family', words: String.raw`(?:his|her|their|your) (?:kids?|children|son|daughter|wife|husband|mother|father|parents|sister|brother)(?:'s)? (?:go(?:es)? to|is|are|name is|names are|attends?|works? (?:at|for)|lives? (?:at|in))|is married to|is the (?:ex-?)?(?:wife|husband|partner|girlfriend|boyfriend|son|daughter|mother|father|brother|sister) of|ist verheiratet mit|seine (?:kinder|frau|tochter|sohn)|ihre (?:kinder|tochter|sohn|mann)|deine (?:kinder|frau|tochter)|dein (?:mann|sohn)|ses enfants|sa femme|son mari|sus hijos|su esposa|su marido|i suoi figli|sua moglie|seus filhos|sua esposa|zijn kinderen|haar kinderen`, others: String.raw`['’]s (?:kids?|children|son|daughter|wife|husband|mother|father|parents|sister|brother)(?:'s)? (?:go(?:es)? to|is|are|name is|names are|attends?|works? (?:at|for)|lives? (?:at|in))\s|の子供は` },
  { kind: 'home', words: String.raw`lives (?:in|at|on)|(?:his|her|their) home is|wohnt (?:in|im|am|an der|auf)|habite (?:à|au|en|rue)|vit à|vive en|vive a|abita (?:a|in)|mora (?:em|no|na)|woont (?:in|op|aan)`, others: 'に住んで' },
  { kind: 'account', words: String.raw`is (?:also )?the same (?:person )?as|same person as|also edits as|is (?:also )?@|runs the (?:twitter|instagram|facebook|reddit|tiktok) account|ist identisch mit|est le même que|es la misma persona que|è lo stesso di|é a mesma pessoa que|is dezelfde als` },
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

/**
 * A bare user name, as people write them without a link: "GardenFan42", "Lapin_Bleu",
 * "HeronLake". Digits, an underscore or an inner capital is what sets a handle apart
 * from an ordinary word; such a token anywhere in the clause can be the subject.
 */
const WORD = /[A-Za-z\u00c0-\u024f][A-Za-z0-9_\u00c0-\u024f]{2,40}/g;
function isHandle(word: string): boolean {
  return word.length >= 4 && /[a-z]/.test(word) && (/\d|_/.test(word) || /[a-z][A-Z]/.test(word));
}

/**
 * Capitalised words that start sentences or name nobody: never the subject when they
 * stand just before the phrase ("Everyone lives in …", "This is really …").
 */
const NOT_A_NAME = new RegExp(
  '^(?:the|this|that|these|those|it|he|she|they|we|you|i|everyone|everybody|someone|somebody|nobody|anyone|pretty|fun|yes|no|also|and|but|so|note|here|there|well|now|then|who|what|which|where|when|why|how|if|because|apparently|actually|honestly|clearly|obviously|today|everything|nothing|something|user|editor|admin|der|die|das|er|sie|es|ich|wir|du|man|le|la|les|il|elle|on|je|nous|tu|ce|el|los|las|ella|yo|lo|un|una|une|ein|eine|che|chi|lui|lei|ele|ela|o|os|het|een|hij|zij|wikipedia|wikimedia|google|facebook|twitter|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$',
  'i',
);

/** A [[User:X]] link or {{u|X}} right at the end of a clause: the only place "]] (Name)" outs someone. */
const ACCOUNT_LINK_AT_END = new RegExp(`(?:${SUBJECTS[0].pattern.source}|${SUBJECTS[1].pattern.source})$`, 'i');

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
  // A bare handle anywhere in the clause, or a capitalised name standing right before the phrase.
  WORD.lastIndex = 0;
  let w: RegExpExecArray | null;
  while ((w = WORD.exec(head))) {
    const wEnd = w.index + w[0].length;
    if (wEnd <= end) continue;
    const rest = head.slice(wEnd);
    const handle = isHandle(w[0]);
    const nameJustBefore = !rest.trim() && /^[A-Z\u00c0-\u00de]/.test(w[0]) && !NOT_A_NAME.test(w[0]);
    if (handle || nameJustBefore) {
      subject = { index: w.index, who: w[0], account: handle };
      end = wEnd;
    }
  }
  if (!subject) return undefined;
  const between = head.slice(end);
  return between.length <= 40 && !SENTENCE_END.test(between) ? subject : undefined;
}

/** What follows the phrase: a capitalised name or organisation (one to four words), or a kind of institution. */
const OBJECT =
  /^(?:(?:the |a |an |der |die |das |la |le |el |il |o |de |bei |beim |al |au |l'|its )?(?:same |local )?(?:town hall|city council|council|hospital|school|primary school|university|college|mairie|préfecture|hôpital|école|lycée|collège|université|banque|rathaus|finanzamt|krankenhaus|schule|gymnasium|universität|ayuntamiento|hospital|colegio|instituto|universidad|escuela|banco|comune|ospedale|scuola|università|prefeitura|escola|gemeente|ziekenhuis)\b|(?:the |a |an |der |die |das |la |le |el |il |o |a |de |bei |beim |al |au )?[A-ZÀ-Ý一-龥ァ-ヶ\u0900-\u097f@][^\s,.;:!?()]{0,40}(?: [A-ZÀ-Ý&][^\s,.;:!?()]{0,40}){0,3})/;

/** A phrase that opens with a possessive names its own subject: "his kids go to", "Tarn's wife works at". */
const OWN_SUBJECT = /^(?:his|her|their|your|['’]s|seine?|ihre?|deine?|ses|sa|son|sus|su|i suoi|sua|seus|zijn|haar)\s/;

/** A person's name: two or three capitalised words ("Maria Example", "Javier Gómez"). */
const NAME = '[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]{1,20}(?:[ -][A-Z\u00c0-\u00de][a-z\u00df-\u00ff]{1,20}){1,2}';

/**
 * A user name equated with a person's name: "Corvid77 is Daniel Halloran", "Quillon = Jane Doe",
 * "you're Sarah Mitchell", "[[User:Tarn]] (Peter Lindqvist)". The name shape is strict
 * (capitalised words) because the verb is so common. Group 1: the link word.
 */
const EQUATES = new RegExp(
  "((?:^|[\\s:,(])(?:[Yy]ou're|[Yy]ou’re|[Yy]ou are|is|ist|est|es|è|é|c'est|c’est|=)\\s(?:the |der |die |la |el )?|\\]\\] ?\\(|\\}\\} ?\\()(" + NAME + ')',
  'g',
);

/**
 * Phrases that come before the account: "the person behind X works at …", "I found out who
 * X is: …", "Hinter dem Konto X steckt …", "Los hijos de X van al …".
 */
const LEADS: Array<[Kind, RegExp]> = [
  ['name', /\b(?:the (?:person|man|woman|guy|people|one) behind(?: the account)?|i (?:found out|know|figured out) who|found out who|the real (?:name|identity) of|hinter dem (?:konto|account|benutzerkonto|benutzernamen?)|der (?:echte|richtige|bürgerliche) name von|le vrai nom de|la vraie identité de|derrière le compte|detrás de la cuenta|el nombre real de|il vero nome di|dietro l'account|o verdadeiro nome de|achter het account)\s/g],
  ['family', /\b(?:los hijos de|las hijas de|la (?:mujer|esposa|hija) de|el (?:marido|hijo) de|les enfants de|la femme de|le mari de|die kinder von|die frau von|der mann von|i figli di|la moglie di|os filhos de|a esposa de|de kinderen van)\s/g],
];

/** A name, an organisation or an institution later in the same sentence. */
const LATER_OBJECT = /[A-ZÀ-Ý][a-zà-ÿ]+|\b(?:school|hospital|university|college|colegio|escuela|schule|école|lycée|scuola|works? at|arbeitet|travaille|trabaja|lavora)\b/g;

function candidate(start: number, end: number, score: number, kind: Kind, who: string): Candidate {
  return { type: 'identity-link', start, end, score, reason: REASON[kind], params: [who] };
}

export const detectIdentityLink: Detector = (ctx) => {
  const out: Candidate[] = [];
  const t = ctx.text;
  const found = findPhrasesAndLeads(ctx.lower);
  for (const m of found.phrases) {
    const { kind } = m;
    const phraseEnd = m.index + m.text.length;
    const object = OBJECT.exec(t.slice(phraseEnd, phraseEnd + 120));
    const ownSubject = OWN_SUBJECT.test(m.text);
    if (!object && !ownSubject && kind !== 'family') continue;
    const head = headBefore(t, m.index);
    const subject = ownSubject ? undefined : lastSubject(head);
    if (!subject && !ownSubject) continue;
    // "Tarn's wife …": the possessor is the word before the apostrophe.
    const possessor = /^['’]/.test(m.text) ? /[A-Za-z0-9_\u00c0-\u024f]{1,40}$/.exec(head) : null;
    const who = subject ? subject.who : possessor ? possessor[0] : m.text.split(' ')[0];
    const start = subject ? m.index - head.length + subject.index : possessor ? m.index - possessor[0].length : m.index;
    const end = object ? phraseEnd + object[0].length : phraseEnd - 1;
    // An explicit account reference is the clear outing case; a pronoun or a plain name is weaker.
    out.push(candidate(start, end, subject && subject.account ? 0.7 : 0.5, kind, kind === 'family' && !subject ? m.text.trim() : who.trim()));
  }
  detectEquates(t, out);
  detectLeads(found.leads, t, out);
  return out;
};

/** The same line, at most 100 characters before `index`. */
function headBefore(t: string, index: number): string {
  const lineStart = t.lastIndexOf('\n', index - 1) + 1;
  return t.slice(Math.max(lineStart, index - 100), index);
}

function detectEquates(t: string, out: Candidate[]): void {
  EQUATES.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EQUATES.exec(t))) {
    // Group 1 may open with the space or colon before the verb: not part of the phrase.
    const lead = /^[\s:,(]/.test(m[1]) ? 1 : 0;
    const link = m[1].slice(lead);
    const linkStart = m.index + lead;
    const end = m.index + m[0].length;
    EQUATES.lastIndex = end;
    if (/^[Yy]ou/.test(link)) {
      out.push(candidate(linkStart, end, 0.5, 'name', link.split(/[\s']/)[0]));
      continue;
    }
    // "]] (" belongs to the link before it.
    const phraseStart = link.charAt(0) === ']' || link.charAt(0) === '}' ? linkStart + 2 : linkStart;
    const head = headBefore(t, phraseStart);
    const subject = lastSubject(head);
    // "X = Jane Doe" and "X = the Name": the link is "=" with what follows it.
    const equals = link.trim().charAt(0) === '=';
    const afterLink = link.charAt(0) === ']' || link.charAt(0) === '}';
    // "]] (Name)" only after a user link; "X = Name" only as prose, not a template parameter ("| image = …").
    // (A camel-case article link such as [[Martin McGuinness]] looks like a handle, so the link itself is checked.)
    if (afterLink && !(subject && subject.account && ACCOUNT_LINK_AT_END.test(head))) continue;
    if (equals && !(subject && !head.slice(subject.index + subject.who.length).trim() && !/[|{=]\s*$/.test(head.slice(0, subject.index)))) continue;
    // A pronoun or a plain capitalised word before "is Name Name" is ordinary prose ("The mayor is …"),
    // except around "=", which nobody writes in prose.
    if (!subject || (!subject.account && !equals)) continue;
    if (!equals && /^(?:he|she|they|his|her|er|sie|il|elle|él|ella|lui|lei|ele|ela|hij|zij)$/i.test(subject.who)) continue;
    out.push(candidate(phraseStart - head.length + subject.index, end, subject.account ? 0.7 : 0.5, 'name', subject.who.trim()));
  }
}

/** A lead pattern's words: its source without the shared `\b(?:` … `)\s`. */
function leadWords(p: RegExp): string {
  return p.source.slice('\\b(?:'.length, -')\\s'.length);
}

/**
 * Finding the phrases and leads is the detector's main cost: irregexp tries the alternation
 * at every word start. So the word-led phrases and the leads share one pattern behind one
 * word boundary (phrases first: at any position a phrase wins, as it would alone), and the
 * apostrophe/CJK/Devanagari phrases, which start with other characters, have their own,
 * cheap one. Groups: one per phrase kind, then one per lead kind.
 */
const WORD_PHRASE_OR_LEAD = new RegExp(
  `\\b(?:${PHRASES.map((p) => `(${p.words})`)
    .concat(LEADS.map(([, p]) => `(${leadWords(p)})`))
    .join('|')})\\s`,
  'g',
);
const OTHER_PHRASES = PHRASES.filter((p) => p.others);
const OTHER_PHRASE = new RegExp(OTHER_PHRASES.map((p) => `(${p.others})`).join('|'), 'g');
/** Both lead kinds alone, to look for a lead where a phrase starts too; group 1 or 2 says which. */
const ANY_LEAD = new RegExp(`\\b(?:${LEADS.map(([, p]) => `(${leadWords(p)})`).join('|')})\\s`, 'g');
/** Longer than any lead (the longest is about 30 characters). */
const LEAD_REACH = 100;

interface Hit {
  index: number;
  text: string;
  kind: Kind;
}

/** The kind of the first capturing group that took part in the match. */
function kindOf(m: RegExpExecArray, kinds: Kind[]): Kind {
  let k = 0;
  while (k < kinds.length - 1 && m[k + 1] === undefined) k++;
  return kinds[k];
}

/** Every position where `pattern` matches, not only the non-overlapping ones: linear, each position is tried once. */
function eachStart(pattern: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text))) {
    visit(m);
    pattern.lastIndex = m.index + 1;
  }
}

/** What a `g` loop over one pattern would take: leftmost first, then the next that starts after it ends. */
function leftmostNonOverlapping(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.index - b.index);
  const taken: Hit[] = [];
  let from = 0;
  for (const h of hits) {
    if (h.index < from) continue;
    taken.push(h);
    from = h.index + h.text.length;
  }
  return taken;
}

/** The lead that matches exactly at `index`, if any (the character before is kept for `\b`). */
function leadAt(lower: string, index: number): Hit | undefined {
  const from = Math.max(0, index - 1);
  ANY_LEAD.lastIndex = index - from;
  const m = ANY_LEAD.exec(lower.slice(from, index + LEAD_REACH));
  return m && m.index === index - from ? { index, text: m[0], kind: kindOf(m, LEAD_KINDS) } : undefined;
}

const PHRASE_KINDS: Kind[] = PHRASES.map((p) => p.kind);
const OTHER_PHRASE_KINDS: Kind[] = OTHER_PHRASES.map((p) => p.kind);
const LEAD_KINDS: Kind[] = LEADS.map(([kind]) => kind);
const WORD_KINDS: Kind[] = PHRASE_KINDS.concat(LEAD_KINDS);

/**
 * The phrases and the leads, exactly as a separate `g` loop over each would find them
 * (one alternation of all phrases; one of both leads), from fewer passes over the text.
 */
function findPhrasesAndLeads(lower: string): { phrases: Hit[]; leads: Hit[] } {
  const phrases: Hit[] = [];
  const leads: Hit[] = [];
  eachStart(WORD_PHRASE_OR_LEAD, lower, (m) => {
    let group = 1;
    while (group < WORD_KINDS.length && m[group] === undefined) group++;
    const hit = { index: m.index, text: m[0], kind: WORD_KINDS[group - 1] };
    if (group > PHRASE_KINDS.length) {
      leads.push(hit);
      return;
    }
    phrases.push(hit);
    const lead = leadAt(lower, m.index);
    if (lead) leads.push(lead);
  });
  eachStart(OTHER_PHRASE, lower, (m) => phrases.push({ index: m.index, text: m[0], kind: kindOf(m, OTHER_PHRASE_KINDS) }));
  return { phrases: leftmostNonOverlapping(phrases), leads: leftmostNonOverlapping(leads) };
}

function detectLeads(leads: Hit[], t: string, out: Candidate[]): void {
  for (const m of leads) {
    const kind = m.kind;
    const after = m.index + m.text.length;
    WORD.lastIndex = 0;
    const who = WORD.exec(t.slice(after, after + 45));
    // The account follows the lead directly (maybe after "the account", "User:").
    if (!who || who.index > 12 || NOT_A_NAME.test(who[0]) || !(isHandle(who[0]) || /^[A-Z\u00c0-\u00de]/.test(who[0]))) continue;
    const whoEnd = after + who.index + who[0].length;
    const rest = t.slice(whoEnd, whoEnd + 80);
    const stop = rest.search(SENTENCE_END);
    const clause = stop >= 0 ? rest.slice(0, stop) : rest;
    LATER_OBJECT.lastIndex = 0;
    let o: RegExpExecArray | null;
    let objectEnd = -1;
    while ((o = LATER_OBJECT.exec(clause))) objectEnd = o.index + o[0].length;
    if (objectEnd < 0) continue;
    out.push(candidate(m.index, whoEnd + objectEnd, isHandle(who[0]) ? 0.7 : 0.6, kind, who[0]));
  }
}

export const identityLinkPatterns = (): RegExp[] => [ACCOUNT_LINK_AT_END, WORD_PHRASE_OR_LEAD, OTHER_PHRASE, ...SUBJECTS.map((s) => s.pattern), SENTENCE_END, OBJECT, WORD, NOT_A_NAME, OWN_SUBJECT, EQUATES, ANY_LEAD, LATER_OBJECT];
