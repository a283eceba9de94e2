// The arithmetic of a roll-up across workshops, without I/O: a tally of one OPD in one workshop, adding tallies
// up, and recognising the same OPD under the names different workshops gave it.
import { COMMITMENT_STATUSES, type CommitmentStatus } from './commitments.js';
import { IDEA_STATUSES, type IdeaStatus } from './idea-status.js';

/** The three forms of PP 38/2017, and `unspecified` for ideas (and commitments) without one. */
export const ROLLUP_FORMS = ['tata-kelola', 'pelayanan-publik', 'lainnya', 'unspecified'] as const;
export type RollupForm = (typeof ROLLUP_FORMS)[number];

/** Statuses that mean an idea was chosen by the panel and carried on (selected, on trial or implemented). */
const SELECTED_STATUSES: readonly IdeaStatus[] = ['selected', 'trial', 'implemented'];

/** What one OPD (or a whole workshop) amounts to. Counts only, so tallies add up by plain addition. */
export interface Tally {
  participants: number;
  /** Person-days attended (present or represented) on the workshop days up to the as-of date. */
  attended: number;
  /** Participants × workshop days held up to the as-of date. */
  person_days: number;
  ideas: Record<RollupForm, Record<IdeaStatus, number>>;
  commitments: Record<RollupForm, Record<CommitmentStatus, number>>;
  overdue: Record<RollupForm, number>;
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function emptyTally(): Tally {
  const ideas = {} as Tally['ideas'];
  const commitments = {} as Tally['commitments'];
  for (const form of ROLLUP_FORMS) {
    ideas[form] = zeros(IDEA_STATUSES);
    commitments[form] = zeros(COMMITMENT_STATUSES);
  }
  return { participants: 0, attended: 0, person_days: 0, ideas, commitments, overdue: zeros(ROLLUP_FORMS) };
}

/** Adds `from` into `into` (only the forms in `forms`, for a roll-up by form). */
export function addTally(into: Tally, from: Tally, forms: readonly RollupForm[] = ROLLUP_FORMS, people = true): void {
  if (people) {
    into.participants += from.participants;
    into.attended += from.attended;
    into.person_days += from.person_days;
  }
  for (const form of forms) {
    for (const s of IDEA_STATUSES) into.ideas[form][s] += from.ideas[form][s];
    for (const s of COMMITMENT_STATUSES) into.commitments[form][s] += from.commitments[form][s];
    into.overdue[form] += from.overdue[form];
  }
}

export { snake as snakeKey };

export function asForm(form: string | null): RollupForm {
  return form === 'tata-kelola' || form === 'pelayanan-publik' || form === 'lainnya' ? form : 'unspecified';
}

/** A code as a JSON field name (SPEC §2: snake_case): "tata-kelola" → "tata_kelola", "in-progress" → "in_progress". */
type Snake<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Snake<B>}` : S;
const snake = <S extends string>(s: S) => s.replace(/-/g, '_') as Snake<S>;

/** The figures people read, derived from a tally; counts keyed by form or status use snake_case keys. */
export interface Figures {
  participants: number;
  attendance: { attended: number; person_days: number; rate: number | null };
  ideas: { total: number; by_form: Record<Snake<RollupForm>, number>; by_status: Record<IdeaStatus, number>; selected: number; implemented: number };
  commitments: { total: number; by_status: Record<Snake<CommitmentStatus>, number>; overdue: number };
}

export function figuresOf(t: Tally): Figures {
  const byForm = zeros(ROLLUP_FORMS);
  const ideaStatus = zeros(IDEA_STATUSES);
  const commitmentStatus = zeros(COMMITMENT_STATUSES);
  let overdue = 0;
  for (const form of ROLLUP_FORMS) {
    for (const s of IDEA_STATUSES) {
      byForm[form] += t.ideas[form][s];
      ideaStatus[s] += t.ideas[form][s];
    }
    for (const s of COMMITMENT_STATUSES) commitmentStatus[s] += t.commitments[form][s];
    overdue += t.overdue[form];
  }
  const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  return {
    participants: t.participants,
    attendance: {
      attended: t.attended,
      person_days: t.person_days,
      // Per mille precision is plenty for a rate printed as "87.5%".
      rate: t.person_days === 0 ? null : Math.round((t.attended / t.person_days) * 1000) / 1000,
    },
    ideas: {
      total: sum(ideaStatus),
      by_form: Object.fromEntries(ROLLUP_FORMS.map((f) => [snake(f), byForm[f]])) as Figures['ideas']['by_form'],
      by_status: ideaStatus,
      selected: SELECTED_STATUSES.reduce((n, s) => n + ideaStatus[s], 0),
      implemented: ideaStatus.implemented,
    },
    commitments: {
      total: sum(commitmentStatus),
      by_status: Object.fromEntries(COMMITMENT_STATUSES.map((st) => [snake(st), commitmentStatus[st]])) as Figures['commitments']['by_status'],
      overdue,
    },
  };
}

/**
 * A unit's name as compared across workshops: case, accents, punctuation and runs of spaces ignored, so
 * "DINAS Komunikasi & Informatika" and "Dinas Komunikasi dan Informatika." meet ("&" reads as "dan").
 */
export function normaliseUnitName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' dan ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Groups the OPDs of many workshops: two units are one when they share a normalised name or short name, or
 * when the unit map sends them to the same name. Groups join as units arrive (union-find), so a roll-up of a
 * thousand files holds one entry per distinct OPD, never one per file.
 */
export class UnitMatcher<T> {
  private readonly parent = new Map<string, string>();
  private readonly values = new Map<string, T>();

  constructor(
    private readonly merge: (into: T, from: T) => void,
    private readonly map: ReadonlyMap<string, string> = new Map(),
  ) {}

  private root(token: string): string {
    let r = token;
    for (let p = this.parent.get(r); p !== undefined && p !== r; p = this.parent.get(r)) r = p;
    // Path compression: the next look-up of `token` is one step.
    for (let t = token, p = this.parent.get(t); p !== undefined && p !== r; t = p, p = this.parent.get(t)) this.parent.set(t, r);
    return r;
  }

  /** The tokens a unit is known by: its canonical name from the map, its name, its short name. */
  tokens(name: string, shortName: string | null): string[] {
    const n = normaliseUnitName(name);
    const s = shortName ? normaliseUnitName(shortName) : '';
    const tokens = [`n:${n}`];
    if (s !== '') tokens.push(`n:${s}`);
    const canonical = this.map.get(n) ?? (s !== '' ? this.map.get(s) : undefined);
    if (canonical !== undefined) tokens.unshift(`n:${normaliseUnitName(canonical)}`);
    return tokens;
  }

  /** Whether the map names this unit. */
  mapped(name: string, shortName: string | null): boolean {
    return this.map.has(normaliseUnitName(name)) || (shortName !== null && this.map.has(normaliseUnitName(shortName)));
  }

  /** Adds a unit's value under its tokens, joining every group they touch; returns the group's value. */
  add(tokens: readonly string[], value: T): T {
    let root: string | undefined;
    for (const token of tokens) {
      if (!this.parent.has(token)) this.parent.set(token, token);
      const r = this.root(token);
      if (root === undefined) root = r;
      else if (r !== root) {
        this.parent.set(r, root);
        const moved = this.values.get(r);
        this.values.delete(r);
        if (moved !== undefined) {
          const here = this.values.get(root);
          if (here === undefined) this.values.set(root, moved);
          else this.merge(here, moved);
        }
      }
    }
    const here = this.values.get(root!);
    if (here === undefined) {
      this.values.set(root!, value);
      return value;
    }
    this.merge(here, value);
    return here;
  }

  groups(): T[] {
    return [...this.values.values()];
  }
}
