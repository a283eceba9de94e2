import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { UsageError } from '../../errors.js';
import { type Answer, emit, table } from '../../cli/output.js';
import { parseChoice, parseDate } from '../../cli/parse.js';
import { COMMITMENT_STATUSES, commitmentStatusFrom } from '../../domain/commitments.js';
import { localIsoDate } from '../../domain/dates.js';
import type { Translate } from '../../i18n/index.js';
import { listCommitments } from '../../store/commitments.js';
import { resolveUnit } from '../../store/units.js';
import { commitmentJson } from './json.js';
import { daysLateText, statusLabel } from './show.js';

export interface ListOptions {
  unit?: string;
  status?: string;
  overdue?: boolean;
  dueWithin?: string;
  asOf?: string;
}

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('list')
    .description(t('help.commitment.list'))
    .option('--unit <unit>', t('help.commitment.list.unit'))
    .option('--status <status>', t('help.commitment.list.status'))
    .option('--overdue', t('help.commitment.list.overdue'))
    .option('--due-within <days>', t('help.commitment.list.dueWithin'))
    .option('--as-of <date>', t('help.commitment.asOf'))
    .action(async (opts: ListOptions) => emit(ctx, runList(ctx, opts)));
}

export function parseDays(value: string, field: string): number {
  if (!/^\d{1,5}$/.test(value.trim())) throw new UsageError('commitment.error.days', { field, value });
  return Number(value);
}

export function runList(ctx: Context, opts: ListOptions): Answer {
  const asOf = opts.asOf === undefined ? localIsoDate(ctx.now()) : parseDate(opts.asOf, '--as-of');
  const status = opts.status === undefined ? undefined : (commitmentStatusFrom(opts.status) ?? parseChoice(opts.status, COMMITMENT_STATUSES, '--status'));
  const dueWithin = opts.dueWithin === undefined ? undefined : parseDays(opts.dueWithin, '--due-within');
  const store = ctx.open();
  const rows = store.read(() => {
    const unitId = opts.unit === undefined ? undefined : resolveUnit(store, opts.unit).id;
    return listCommitments(store, { asOf, unitId, status, overdue: Boolean(opts.overdue), dueWithin });
  });
  const red = (text: string, row: { overdue: boolean }) => (row.overdue ? ctx.chalk.red(text) : text);
  const view = table(rows, [
    { header: ctx.t('col.no'), value: (c) => c.no, align: 'right', style: red },
    { header: ctx.t('commitment.col.unit'), value: (c) => c.unit_short ?? c.unit, style: red },
    { header: ctx.t('commitment.col.action'), value: (c) => c.action, style: red },
    { header: ctx.t('commitment.col.owner'), value: (c) => c.owner },
    { header: ctx.t('commitment.col.due'), value: (c) => c.due_date, style: red },
    { header: ctx.t('commitment.col.status'), value: (c) => statusLabel(ctx, c.status) },
    { header: ctx.t('commitment.col.progress'), value: (c) => `${c.progress}%`, align: 'right' },
    { header: ctx.t('commitment.col.late'), value: (c) => (c.overdue ? daysLateText(ctx, c.days_overdue) : ''), style: red },
  ], { empty: ctx.t('commitment.none') });
  const overdue = rows.filter((r) => r.overdue).length;
  return {
    json: rows.map(commitmentJson),
    view,
    message: overdue > 0 ? ctx.chalk.red(ctx.t('commitment.overdueCount', { count: overdue, date: asOf })) : undefined,
  };
}
