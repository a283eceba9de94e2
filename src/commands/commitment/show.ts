import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { printJson, printRecord, printTable } from '../../cli/output.js';
import { parseDate, parsePositiveInt } from '../../cli/parse.js';
import type { CommitmentStatus } from '../../domain/commitments.js';
import { localIsoDate } from '../../domain/dates.js';
import type { MessageKey, Translate } from '../../i18n/index.js';
import { type CommitmentDetail, type CommitmentView, commitmentDetail, getCommitmentByNo } from '../../store/commitments.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('show')
    .description(t('help.commitment.show'))
    .argument('<no>', t('help.commitment.no'))
    .option('--as-of <date>', t('help.commitment.asOf'))
    .action((no: string, opts: { asOf?: string }) => runShow(ctx, no, opts));
}

export async function runShow(ctx: Context, noText: string, opts: { asOf?: string }): Promise<void> {
  const no = parsePositiveInt(noText, '<no>');
  const asOf = opts.asOf === undefined ? localIsoDate(ctx.now()) : parseDate(opts.asOf, '--as-of');
  const store = ctx.open();
  const detail = store.read(() => commitmentDetail(store, getCommitmentByNo(store, no).id, asOf));
  await printCommitment(ctx, detail);
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

/** One commitment as it now stands: the JSON object, or label: value lines and the history table. */
export async function printCommitment(ctx: Context, c: CommitmentDetail): Promise<void> {
  if (ctx.opts.json) return printJson(ctx, c);
  const t = ctx.t;
  printRecord(ctx, [
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
  ]);
  ctx.print('');
  ctx.print(ctx.chalk.bold(t('commitment.heading.updates')));
  if (c.updates.length === 0) return ctx.print(t('commitment.noUpdates'));
  await printTable(ctx, c.updates, [
    { header: t('commitment.col.date'), value: (u) => u.date },
    { header: t('commitment.col.status'), value: (u) => (u.status ? statusLabel(ctx, u.status) : '') },
    { header: t('commitment.col.progress'), value: (u) => (u.progress === null ? '' : `${u.progress}%`), align: 'right' },
    { header: t('commitment.col.note'), value: (u) => u.note },
  ]);
}
