import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, emit } from '../../cli/output.js';
import { parseDate, parsePositiveInt } from '../../cli/parse.js';
import { parseIsoDate } from '../../domain/dates.js';
import type { Translate } from '../../i18n/index.js';
import { addCommitment, commitmentDetail, resolveOwner, todayOf } from '../../store/commitments.js';
import { getIdeaByNo } from '../../store/ideas.js';
import { listUnits, resolveUnit, unitLabel } from '../../store/units.js';
import { commitmentDetailJson } from './json.js';

export interface AddOptions {
  unit?: string;
  action?: string;
  due?: string;
  idea?: string;
  owner?: string;
  output?: string;
  indicator?: string;
}

export function register(parent: Command, ctx: Context, t: Translate): void {
  withCommitmentFields(parent.command('add').description(t('help.commitment.add')), t).action(async (opts: AddOptions) => emit(ctx, await runAdd(ctx, opts)));
}

/** The flags that say what a commitment is: `commitment add` sets them, `commitment edit` corrects them. */
export function withCommitmentFields(command: Command, t: Translate): Command {
  return command
    .option('--unit <unit>', t('help.commitment.add.unit'))
    .option('--action <text>', t('help.commitment.add.action'))
    .option('--due <date>', t('help.commitment.add.due'))
    .option('--idea <no>', t('help.commitment.add.idea'))
    .option('--owner <who>', t('help.commitment.add.owner'))
    .option('--output <deliverable>', t('help.commitment.add.output'))
    .option('--indicator <text>', t('help.commitment.add.indicator'));
}

export async function runAdd(ctx: Context, opts: AddOptions): Promise<Answer> {
  // Flags are checked before anything is asked or opened, so a bad flag costs nothing.
  if (opts.due !== undefined) parseDate(opts.due, '--due');
  const ideaNo = opts.idea === undefined ? undefined : parsePositiveInt(opts.idea, '--idea');
  const store = ctx.open();
  const unitRef = await ctx.require(opts.unit, { flag: '--unit', what: 'commitment.field.unit', prompt: 'commitment.prompt.unit' });
  const unit = resolveUnit(store, unitRef);
  const action = (await ctx.require(opts.action?.trim(), { flag: '--action', what: 'commitment.field.action', prompt: 'commitment.prompt.action' })).trim();
  const dueText = await ctx.require(opts.due, {
    flag: '--due',
    what: 'commitment.field.due',
    prompt: 'commitment.prompt.due',
    validate: (v) => (parseIsoDate(v) ? true : ctx.t('error.invalidDate', { field: '--due', value: v })),
  });
  const due = parseDate(dueText, '--due');

  const { commitmentId, ownerText, otherUnit } = store.change(() => {
    const idea = ideaNo === undefined ? undefined : getIdeaByNo(store, ideaNo);
    const owner = opts.owner === undefined ? { owner_id: null, owner_name: null } : resolveOwner(store, opts.owner);
    const row = addCommitment(store, {
      unitId: unit.id,
      ideaId: idea?.id ?? null,
      action,
      ownerId: owner.owner_id,
      ownerName: owner.owner_name,
      output: opts.output,
      indicator: opts.indicator,
      dueDate: due,
    });
    const ideaUnit = idea && idea.unit_id !== unit.id ? listUnits(store).find((u) => u.id === idea.unit_id) : undefined;
    return { commitmentId: row.id, ownerText: owner.owner_name, otherUnit: ideaUnit && idea ? { idea: idea.no, unit: unitLabel(ideaUnit) } : undefined };
  });

  if (otherUnit) ctx.warn(ctx.t('commitment.warn.ideaOtherUnit', { idea: otherUnit.idea, ideaUnit: otherUnit.unit, unit: unitLabel(unit) }));
  if (ownerText) ctx.info(ctx.t('commitment.info.ownerText', { owner: ownerText }));
  const detail = commitmentDetail(store, commitmentId, todayOf(store));
  return {
    json: commitmentDetailJson(detail, detail.updates),
    message: ctx.t('commitment.added', { no: detail.no, unit: unitLabel({ name: detail.unit, short_name: detail.unit_short }), due: detail.due_date }),
  };
}
