// Rules for a participant's fields, without I/O: roles, e-mail, phone numbers, names that a spreadsheet
// would run as a formula, and the folding used to match what someone types at the registration desk.
import { lookup } from './lookup.js';

export const PARTICIPANT_ROLES = ['peserta', 'narasumber', 'fasilitator', 'panitia'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** The words offices write in a "Peran" column, in both languages, mapped to the stored role. */
const ROLE_WORDS: Record<string, ParticipantRole> = {
  peserta: 'peserta',
  participant: 'peserta',
  narasumber: 'narasumber',
  'nara sumber': 'narasumber',
  pembicara: 'narasumber',
  speaker: 'narasumber',
  resource: 'narasumber',
  'resource person': 'narasumber',
  fasilitator: 'fasilitator',
  facilitator: 'fasilitator',
  panitia: 'panitia',
  committee: 'panitia',
  organizer: 'panitia',
};

/** A role as written ("Narasumber", "Peserta ", "speaker"); undefined when it is not one. */
export function parseRole(raw: string): ParticipantRole | undefined {
  return lookup(ROLE_WORDS, raw.trim().toLowerCase().replace(/\s+/g, ' '));
}

/** Lower case, accents removed, spaces collapsed: "  HÉNDRA  Saputra" → "hendra saputra". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A cell a spreadsheet would execute when the file is opened: it starts with = + - @ (also after leading
 * spaces, and tab or carriage return, which some programs strip first).
 */
export function looksLikeFormula(text: string): boolean {
  // Most cells start with a letter or a digit: printable ASCII that is not a formula character needs no regex.
  const c = text.charCodeAt(0);
  if (c > 32 && c < 127 && c !== 61 && c !== 43 && c !== 45 && c !== 64) return false;
  return FORMULA.test(text);
}

const FORMULA = /^[\s]*[=+\-@\t\r]/;

export type EmailProblem = 'email';

/**
 * Trimmed e-mail, or a problem. Deliberately loose: one @, something on both sides, a dot in the domain with
 * two characters or more after it; no spaces, commas, semicolons, <, > or ". The @ and the dot are found
 * with indexOf, the forbidden characters with one character class (the test keeps the whole rule as one
 * regular expression, for reference).
 */
export function checkEmail(raw: string): { ok: true; email: string } | { ok: false } {
  const email = raw.trim();
  const at = email.indexOf('@');
  if (at < 1 || email.indexOf('@', at + 1) !== -1) return { ok: false };
  const dot = email.lastIndexOf('.');
  if (dot < at + 2 || email.length - dot - 1 < 2) return { ok: false };
  if (EMAIL_FORBIDDEN.test(email)) return { ok: false };
  return { ok: true, email };
}

const EMAIL_FORBIDDEN = /[\s,;<>"]/;

/**
 * A phone number as offices write it ("0812-6543-2101", "+62 812 6543 2101", "(0623) 92345") reduced to its
 * digits with an optional leading +. Eight to fifteen digits (ITU E.164); anything else is a problem.
 */
export function checkPhone(raw: string): { ok: true; phone: string } | { ok: false } {
  const text = raw.trim();
  const plus = text.charCodeAt(0) === 43 ? 1 : 0;
  if (text.length === plus) return { ok: false };
  // Read once, character by character (a registration import checks 50,000 of these): digits count,
  // separators people type are skipped, anything else is a problem.
  let digits = 0;
  for (let i = plus; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (!(c === 32 || c === 46 || c === 45 || c === 40 || c === 41 || c === 47 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(text[i]!)))) {
      return { ok: false };
    }
  }
  if (digits < 8 || digits > 15) return { ok: false };
  const phone = digits === text.length - plus ? text : (plus ? '+' : '') + text.replace(/\D/g, '');
  return { ok: true, phone };
}
