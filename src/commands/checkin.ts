import type { Command } from 'commander';
import type { Context } from '../cli/context.js';
import { UsageError } from '../errors.js';
import { type Answer, emit } from '../cli/output.js';
import { parseChoice, parseOptionalDate, parsePositiveInt } from '../cli/parse.js';
import {
  ATTENDANCE_STATUSES,
  type AttendanceStatus,
  type CheckinDetails,
  type WorkshopDay,
  checkinDetails,
  checkinInstant,
  parseClockTime,
  resolveWorkshopDay,
} from '../domain/attendance.js';
import { localIsoDate } from '../domain/dates.js';
import type { Translate } from '../i18n/index.js';
import { getAttendance, recordCheckin, removeCheckin } from '../store/attendance.js';
import type { WorkshopStore } from '../store/db.js';
import { resolveParticipant } from '../store/participant-lookup.js';
import type { Participant } from '../store/participants.js';
import { getWorkshop } from '../store/workshop.js';
import { attendanceJson, checkinLine, noRecordJson, whoLabel } from './checkin/render.js';
import { lookup } from '../domain/lookup.js';

interface CheckinFlags {
  day?: string;
  date?: string;
  at?: string;
  status?: string;
  note?: string;
  representative?: string;
  undo?: boolean;
  scan?: boolean;
}

export interface CheckinOptions {
  who: string[];
  day?: number;
  date?: string;
  /** --at, applied to the chosen date. */
  at?: { hours: number; minutes: number };
  details: CheckinDetails;
  /** Only --note was given: a row already there keeps its status (SPEC: a note alone never changes it). */
  noteOnly?: boolean;
  undo: boolean;
  /** --scan: codes from stdin, one a line (checkin/scan-run.ts). */
  scan: boolean;
}

/** What the registration desk says, in either language, mapped to the stored status. */
const STATUS_WORDS: Record<string, AttendanceStatus> = { hadir: 'present', izin: 'excused', sakit: 'excused', diwakili: 'represented' };

export function register(program: Command, ctx: Context, t: Translate): void {
  program
    .command('checkin')
    .description(t('help.checkin'))
    .argument('[who...]', t('help.checkin.who'))
    .option('--day <n>', t('help.checkin.day'))
    .option('--date <date>', t('help.checkin.date'))
    .option('--at <HH:MM>', t('help.checkin.at'))
    .option('--status <status>', t('help.checkin.status'))
    .option('--note <reason>', t('help.checkin.note'))
    .option('--representative <name>', t('help.checkin.representative'))
    .option('--undo', t('help.checkin.undo'))
    .option('--scan', t('help.checkin.scan'))
    .action(async (who: string[], flags: CheckinFlags) => emit(ctx, await runCheckin(ctx, parseCheckinOptions(who, flags))));
}

export function parseCheckinOptions(who: string[], flags: CheckinFlags): CheckinOptions {
  const undo = Boolean(flags.undo);
  if (flags.scan && undo) throw new UsageError('attendance.error.scanWithUndo');
  if (flags.scan && who.some((w) => w.trim() !== '')) throw new UsageError('attendance.error.scanWithWho');
  if (undo && (flags.status !== undefined || flags.note !== undefined || flags.representative !== undefined || flags.at !== undefined)) {
    throw new UsageError('attendance.error.undoWithDetails');
  }
  const word = flags.status?.trim().toLowerCase();
  // A deputy's name alone is enough to mean "represented".
  const status: AttendanceStatus =
    word === undefined ? (flags.representative ? 'represented' : 'present') : (lookup(STATUS_WORDS, word) ?? parseChoice(word, ATTENDANCE_STATUSES, '--status'));
  const details = checkinDetails({ status, note: flags.note, representative: flags.representative });
  return {
    who: who.filter((w) => w.trim() !== ''),
    day: flags.day === undefined ? undefined : parsePositiveInt(flags.day, '--day'),
    date: parseOptionalDate(flags.date, '--date'),
    at: flags.at === undefined ? undefined : parseClockTime(flags.at),
    details,
    noteOnly: flags.status === undefined && flags.representative === undefined && flags.note !== undefined,
    undo,
    scan: Boolean(flags.scan),
  };
}

/** The records as they now stand (after --undo: the people with no record that day), one line each for the desk. */
export async function runCheckin(ctx: Context, opts: CheckinOptions): Promise<Answer> {
  const store = ctx.open();
  if (opts.who.length === 0 && !opts.scan && (opts.undo || !ctx.canPrompt)) throw new UsageError(opts.undo ? 'attendance.error.undoNeedsWho' : 'attendance.error.whoRequired');
  const days = getWorkshop(store).days;
  const day = resolveWorkshopDay(days, { day: opts.day, date: opts.date, now: ctx.now() });
  // The time of arrival: --at, else now when the day is today; a check-in entered afterwards for an earlier
  // day has none (recorded_at keeps when it was entered).
  const today = localIsoDate(ctx.now()) === day.date;
  const checkedInAt = () => (opts.at ? checkinInstant(day.date, opts.at).toISOString() : today ? ctx.now().toISOString() : null);
  if (opts.scan) {
    const { runScan } = await import('./checkin/scan-run.js');
    return runScan(ctx, store, { day, details: opts.details, checkedInAt, explicitTime: opts.at !== undefined });
  }
  if (opts.who.length === 0) {
    const { runCheckinLoop } = await import('./checkin/loop.js');
    return runCheckinLoop(ctx, store, { day, days, details: opts.details, checkedInAt, explicitTime: opts.at !== undefined });
  }

  // Every <who> in one transaction: one unknown or ambiguous person and nobody is written.
  const results = store.change(() => {
    const seen = new Set<number>();
    const done: Array<{ line: string; json: ReturnType<typeof attendanceJson> }> = [];
    for (const who of opts.who) {
      const person = resolveParticipant(store, who);
      if (seen.has(person.id)) continue;
      seen.add(person.id);
      done.push(opts.undo ? undoOne(ctx, store, person, day, days) : checkinOne(ctx, store, person.id, day, days, opts, checkedInAt()));
    }
    return done;
  });
  return { json: results.map((r) => r.json), message: results.map((r) => r.line).join('\n') };
}

function checkinOne(ctx: Context, store: WorkshopStore, participantId: number, day: WorkshopDay, days: string[], opts: CheckinOptions, at: string | null) {
  const outcome = recordCheckin(store, {
    participantId,
    date: day.date,
    ...opts.details,
    checkedInAt: at,
    explicitTime: opts.at !== undefined,
    keepStatus: opts.noteOnly,
    how: 'manual',
  });
  const record = getAttendance(store, participantId, day.date)!;
  return { line: checkinLine(ctx, record, day.day, outcome), json: attendanceJson(record, days) };
}

function undoOne(ctx: Context, store: WorkshopStore, person: Participant, day: WorkshopDay, days: string[]) {
  const removed = removeCheckin(store, person.id, day.date);
  const params = { who: whoLabel(person), day: ctx.t('attendance.day', { day: day.day }) };
  const line = removed ? ctx.chalk.red(ctx.t('attendance.undone', params)) : ctx.chalk.dim(ctx.t('attendance.undoNone', params));
  return { line, json: noRecordJson({ ...person, unit: person.unit_name }, day.date, days) };
}
