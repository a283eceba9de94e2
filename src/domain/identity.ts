// Who is the same person, without I/O (SPEC §7 Identity; README "Identity rules"). One rule for
// `participant add`, every import mode, `merge` and `commitment import`: the NIP; else the e-mail, any case;
// else the name with titles and accents ignored, within the same unit.
import { foldText } from './participant.js';

/** Academic and religious titles written before a name ("Drs. H. Zul Abdiman"): not part of who it is. */
const PREFIX_TITLES = new Set(['dr', 'drs', 'dra', 'h', 'hj', 'ir', 'prof', 'ns', 'kh', 'apt', 'drg', 'tn', 'ny', 'bpk', 'ibu', 'bapak']);

/** A degree written after a name without a comma: "S.H.", "M.Si", "S.Kom", "A.Md.Kep". */
const DEGREE = /^[a-z]{1,4}(\.[a-z]{1,5})+\.?$/;

/**
 * A name as identity sees it: accents and case folded, degrees after the first comma dropped ("Nurhalimah,
 * S.Sos" → "nurhalimah"), leading titles dropped ("Drs. H. Zul Abdiman" → "zul abdiman"), dotted degrees
 * anywhere dropped, punctuation removed. An empty result (a name made only of titles) keeps the folded name.
 */
export function nameKey(name: string): string {
  const folded = foldText(name);
  const beforeComma = folded.split(',')[0] ?? folded;
  const tokens = beforeComma.split(' ').filter((t) => t !== '' && !DEGREE.test(t));
  while (tokens.length > 1 && PREFIX_TITLES.has(tokens[0]!.replace(/\.$/, ''))) tokens.shift();
  const key = tokens
    .map((t) => t.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean)
    .join(' ');
  return key || folded;
}

/** An e-mail as stored and compared: trimmed, lower case. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** What identity knows of a person: enough to match by each rule. */
export interface IdentityFacts {
  nip: string | null;
  email: string | null;
  name: string;
  /** Any stable key of the unit (its id here, its name in a file); null without a unit. */
  unit: string | number | null;
}

interface Known<T> {
  value: T;
  nip: string | null;
  email: string | null;
  /** Order of adding: for a key two share, the first one added stays. */
  seq: number;
}

/**
 * Who is already known, by each part of the identity rule, for matching many rows one by one (an import's
 * rows against the workshop and against the file's earlier rows). The unit is any string key of it.
 * Names are folded only for rows that need it: a registration file of civil servants, matched by NIP,
 * folds none.
 */
export class IdentityIndex<T> {
  private readonly byNip = new Map<string, Known<T>>();
  private readonly byEmail = new Map<string, Known<T>>();
  private readonly byName = new Map<string, Known<T>>();
  private readonly unnamed: Array<{ facts: IdentityFacts; known: Known<T> }> = [];
  /**
   * People with a NIP whose e-mail is not in byEmail yet. A row with a NIP can only match someone by e-mail
   * who has no NIP, so their e-mails are indexed only when a row without a NIP asks: a registration file
   * of civil servants (SPEC §6's 50,000-row import) never folds or hashes an e-mail twice.
   */
  private readonly nipEmails: Array<{ email: string; known: Known<T> }> = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds a person; the first one stays for a key two share. With `foldNow` false the name is folded on first need. */
  add(facts: IdentityFacts, value: T, foldNow = true): void {
    const known: Known<T> = { value, nip: facts.nip, email: null, seq: this.count++ };
    if (known.nip) {
      if (!this.byNip.has(known.nip)) this.byNip.set(known.nip, known);
      if (facts.email) this.nipEmails.push({ email: facts.email, known });
    } else if (facts.email) {
      known.email = emailKey(facts.email);
      this.indexEmail(known.email, known);
    }
    if (foldNow) this.addName(facts, known);
    else this.unnamed.push({ facts, known });
  }

  /**
   * The person `facts` is by the identity rule: the same NIP; else (when the two NIPs do not contradict each
   * other) the same e-mail; else (neither has a NIP or e-mail that differs) the same name within the same
   * unit. Two different NIPs are always two people. `byName` false stops before names.
   */
  find(facts: IdentityFacts, byName = true): Readonly<Known<T>> | undefined {
    if (facts.nip) {
      const k = this.byNip.get(facts.nip);
      if (k) return k;
    }
    if (!facts.nip) this.indexNipEmails();
    const email = facts.email && this.byEmail.size > 0 ? emailKey(facts.email) : null;
    if (email) {
      const k = this.byEmail.get(email);
      if (k && (!facts.nip || !k.nip)) return k;
    }
    if (!byName || (this.byName.size === 0 && this.unnamed.length === 0)) return undefined;
    for (const u of this.unnamed.splice(0)) this.addName(u.facts, u.known);
    const k = this.byName.get(`${nameKey(facts.name)}|${facts.unit ?? ''}`);
    if (k && (!facts.nip || !k.nip) && (!email || !k.email || k.email === email)) return k;
    return undefined;
  }

  private indexEmail(email: string, known: Known<T>): void {
    const there = this.byEmail.get(email);
    if (!there || there.seq > known.seq) this.byEmail.set(email, known);
  }

  private indexNipEmails(): void {
    for (const { email, known } of this.nipEmails.splice(0)) {
      known.email = emailKey(email);
      this.indexEmail(known.email, known);
    }
  }

  private addName(facts: IdentityFacts, known: Known<T>): void {
    const key = `${nameKey(facts.name)}|${facts.unit ?? ''}`;
    if (!this.byName.has(key)) this.byName.set(key, known);
  }
}
