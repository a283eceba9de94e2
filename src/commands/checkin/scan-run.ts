// `checkin --scan`: one code per line from a USB scanner (which types what it reads, then Enter), the
// keyboard, or a file of scans saved by a phone app on stdin. Each line is answered at once (emitRecord):
// on a terminal in large print, piped one line, with --json one JSON object per line. Blank lines are
// skipped (an Enter pressed by mistake does not end the session); the end of input (Ctrl+D) ends it.
import { createInterface } from 'node:readline';
import type { Context } from '../../cli/context.js';
import { type Answer, emitRecord } from '../../cli/output.js';
import { formatLongDate } from '../../domain/dates.js';
import type { WorkshopStore } from '../../store/db.js';
import { getWorkshop } from '../../store/workshop.js';
import { SCAN_RESULTS, type ScanResult, Scanner, type ScannerOptions } from './scan.js';
import { scanBlock, scanJson, scanLine } from './scan-render.js';

export async function runScan(ctx: Context, store: WorkshopStore, opts: Omit<ScannerOptions, 'now'>): Promise<Answer> {
  const workshop = getWorkshop(store);
  const scanner = new Scanner(store, workshop.uuid, { ...opts, now: ctx.now });
  const dayLabel = ctx.t('attendance.day', { day: opts.day.day });
  if (ctx.io.stdinIsTTY)
    ctx.info(
      ctx.t('attendance.scan.start', {
        day: dayLabel,
        date: formatLongDate(opts.day.date, ctx.lang),
      }),
    );
  const counts = Object.fromEntries(SCAN_RESULTS.map((r) => [r, 0])) as Record<ScanResult, number>;
  const big = ctx.io.stdoutIsTTY;
  const lines = createInterface({ input: ctx.io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const outcome = scanner.scan(line);
    counts[outcome.result]++;
    emitRecord(ctx, scanJson(outcome, workshop.days), big ? scanBlock(ctx, outcome, opts.day.day) : [scanLine(ctx, outcome, opts.day.day)]);
  }
  return {
    json: null,
    streamed: true,
    message: ctx.t('attendance.scan.done', { day: dayLabel, ...counts }),
  };
}
