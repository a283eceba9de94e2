// The registration desk's check-in loop: type part of a name, a NIP or a number (or scan a badge), Enter,
// see "✓ Nama — OPD — hari ke-2", next. Each check-in is its own transaction, so a person is recorded the
// moment Enter is pressed, whatever happens to the laptop afterwards.
import type { Context } from '../../cli/context.js';
import { InnolabError, NotFoundError } from '../../errors.js';
import type { Answer } from '../../cli/output.js';
import { type CheckinDetails, type CheckinMethod, type WorkshopDay } from '../../domain/attendance.js';
import { type AttendanceRecord, getAttendance, recordCheckin } from '../../store/attendance.js';
import type { WorkshopStore } from '../../store/db.js';
import { findParticipants } from '../../store/participant-lookup.js';
import { type Participant, insertParticipant, participantLabel } from '../../store/participants.js';
import { type Unit, ensureUnit, resolveUnit } from '../../store/units.js';
import { formatLongDate } from '../../domain/dates.js';
import { attendanceJson, checkinLine } from './render.js';
import { Scanner, isBadgeLike } from './scan.js';
import { scanBlock } from './scan-render.js';
import { getWorkshop } from '../../store/workshop.js';

export interface LoopOptions {
  day: WorkshopDay;
  days: string[];
  details: CheckinDetails;
  checkedInAt: () => string | null;
  explicitTime: boolean;
}

/** A uuid or 18-digit NIP read by a scanner (a badge from `report badges` goes to scan.ts); a person types a name or a number. */
function looksScanned(text: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text) || /^\d{18}$/.test(text);
}

/** inquirer throws this when the person presses Ctrl+C: the loop ends as with an empty line. */
function isCancel(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

/** Answers with every record the loop touched, as it now stands. */
export async function runCheckinLoop(ctx: Context, store: WorkshopStore, opts: LoopOptions): Promise<Answer> {
  const dayLabel = ctx.t('attendance.day', { day: opts.day.day });
  ctx.info(ctx.t('attendance.loop.start', { day: dayLabel, date: formatLongDate(opts.day.date, ctx.lang) }));
  const touched = new Map<number, AttendanceRecord>();
  let count = 0;
  const scanner = new Scanner(store, getWorkshop(store).uuid, { ...opts, now: ctx.now });
  for (;;) {
    let text: string;
    try {
      text = (await ctx.prompter.input({ message: ctx.t('attendance.loop.prompt') })).trim();
    } catch (error) {
      if (isCancel(error)) break;
      throw error;
    }
    if (text === '') break;
    try {
      if (isBadgeLike(text)) {
        // A badge: checked in at once, no question asked (a double read within seconds counts once).
        const outcome = scanner.scan(text);
        if (outcome.record) touched.set(outcome.record.participant_id, outcome.record);
        if (outcome.result === 'checked_in') count++;
        ctx.info(scanBlock(ctx, outcome, opts.day.day).join('\n'));
        continue;
      }
      const how: CheckinMethod = looksScanned(text) ? 'scan' : 'manual';
      const person = await pick(ctx, store, text);
      if (person === null) continue;
      const result = person
        ? store.change(() => checkIn(store, person.id, how, opts))
        : await walkIn(ctx, store, text, opts);
      if (!result) continue;
      touched.set(result.record.participant_id, result.record);
      if (result.outcome !== 'unchanged') count++;
      ctx.info(checkinLine(ctx, result.record, opts.day.day, result.outcome));
    } catch (error) {
      if (isCancel(error)) break;
      // A problem with one person (a unit name that matches several) is said and the desk carries on.
      if (!(error instanceof InnolabError)) throw error;
      ctx.warn(ctx.t(error.key, error.params));
    }
  }
  return { json: [...touched.values()].map((r) => attendanceJson(r, opts.days)), message: ctx.t('attendance.loop.done', { count, day: dayLabel }) };
}

function checkIn(store: WorkshopStore, participantId: number, how: CheckinMethod, opts: LoopOptions) {
  const outcome = recordCheckin(store, {
    participantId,
    date: opts.day.date,
    ...opts.details,
    checkedInAt: opts.checkedInAt(),
    explicitTime: opts.explicitTime,
    how,
  });
  return { outcome, record: getAttendance(store, participantId, opts.day.date)! };
}

/** One match: that person; several: choose; none: undefined (the caller offers a walk-in). */
async function pick(ctx: Context, store: WorkshopStore, text: string): Promise<Participant | null | undefined> {
  const matches = findParticipants(store, text);
  if (matches.length <= 1) return matches[0];
  const chosen = await ctx.prompter.select<number>({
    message: ctx.t('attendance.loop.pick', { text }),
    choices: [...matches.map((p) => ({ name: participantLabel(p), value: p.id })), { name: ctx.t('attendance.loop.pickNone'), value: 0 }],
  });
  return matches.find((p) => p.id === chosen) ?? null;
}

/** Someone not registered yet: offer to register them here and check them in, in one transaction. */
async function walkIn(ctx: Context, store: WorkshopStore, text: string, opts: LoopOptions) {
  const register = await ctx.prompter.confirm({ message: ctx.t('attendance.loop.registerWalkIn', { text }), default: true });
  if (!register) return undefined;
  const name = (
    await ctx.prompter.input({ message: ctx.t('attendance.loop.walkInName'), default: /^[\d\s.-]+$/.test(text) ? undefined : text, required: true })
  ).trim();
  if (name === '') return undefined;
  const unit = await askUnit(ctx, store);
  const position = (await ctx.prompter.input({ message: ctx.t('attendance.loop.walkInPosition') })).trim();
  return store.change(() => {
    let unitId: number | null = null;
    if (unit !== null) {
      const ensured = typeof unit === 'string' ? ensureUnit(store, unit) : { unit, created: false };
      if (ensured.created) ctx.info(ctx.t('attendance.loop.unitCreated', { unit: ensured.unit.name }));
      unitId = ensured.unit.id;
    }
    const person = insertParticipant(store, { name, position: position || null, unitId });
    ctx.info(ctx.t('attendance.loop.walkInRegistered', { who: person.name, no: person.no }));
    return checkIn(store, person.id, 'manual', opts);
  });
}

/** An existing unit, or the name of a new one to create, or null for none; asks again on an ambiguous fragment. */
async function askUnit(ctx: Context, store: WorkshopStore): Promise<Unit | string | null> {
  for (;;) {
    const text = (await ctx.prompter.input({ message: ctx.t('attendance.loop.walkInUnit') })).trim();
    if (text === '') return null;
    try {
      return resolveUnit(store, text);
    } catch (error) {
      if (error instanceof NotFoundError) return text;
      if (!(error instanceof InnolabError)) throw error;
      ctx.warn(ctx.t(error.key, error.params));
    }
  }
}
