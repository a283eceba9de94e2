// The life of an idea (SPEC §4): proposed → shortlisted → selected → trial (uji coba) → implemented
// (penerapan). A step forward may skip stages (a workshop often selects straight from the proposals); going
// back is refused, because reports and the Indeks Inovasi Daerah count an idea by the furthest stage it
// reached. `dropped` is reachable from anywhere, and a dropped idea can only be reopened as `proposed`.
import { lookup } from './lookup.js';

export const IDEA_STATUSES = ['proposed', 'shortlisted', 'selected', 'trial', 'implemented', 'dropped'] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

/** The forward stages in order; `dropped` stands outside the line. */
export const IDEA_STAGES: readonly IdeaStatus[] = ['proposed', 'shortlisted', 'selected', 'trial', 'implemented'];

export type Transition = { kind: 'same' } | { kind: 'allowed' } | { kind: 'refused'; allowed: IdeaStatus[] };

/** Statuses an idea may move to from `from`, in the order a facilitator would consider them. */
export function nextStatuses(from: IdeaStatus): IdeaStatus[] {
  if (from === 'dropped') return ['proposed'];
  const at = IDEA_STAGES.indexOf(from);
  return [...IDEA_STAGES.slice(at + 1), 'dropped'];
}

export function checkTransition(from: IdeaStatus, to: IdeaStatus): Transition {
  if (from === to) return { kind: 'same' };
  const allowed = nextStatuses(from);
  return allowed.includes(to) ? { kind: 'allowed' } : { kind: 'refused', allowed };
}

export function isIdeaStatus(value: string): value is IdeaStatus {
  return (IDEA_STATUSES as readonly string[]).includes(value);
}

/** What facilitators type in Indonesian, as on the printed forms: `idea status 3 terpilih`. */
const STATUS_ALIASES: Record<string, IdeaStatus> = {
  diusulkan: 'proposed',
  usulan: 'proposed',
  nominasi: 'shortlisted',
  'masuk-nominasi': 'shortlisted',
  terpilih: 'selected',
  'uji-coba': 'trial',
  ujicoba: 'trial',
  penerapan: 'implemented',
  diterapkan: 'implemented',
  'tidak-dilanjutkan': 'dropped',
  gugur: 'dropped',
  batal: 'dropped',
};

/** The status meant by a typed word (English name or Indonesian alias, any case); undefined when none. */
export function ideaStatusFromText(text: string): IdeaStatus | undefined {
  const key = text.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (isIdeaStatus(key)) return key;
  return lookup(STATUS_ALIASES, key);
}
