import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { UsageError } from '../../errors.js';
import { parseChoice, parseOptionalDate, parsePositiveInt } from '../../cli/parse.js';
import { COMMITMENT_STATUSES, type CommitmentStatus, commitmentStatusFrom, isValidProgress } from '../../domain/commitments.js';
import { type Answer, emit } from '../../cli/output.js';
import type { Translate } from '../../i18n/index.js';
import { applyCommitmentUpdate, getCommitmentByNo } from '../../store/commitments.js';
import { commitmentDetailJson } from './json.js';
import { statusLabel } from './show.js';

export interface UpdateFlags {
  progress?: string;
  status?: string;
  note?: string;
  date?: string;
}

interface UpdateOptions {
  no: number;
  progress?: number;
  status?: CommitmentStatus;
  note?: string;
  date?: string;
}

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('update')
    .description(t('help.commitment.update'))
    .argument('<no>', t('help.commitment.no'))
    .option('--progress <percent>', t('help.commitment.update.progress'))
    .option('--status <status>', t('help.commitment.update.status'))
    .option('--note <text>', t('help.commitment.update.note'))
    .option('--date <date>', t('help.commitment.update.date'))
    .action(async (no: string, flags: UpdateFlags) => emit(ctx, runUpdate(ctx, parseUpdateFlags(no, flags))));
}

/** "60" or "60%"; a whole number 0–100, else exit 2 naming --progress. */
export function parseProgress(value: string, field: string): number {
  const text = value.trim().replace(/%$/, '');
  const n = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
  if (!isValidProgress(n)) throw new UsageError('commitment.error.progress', { field, value });
  return n;
}

function parseUpdateFlags(noText: string, flags: UpdateFlags): UpdateOptions {
  const opts: UpdateOptions = {
    no: parsePositiveInt(noText, '<no>'),
    progress: flags.progress === undefined ? undefined : parseProgress(flags.progress, '--progress'),
    status: flags.status === undefined ? undefined : (commitmentStatusFrom(flags.status) ?? parseChoice(flags.status, COMMITMENT_STATUSES, '--status')),
    note: flags.note,
    date: parseOptionalDate(flags.date, '--date'),
  };
  if (opts.progress === undefined && opts.status === undefined && !opts.note?.trim()) throw new UsageError('commitment.error.nothingToUpdate');
  return opts;
}

export function runUpdate(ctx: Context, { no, ...update }: UpdateOptions): Answer {
  const store = ctx.open();
  const { changed, commitment } = store.change(() => applyCommitmentUpdate(store, getCommitmentByNo(store, no).id, update));
  const params = { no: commitment.no, status: statusLabel(ctx, commitment.status), progress: commitment.progress };
  return {
    json: commitmentDetailJson(commitment, commitment.updates),
    message: ctx.t(changed ? 'commitment.updated' : 'commitment.unchanged', params),
  };
}
