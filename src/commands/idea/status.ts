import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, emit } from '../../cli/output.js';
import { parsePositiveInt } from '../../cli/parse.js';
import type { IdeaStatus } from '../../domain/idea-status.js';
import type { Translate } from '../../i18n/index.js';
import { getIdeaByNo, setIdeaStatus } from '../../store/ideas.js';
import { parseIdeaStatus, statusLabel } from './fields.js';
import { ideaDetailJson, readIdeaDetail } from './json.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('status')
    .description(t('help.idea.status'))
    .argument('<no>', t('help.idea.arg.no'))
    .argument('<status>', t('help.idea.status.arg'))
    .option('--note <text>', t('help.idea.status.note'))
    .action(async (no: string, status: string, opts: { note?: string }) =>
      emit(ctx, runStatus(ctx, { no: parsePositiveInt(no, '<no>'), to: parseIdeaStatus(status, '<status>'), note: opts.note })),
    );
}

export function runStatus(ctx: Context, { no, to, note }: { no: number; to: IdeaStatus; note?: string }): Answer {
  const store = ctx.open();
  const { before, changed } = store.change(() => {
    const idea = getIdeaByNo(store, no);
    return { before: idea.status, changed: setIdeaStatus(store, idea, to, { note }).changed };
  });
  const t = ctx.t;
  return {
    json: ideaDetailJson(readIdeaDetail(store, no)),
    message: changed
      ? t('idea.statusChanged', { no, from: statusLabel(t, before), to: statusLabel(t, to) })
      : t('idea.statusSame', { no, status: statusLabel(t, to) }),
  };
}
