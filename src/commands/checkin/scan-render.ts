// What the desk sees after each scan. On a terminal: a coloured status bar, the person's number in block
// digits five lines tall, the name and unit in bold capitals, readable from an arm's length away by the
// person who scanned. Piped: one plain line per scan. --json: one JSON object per line (README "JSON output",
// record kind `scan`).
import type { Context } from '../../cli/context.js';
import { localDateTime } from '../../domain/dates.js';
import type { AttendanceRecord } from '../../store/attendance.js';
import { type AttendanceJson, attendanceJson, statusWord } from './render.js';
import type { ScanOutcome, ScanResult } from './scan.js';

export interface ScanJson {
  result: ScanResult;
  code: string;
  attendance: AttendanceJson | null;
}

export function scanJson(outcome: ScanOutcome, days: readonly string[]): ScanJson {
  return {
    result: outcome.result,
    code: outcome.code,
    attendance: outcome.record ? attendanceJson(outcome.record, days) : null,
  };
}

/** The status line of a scan, in words: what happened, for which day. */
export function scanStatus(ctx: Context, outcome: ScanOutcome, day: number): string {
  const dayLabel = ctx.t('attendance.day', { day });
  const r = outcome.record;
  switch (outcome.result) {
    case 'checked_in':
      return ctx.t('attendance.scan.checkedIn', { day: dayLabel });
    case 'already':
      return ctx
        .t('attendance.scan.already', {
          status: r ? statusWord(ctx, r.status) : '',
          time: r?.checked_in_at ? localDateTime(r.checked_in_at).slice(11, 16) : '',
        })
        .replace(/ {2,}/g, ' ');
    case 'duplicate':
      return ctx.t('attendance.scan.duplicate');
    case 'unknown':
      return ctx.t('attendance.scan.unknown', {
        code: printable(outcome.code),
      });
    case 'damaged':
      return ctx.t('attendance.scan.damaged', {
        code: printable(outcome.code),
      });
    case 'other_workshop':
      return ctx.t('attendance.scan.otherWorkshop');
  }
}

/** Piped output: "✓ 12  Drs. H. Zul Abdiman, M.Si — Bappeda — HADIR — hari ke-2". */
export function scanLine(ctx: Context, outcome: ScanOutcome, day: number): string {
  const status = scanStatus(ctx, outcome, day);
  const r = outcome.record;
  return r ? `${MARK[outcome.result]} ${r.no}\t${r.name}\t${unitOf(r)}\t${status}` : `${MARK[outcome.result]} -\t\t\t${status}`;
}

const MARK: Record<ScanResult, string> = {
  checked_in: '✓',
  already: '=',
  duplicate: '=',
  unknown: '✗',
  damaged: '✗',
  other_workshop: '✗',
};

/** On a terminal: the block the person at the desk reads. */
export function scanBlock(ctx: Context, outcome: ScanOutcome, day: number): string[] {
  const c = ctx.chalk;
  const width = Math.max(40, Math.min(ctx.io.columns, 100));
  const status = ` ${MARK[outcome.result]} ${scanStatus(ctx, outcome, day)}`.padEnd(width);
  const bar =
    outcome.result === 'checked_in'
      ? c.bgGreen.black.bold(status)
      : outcome.result === 'already' || outcome.result === 'duplicate'
        ? c.bgYellow.black.bold(status)
        : c.bgRed.white.bold(status);
  const r = outcome.record;
  if (!r) return ['', bar, ''];
  return ['', bar, ...bigNumber(r.no).map((l) => `  ${c.bold(l)}`), '', `  ${c.bold(r.name.toUpperCase())}`, `  ${c.bold(unitOf(r))}`, ''];
}

function unitOf(r: AttendanceRecord): string {
  return r.unit_short ?? r.unit ?? '';
}

/** A code as it can be shown on one line: control characters out, long ones shortened. */
function printable(code: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = code.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '?');
  return clean.length > 60 ? `${clean.slice(0, 57)}…` : clean;
}

/** 3 × 5 block digits, each cell two characters wide. */
const DIGITS: Record<string, readonly string[]> = {
  '0': ['111', '101', '101', '101', '111'],
  '1': ['010', '110', '010', '010', '111'],
  '2': ['111', '001', '111', '100', '111'],
  '3': ['111', '001', '111', '001', '111'],
  '4': ['101', '101', '111', '001', '001'],
  '5': ['111', '100', '111', '001', '111'],
  '6': ['111', '100', '111', '101', '111'],
  '7': ['111', '001', '010', '010', '010'],
  '8': ['111', '101', '111', '101', '111'],
  '9': ['111', '101', '111', '001', '111'],
};

export function bigNumber(no: number): string[] {
  const glyphs = String(no)
    .split('')
    .map((d) => DIGITS[d] ?? DIGITS['0']!);
  return [0, 1, 2, 3, 4].map((row) => glyphs.map((g) => g[row]!.replace(/1/g, '██').replace(/0/g, '  ')).join('  '));
}
