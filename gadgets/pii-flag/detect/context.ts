/**
 * Context rules: words near a match that make it personal ("call me on",
 * "wohnt in", "né le"), and the namespace the text was added to.
 * Hotwords are searched in a short window before (and a shorter one after) the
 * match, as Presidio and Google DLP do; the windows are small so this stays cheap.
 */
import type { PiiType, Severity } from './types';

const BEFORE = 70;
const AFTER = 30;

/**
 * Per-type hotwords, lower-case, in the project's languages (EN/DE/FR/ES/IT/NL/PT/JA/HI).
 * Plain alternations with no nested quantifiers: linear by construction.
 */
export const HOTWORDS: Partial<Record<PiiType, RegExp>> = {
  email: /e-?mail|courriel|correo|posta elettronica|mail me|write to|schreib|メール|ईमेल|contact/,
  phone:
    /phone|mobile|cell|call (?:me|him|her|them)|text (?:me|him|her)|ring (?:me|him|her)|whatsapp|my number|his number|her number|landline|tel[.:]|telefon|handy|mobil|rufnummer|erreichbar|anrufen|t[eé]l[eé]phone|portable|joindre|appel|tel[eé]fono|m[oó]vil|llama|cellulare|chiama|telefoonnummer|bel me|telefoonnummer|mobiel|celular|liga pra|ligue|zap|電話|携帯|連絡先|फ़ोन|फोन|मोबाइल|नंबर/,
  'postal-address':
    /lives? (?:at|in|on)|living at|home (?:address|is)|address|house|moved to|wohnt|wohne|wohnhaft|anschrift|adresse|habite|domicile|vive en|vive a|direcci[oó]n|domicilio|abita|indirizzo|woont|adres|mora|moro|endere[cç]o|住所|住んで|पता|रहता|रहती/,
  'ip-address':
    /logged out|log in|logged in|forgot to|same person|sock|his ip|her ip|their ip|your ip|my ip|ip address|ip-adresse|adresse ip|direcci[oó]n ip|indirizzo ip|ip-adres|endere[cç]o ip|edits? from|editing from|is user|is also|= ?user|aka|geolocat|ipアドレス/,
  'date-of-birth':
    /born|\bb\.(?= ?\d)|birthday|birth date|date of birth|d\.?o\.?b|geboren|geb\.|geburtstag|geburtsdatum|n[ée]e? le|n[ée]e? en|date de naissance|anniversaire|naci[oó]|nací|nacid[oa]|fecha de nacimiento|cumplea|nato il|nata il|nato a|data di nascita|geboren op|geboortedatum|nasceu|nascid[oa]|data de nascimento|anivers[aá]rio|生まれ|生年月日|誕生日|जन्म/,
  'national-id':
    /ssn|social security|national insurance|\bni number|aadhaa?r|aadhar|\bpan\b|cpf|\bdni\b|\bnie\b|\bnif\b|codice fiscale|\bbsn\b|burgerservicenummer|steuer-?id|steuernummer|personalausweis|insee|s[eé]curit[eé] sociale|num[eé]ro de s[eé]cu|passport|reisepass|pasaporte|passaporto|マイナンバー|आधार|id number|id card|identity/,
  'payment-card':
    /credit|debit|card|visa|mastercard|master card|amex|american express|discover|karte|kreditkarte|carte|cb |tarjeta|carta|kaart|cart[aã]o|クレジット|カード|कार्ड/,
  'social-profile':
    /facebook|instagram|twitter|tiktok|linkedin|youtube|snapchat|reddit|telegram|discord|mastodon|bluesky|github|insta\b|\bfb\b|\bx account|profile|profil|perfil|profilo|account|handle|プロフィール|प्रोफ़ाइल/,
};

/**
 * Cues that a match is about a particular person rather than an institution:
 * pronouns and possessives, user links, first person. Lifts every type a little.
 */
export const PERSONAL =
  /\b(?:my|his|her|their|your|he|she|i am|i'm|i live|me at|user:|user talk:|benutzer:|benutzerin:|utilisateur:|usuario:|usu[aá]rio:|utente:|gebruiker:|mein|meine|sein|seine|ihr|ihre|dein|deine|er ist|sie ist|mon|ma|mes|son|sa|ses|mi|su|sus|mio|mia|suo|sua|mijn|zijn|haar|meu|minha|seu|dele|dela)\b|利用者:|私の|彼の|彼女の|मेरा|मेरी|उसका|उसकी/;

/** Hotword found in the window around [start, end) of the lower-cased text, or undefined. */
export function hotwordNear(lower: string, start: number, end: number, pattern: RegExp | undefined): string | undefined {
  if (!pattern) return undefined;
  const window = lower.slice(Math.max(0, start - BEFORE), start) + ' … ' + lower.slice(end, end + AFTER);
  const m = pattern.exec(window);
  return m ? m[0].trim() : undefined;
}

/** True when a personal cue sits in the window before the match. */
export function personalNear(lower: string, start: number, end: number): boolean {
  return PERSONAL.test(lower.slice(Math.max(0, start - BEFORE), start) + ' ' + lower.slice(end, end + AFTER));
}

/** Content namespaces hold published, sourced text: weigh findings down there. */
const CONTENT_NAMESPACES = [0, 6, 10, 12, 14, 100, 104, 828];

/**
 * Score adjustment for the namespace. User and talk pages, noticeboards (project
 * namespace) are where outing happens; articles hold institutions' public details.
 * Date-of-birth in articles is ordinary biography, so it is weighed down further.
 */
export function namespaceAdjustment(namespace: number, type: PiiType): number {
  if (CONTENT_NAMESPACES.indexOf(namespace) >= 0) {
    if (type === 'date-of-birth' || type === 'social-profile') return -0.3;
    return -0.2;
  }
  if (namespace === 2 || namespace === 3) return 0.1;
  if (namespace === 4 || namespace % 2 === 1) return 0.05;
  return 0;
}

export function isContentNamespace(namespace: number): boolean {
  return CONTENT_NAMESPACES.indexOf(namespace) >= 0;
}

export const SEVERITY_RANK: Record<Severity, number> = { low: 1, medium: 2, high: 3 };

/** Score → severity; undefined means "too weak to show". */
export function severityOf(score: number): Severity | undefined {
  if (score >= 0.75) return 'high';
  if (score >= 0.5) return 'medium';
  if (score >= 0.25) return 'low';
  return undefined;
}

/** Every context pattern, for the regex-safety test. */
export function contextPatterns(): RegExp[] {
  return [PERSONAL, ...Object.values(HOTWORDS).filter((p): p is RegExp => !!p)];
}
