// Rules of the follow-up plan (rencana tindak lanjut, RTL): when a commitment is overdue, what an update
// does to its status and progress. No I/O here: the store and `commitment import` share these rules.
import { addDays, daysBetween } from './dates.js';
import { lookup } from './lookup.js';

export const COMMITMENT_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export function isCommitmentStatus(value: string): value is CommitmentStatus {
  return (COMMITMENT_STATUSES as readonly string[]).includes(value);
}

/** The Indonesian words `list` and `show` print, accepted wherever a status is typed. */
const STATUS_WORDS: Record<string, CommitmentStatus> = {
  direncanakan: 'planned',
  berjalan: 'in-progress',
  'in progress': 'in-progress',
  selesai: 'done',
  dibatalkan: 'cancelled',
  batal: 'cancelled',
};

/** A status as typed (English code or Indonesian word, any case), or undefined. */
export function commitmentStatusFrom(text: string): CommitmentStatus | undefined {
  const key = text.trim().toLowerCase();
  return isCommitmentStatus(key) ? key : lookup(STATUS_WORDS, key);
}

/** Done and cancelled commitments are closed: they are never overdue and never "due soon". */
export function isClosed(status: CommitmentStatus): boolean {
  return status === 'done' || status === 'cancelled';
}

/** SPEC §4: overdue = due date before the as-of date and not done or cancelled. */
export function isOverdue(c: { due_date: string; status: CommitmentStatus }, asOf: string): boolean {
  return !isClosed(c.status) && c.due_date < asOf;
}

/** Whole days past the due date on the as-of date; 0 when not overdue. */
export function daysOverdue(c: { due_date: string; status: CommitmentStatus }, asOf: string): number {
  return isOverdue(c, asOf) ? daysBetween(c.due_date, asOf) : 0;
}

/** Still open and due between the as-of date and `days` days later, both inclusive. */
export function isDueWithin(c: { due_date: string; status: CommitmentStatus }, asOf: string, days: number): boolean {
  return !isClosed(c.status) && c.due_date >= asOf && c.due_date <= addDays(asOf, days);
}

export interface CommitmentState {
  status: CommitmentStatus;
  progress: number;
}

export interface CommitmentUpdateInput {
  progress?: number;
  status?: CommitmentStatus;
  note?: string;
}

/** Which field of an update is wrong, and why; the caller names the flag or the CSV column. */
export type CommitmentUpdateProblem =
  | { field: 'progress'; problem: 'range' }
  | { field: 'note'; problem: 'done-needs-note'; progress: number }
  | { field: 'any'; problem: 'empty' };

export function isValidProgress(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 100;
}

/**
 * The state a commitment moves to after an update, or the problem that forbids it:
 * - progress is a whole number 0–100;
 * - progress 100 means done, unless a status is said;
 * - done with progress below 100 (said, or kept from before) needs a note saying why it counts as done;
 * - progress above 0 on a planned commitment moves it to in-progress; lowering the progress of a done one
 *   reopens it (in-progress, or planned at 0);
 * - an explicit status always wins over these inferences.
 */
export function nextCommitmentState(
  current: CommitmentState,
  input: CommitmentUpdateInput,
): { ok: true; state: CommitmentState } | { ok: false; problem: CommitmentUpdateProblem } {
  const note = input.note?.trim() ?? '';
  if (input.progress === undefined && input.status === undefined && note === '') {
    return { ok: false, problem: { field: 'any', problem: 'empty' } };
  }
  if (input.progress !== undefined && !isValidProgress(input.progress)) {
    return { ok: false, problem: { field: 'progress', problem: 'range' } };
  }
  const progress = input.progress ?? current.progress;
  let status: CommitmentStatus;
  if (input.status !== undefined) {
    status = input.status;
  } else if (input.progress === 100) {
    status = 'done';
  } else if (input.progress !== undefined && current.status === 'planned' && input.progress > 0) {
    status = 'in-progress';
  } else if (input.progress !== undefined && current.status === 'done' && input.progress < current.progress) {
    status = input.progress > 0 ? 'in-progress' : 'planned';
  } else {
    status = current.status;
  }
  if (status === 'done' && progress < 100 && note === '') {
    return { ok: false, problem: { field: 'note', problem: 'done-needs-note', progress } };
  }
  return { ok: true, state: { status, progress } };
}

/**
 * A commitment as it stood at the end of `asOf` (SPEC §7 Snapshots): the status and progress of the update
 * entered last (`at`) among those dated on or before that day, so that as of today it is the commitment as
 * it now stands; before any such update, as planned (planned, 0%). A commitment never updated is as it was
 * created. `updates` are that commitment's, oldest first; the ones dated after the day are left out.
 */
export function commitmentAsOf<U extends { date: string; progress: number | null; status: CommitmentStatus | null; at?: string }>(
  current: { status: CommitmentStatus; progress: number },
  updates: readonly U[],
  asOf: string,
): { status: CommitmentStatus; progress: number; updates: U[] } {
  const before = updates.filter((u) => u.date <= asOf);
  // Nothing reported after the day: the commitment as it now stands.
  if (before.length === updates.length) return { status: current.status, progress: current.progress, updates: before };
  let status: CommitmentStatus = 'planned';
  let progress = 0;
  const entered = [...before].sort((a, b) => ((a.at ?? '') < (b.at ?? '') ? -1 : (a.at ?? '') > (b.at ?? '') ? 1 : 0));
  for (const u of entered) {
    if (u.status !== null) status = u.status;
    if (u.progress !== null) progress = u.progress;
  }
  return { status, progress, updates: before };
}
