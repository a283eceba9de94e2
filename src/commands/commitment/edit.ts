import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, emit } from '../../cli/output.js';
import { parseOptionalDate, parsePositiveInt } from '../../cli/parse.js';
import { UsageError } from '../../errors.js';
import type { Translate } from '../../i18n/index.js';
import { commitmentDetail, getCommitmentByNo, resolveOwner, todayOf } from '../../store/commitments.js';
import { type CommitmentPatch, editCommitment } from '../../store/corrections.js';
import { getIdeaByNo } from '../../store/ideas.js';
import { resolveUnit } from '../../store/units.js';
import { type AddOptions, withCommitmentFields } from './add.js';
import { commitmentDetailJson } from './json.js';

/** The same fields as `commitment add`; an empty value clears an optional one. */
type EditFlags = AddOptions;

export function register(parent: Command, ctx: Context, t: Translate): void {
  const command = parent.command('edit').description(t('help.commitment.edit')).argument('<no>', t('help.commitment.no'));
  withCommitmentFields(command, t).action(async (no: string, flags: EditFlags) => emit(ctx, runEdit(ctx, parsePositiveInt(no, '<no>'), flags)));
}

/** Corrects what a commitment says; progress and status change with `commitment update`. An empty value clears an optional field. */
export function runEdit(ctx: Context, no: number, flags: EditFlags): Answer {
  const due = parseOptionalDate(flags.due, '--due');
  const ideaNo = flags.idea === undefined || flags.idea.trim() === '' ? undefined : parsePositiveInt(flags.idea, '--idea');
  if (flags.action !== undefined && flags.action.trim() === '') throw new UsageError('error.required', { field: '--action' });
  const store = ctx.open();
  const { changed, id } = store.change(() => {
    const current = getCommitmentByNo(store, no);
    const patch: CommitmentPatch = {};
    if (flags.unit !== undefined) patch.unit_id = resolveUnit(store, flags.unit).id;
    if (flags.action !== undefined) patch.action = flags.action.trim();
    if (due !== undefined) patch.due_date = due;
    if (flags.idea !== undefined) patch.idea_id = ideaNo === undefined ? null : getIdeaByNo(store, ideaNo).id;
    if (flags.owner !== undefined) {
      const owner = flags.owner.trim() === '' ? { owner_id: null, owner_name: null } : resolveOwner(store, flags.owner);
      patch.owner_id = owner.owner_id;
      patch.owner_name = owner.owner_name;
    }
    if (flags.output !== undefined) patch.output = flags.output.trim() || null;
    if (flags.indicator !== undefined) patch.indicator = flags.indicator.trim() || null;
    return { changed: editCommitment(store, current, patch), id: current.id };
  });
  const detail = commitmentDetail(store, id, todayOf(store));
  return {
    json: commitmentDetailJson(detail, detail.updates),
    message: changed.length > 0 ? ctx.t('commitment.edited', { no, fields: changed.join(', ') }) : ctx.t('commitment.editUnchanged', { no }),
  };
}
