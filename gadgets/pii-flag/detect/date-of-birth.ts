/**
 * Dates of birth: a date with a birth word next to it ("born", "DOB", "geb.",
 * "né le", "nacido el", "生まれ", "जन्म"). A date alone is an event, never a finding.
 * Also a minor's stated age ("I am 13 years old"), which suppression policies treat
 * like a date of birth.
 */
import type { Candidate, Detector, ScanContext } from './candidate';
import { HOTWORDS, hotwordNear } from './context';

const MONTHS =
  'jan(?:uary|uar|vier|\\.)?|feb(?:ruary|ruar|\\.)?|f[eé]vrier|mar(?:ch|s|\\.)?|m[aä]rz|maart|apr(?:il|ile|\\.)?|avril|may|mai|mei|jun(?:e|i|\\.)?|juin|jul(?:y|i|\\.)?|juillet|aug(?:ust|\\.)?|ao[uû]t|sep(?:t(?:ember|embre)?|\\.)?|oct(?:ober|obre|\\.)?|okt(?:ober)?|nov(?:ember|embre|\\.)?|dec(?:ember|\\.)?|dez(?:ember)?|d[eé]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|juni|juli|augustus|oktober|janeiro|fevereiro|mar[cç]o|maio|junho|julho|setembro|outubro|novembro|dezembro';

/** 12.03.1985, 3/12/1985, 1985-03-12, 12 March 1985, March 12, 1985, 12 de marzo de 1985, 1985年3月12日. */
const DATE = new RegExp(
  '\\b(?:\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)?\\d{2}|(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2}|\\d{1,2}(?:\\.|er|st|nd|rd|th)? (?:de )?(?:' +
    MONTHS +
    ')(?: de)?,? (?:19|20)\\d{2}|(?:' +
    MONTHS +
    ') \\d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\\d{2})\\b|(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日',
  'gi',
);

/**
 * A young age: "13 years old", "14 Jahre alt", "13 ans", "12 años", "13歳". Anchored on the
 * number; who is that old is checked just before it (AGE_SUBJECT).
 */
const AGE = /\b(1[0-7]|[5-9]) ?(?:years? old|y\/o|yo\b|jahre alt|jahre|ans\b|años|anni\b|anos\b|jaar\b|歳)/gi;
const AGE_SUBJECT = /(?:\bi am|\bi'm|\bim|ich bin|je suis âgée? de|j'ai|tengo|\bho|tenho|ik ben|he is|she is|er ist|sie ist|私は|僕は)\s?$/;

/** Birth words, searched first: dates are only read in windows around them. */
const BIRTH_WORD = new RegExp(HOTWORDS['date-of-birth']!.source, 'g');
const WINDOW = 90;

/** Merged [from, to) windows around birth words. */
function birthWindows(lower: string): number[] {
  const windows: number[] = [];
  BIRTH_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BIRTH_WORD.exec(lower))) {
    const from = Math.max(0, m.index - 40);
    const to = Math.min(lower.length, m.index + m[0].length + WINDOW);
    if (windows.length && from <= windows[windows.length - 1]) windows[windows.length - 1] = to;
    else windows.push(from, to);
  }
  return windows;
}

export const detectDateOfBirth: Detector = (ctx) => {
  const out: Candidate[] = [];
  const t = ctx.masked;
  const windows = birthWindows(ctx.lower);
  let m: RegExpExecArray | null;
  for (let w = 0; w < windows.length; w += 2) dates(ctx, windows[w], windows[w + 1], out);
  AGE.lastIndex = 0;
  while ((m = AGE.exec(t))) {
    if (!AGE_SUBJECT.test(ctx.lower.slice(Math.max(0, m.index - 25), m.index)) && m[0].indexOf('歳') < 0) continue;
    out.push({ type: 'date-of-birth', start: m.index, end: m.index + m[0].length, score: 0.6, reason: 'pii-flag-reason-age-minor', params: [m[1]] });
  }
  return out;
};

function dates(ctx: ScanContext, from: number, to: number, out: Candidate[]): void {
  const slice = ctx.masked.slice(from, to);
  DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE.exec(slice))) {
    const start = from + m.index;
    const end = start + m[0].length;
    const birthWord = hotwordNear(ctx.lower, start, end, HOTWORDS['date-of-birth']);
    if (!birthWord) continue;
    out.push({ type: 'date-of-birth', start, end, score: 0.65, reason: 'pii-flag-reason-dob', params: [birthWord], contextDone: true });
  }
}

export const dateOfBirthPatterns = (): RegExp[] => [DATE, AGE, AGE_SUBJECT, BIRTH_WORD];
