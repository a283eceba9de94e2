import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { printJson } from '../../cli/output.js';
import { parsePositiveInt } from '../../cli/parse.js';
import type { Translate } from '../../i18n/index.js';
import { getIdeaByNo, getIdeaView, ideaJson, setIdeaStatus } from '../../store/ideas.js';
import { parseIdeaStatus, statusLabel } from './fields.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('status')
    .description(t('help.idea.status'))
    .argument('<no>', t('help.idea.arg.no'))
    .argument('<status>', t('help.idea.status.arg'))
    .option('--note <text>', t('help.idea.status.note'))
    .action((no: string, status: string, opts: { note?: string }) => runStatus(ctx, no, status, opts));
}

export function runStatus(ctx: Context, noArg: string, statusArg: string, opts: { note?: string }): void {
  const no = parsePositiveInt(noArg, '<no>');
  const to = parseIdeaStatus(statusArg, '<status>');
  const store = ctx.open();
  const { before, changed } = store.change(() => {
    const idea = getIdeaByNo(store, no);
    return { before: idea.status, changed: setIdeaStatus(store, idea, to, { note: opts.note }).changed };
  });
  if (ctx.opts.json) return printJson(ctx, ideaJson(getIdeaView(store, no)));
  const t = ctx.t;
  if (!changed) return ctx.info(t('idea.statusSame', { no, status: statusLabel(t, to) }));
  ctx.info(t('idea.statusChanged', { no, from: statusLabel(t, before), to: statusLabel(t, to) }));
}
