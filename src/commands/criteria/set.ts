import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { UsageError } from '../../errors.js';
import { type Answer, emit } from '../../cli/output.js';
import type { Translate } from '../../i18n/index.js';
import { findCriterion, listCriteria, setCriterion } from '../../store/criteria.js';
import { criteriaView, criterionJson } from './list.js';

interface SetFlags {
  weight?: string;
  label?: string;
}

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('set')
    .description(t('help.criteria.set'))
    .argument('<name>', t('help.criteria.set.name'))
    .option('--weight <w>', t('help.criteria.set.weight'))
    .option('--label <text>', t('help.criteria.set.label'))
    .action(async (name: string, opts: SetFlags) => emit(ctx, runSet(ctx, name, opts)));
}

/** A weight is a plain non-negative decimal: "0.4", "40", "0,4" (Indonesian decimal comma) too. */
export function parseWeight(value: string): number {
  const text = value.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(text)) throw new UsageError('error.criterionWeight', { value });
  return Number(text);
}

export function runSet(ctx: Context, nameArg: string, flags: SetFlags): Answer {
  const name = nameArg.trim();
  // The name is typed in `idea score dampak=4`: no spaces, no "=".
  if (!/^[\p{L}][\p{L}\p{N}_-]*$/u.test(name)) throw new UsageError('error.criterionName', { name: nameArg });
  const weight = flags.weight === undefined ? undefined : parseWeight(flags.weight);
  const label = flags.label === undefined ? undefined : flags.label.trim() || null;
  const store = ctx.open();
  const { criterion } = store.change(() => {
    const existing = findCriterion(store, name);
    if (!existing && weight === undefined) throw new UsageError('error.criterionNeedsWeight', { name });
    if (existing && weight === undefined && label === undefined) throw new UsageError('error.criterionNothing', { name: existing.name });
    return setCriterion(store, { name, weight, label });
  });
  const all = listCriteria(store);
  // --json: the criterion as it now stands; a person sees every share, since one weight moves them all.
  return {
    json: criterionJson(all.find((c) => c.id === criterion.id)!),
    view: criteriaView(ctx, all),
    message: ctx.t('criteria.saved', { name: criterion.name, weight: criterion.weight }),
  };
}
