import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { UsageError } from '../../errors.js';
import { type Answer, emit, table } from '../../cli/output.js';
import { parseChoice, parseOptionalDate } from '../../cli/parse.js';
import { COMMITMENT_STATUSES, type CommitmentStatus, commitmentStatusFrom } from '../../domain/commitments.js';
import { localIsoDate } from '../../domain/dates.js';
import type { Translate } from '../../i18n/index.js';
import { listCommitments } from '../../store/commitments.js';
import { resolveUnit } from '../../store/units.js';
import { commitmentJson } from './json.js';
import { daysLateText, statusLabel } from './show.js';

export interface ListFlags {
  unit?: string;
  status?: string;
  overdue?: boolean;
  dueWithin?: string;
  asOf?: string;
}

interface ListOptions {
  asOf: string;
  unit?: string;
  status?: CommitmentStatus;
  overdue: boolean;
  dueWithin?: number;
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
    .action(async (flags: ListFlags) => emit(ctx, runList(ctx, parseListFlags(ctx, flags))));
}

export function parseDays(value: string, field: string): number {
  if (!/^\d{1,5}$/.test(value.trim())) throw new UsageError('commitment.error.days', { field, value });
  return Number(value);
}

function parseListFlags(ctx: Context, flags: ListFlags): ListOptions {
  return {
    asOf: parseOptionalDate(flags.asOf, '--as-of') ?? localIsoDate(ctx.now()),
    unit: flags.unit,
    status: flags.status === undefined ? undefined : (commitmentStatusFrom(flags.status) ?? parseChoice(flags.status, COMMITMENT_STATUSES, '--status')),
    overdue: Boolean(flags.overdue),
    dueWithin: flags.dueWithin === undefined ? undefined : parseDays(flags.dueWithin, '--due-within'),
  };
}

export function runList(ctx: Context, opts: ListOptions): Answer {
  const { asOf, status, overdue: onlyOverdue, dueWithin } = opts;
  const store = ctx.open();
  const rows = store.read(() => {
    const unitId = opts.unit === undefined ? undefined : resolveUnit(store, opts.unit).id;
    return listCommitments(store, { asOf, unitId, status, overdue: onlyOverdue, dueWithin });
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
    message: overdue > 0 ? ctx.chalk.red(ctx.t(new Intl.PluralRules(ctx.lang === 'id' ? 'id-ID' : 'en-GB').select(overdue) === 'one' ? 'commitment.overdueCount.one' : 'commitment.overdueCount', { count: overdue, date: asOf })) : undefined,
  };
}
