import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { UsageError } from '../../errors.js';
import { type Answer, emit } from '../../cli/output.js';
import { parsePositiveInt } from '../../cli/parse.js';
import { type Translate, columnWords } from '../../i18n/index.js';
import { getIdeaByNo, updateIdea } from '../../store/ideas.js';
import { type IdeaFlags, addIdeaOptions, hasAnyFlag, parseIdeaFlags, resolveIdeaRefs } from './fields.js';
import { ideaDetailJson, readIdeaDetail } from './json.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  addIdeaOptions(parent.command('edit').description(t('help.idea.edit')).argument('<no>', t('help.idea.arg.no')), t).action(
    async (no: string, opts: IdeaFlags) => emit(ctx, runEdit(ctx, no, opts)),
  );
}

export function runEdit(ctx: Context, noArg: string, flags: IdeaFlags): Answer {
  const no = parsePositiveInt(noArg, '<no>');
  if (!hasAnyFlag(flags)) throw new UsageError('error.ideaNothingToEdit');
  const changes = parseIdeaFlags(flags);
  const store = ctx.open();
  const { fields } = store.change(() => {
    const idea = getIdeaByNo(store, no);
    return updateIdea(store, idea, resolveIdeaRefs(store, flags, changes));
  });
  return {
    json: ideaDetailJson(readIdeaDetail(store, no)),
    message: ctx.t('idea.updated', { no, fields: fields.length > 0 ? columnWords(ctx.t, fields) : '—' }),
  };
}
