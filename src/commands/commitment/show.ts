import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, type View, emit, table } from '../../cli/output.js';
import { parseOptionalDate, parsePositiveInt } from '../../cli/parse.js';
import type { CommitmentStatus } from '../../domain/commitments.js';
import { localIsoDate } from '../../domain/dates.js';
import type { MessageKey, Translate } from '../../i18n/index.js';
import { type CommitmentDetail, type CommitmentView, commitmentDetail, getCommitmentByNo } from '../../store/commitments.js';
import { commitmentDetailJson } from './json.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('show')
    .description(t('help.commitment.show'))
    .argument('<no>', t('help.commitment.no'))
    .option('--as-of <date>', t('help.commitment.asOf'))
    .action(async (no: string, opts: { asOf?: string }) =>
      emit(ctx, runShow(ctx, { no: parsePositiveInt(no, '<no>'), asOf: parseOptionalDate(opts.asOf, '--as-of') ?? localIsoDate(ctx.now()) })),
    );
}

export function runShow(ctx: Context, { no, asOf }: { no: number; asOf: string }): Answer {
  const store = ctx.open();
  const detail = store.read(() => commitmentDetail(store, getCommitmentByNo(store, no).id, asOf));
  return { json: commitmentDetailJson(detail, detail.updates), view: commitmentView(ctx, detail) };
}

export function statusLabel(ctx: Context, status: CommitmentStatus): string {
  return ctx.t(`commitment.status.${status}` as MessageKey);
}

/** "15 hari" / "15 days", "1 day". */
export function daysLateText(ctx: Context, n: number): string {
  return ctx.t(n === 1 ? 'commitment.daysLate.one' : 'commitment.daysLate', { n });
}

/** "2022-12-31", or in red with how late it is when overdue. */
export function dueText(ctx: Context, c: CommitmentView): string {
  if (!c.overdue) return c.due_date;
  return ctx.chalk.red(`${c.due_date} (${ctx.t('commitment.col.late').toLowerCase()} ${daysLateText(ctx, c.days_overdue)})`);
}

/** One commitment as a person reads it: label: value lines, then the history of updates. */
function commitmentView(ctx: Context, c: CommitmentDetail): View {
  const t = ctx.t;
  const record: View = {
    record: [
      [t('col.no'), c.no],
      [t('commitment.col.unit'), c.unit_short ? `${c.unit} (${c.unit_short})` : c.unit],
      [t('commitment.col.idea'), c.idea_no === null ? null : `${c.idea_no}. ${c.idea_title ?? ''}`],
      [t('commitment.col.action'), c.action],
      [t('commitment.col.owner'), c.owner_no === null ? c.owner : `${c.owner} (${c.owner_no})`],
      [t('commitment.col.output'), c.output],
      [t('commitment.col.indicator'), c.indicator],
      [t('commitment.col.due'), dueText(ctx, c)],
      [t('commitment.col.status'), statusLabel(ctx, c.status)],
      [t('commitment.col.progress'), `${c.progress}%`],
      [t('commitment.col.uuid'), c.uuid],
    ],
  };
  const updates: View =
    c.updates.length === 0
      ? { lines: [t('commitment.noUpdates')] }
      : table(c.updates, [
          { header: t('commitment.col.date'), value: (u) => u.date },
          { header: t('commitment.col.status'), value: (u) => (u.status ? statusLabel(ctx, u.status) : '') },
          { header: t('commitment.col.progress'), value: (u) => (u.progress === null ? '' : `${u.progress}%`), align: 'right' },
          { header: t('commitment.col.note'), value: (u) => u.note },
        ]);
  return { sections: [{ view: record }, { title: t('commitment.heading.updates'), view: updates }] };
}
