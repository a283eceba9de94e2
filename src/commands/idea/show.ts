import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { printJson, printRecord, printTable } from '../../cli/output.js';
import { parsePositiveInt } from '../../cli/parse.js';
import { roundScore } from '../../domain/scoring.js';
import { localDateTime } from '../../domain/dates.js';
import type { Translate } from '../../i18n/index.js';
import { getIdeaView, ideaHistory, ideaJson } from '../../store/ideas.js';
import { ideaScore, ideaScores } from '../../store/scores.js';
import { listCriteria } from '../../store/criteria.js';
import { formLabel, formatScore, kindLabel, statusLabel } from './fields.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('show')
    .description(t('help.idea.show'))
    .argument('<no>', t('help.idea.arg.no'))
    .action((no: string) => runShow(ctx, no));
}

export async function runShow(ctx: Context, noArg: string): Promise<void> {
  const no = parsePositiveInt(noArg, '<no>');
  const store = ctx.open();
  const { view, scores, breakdown, history, labels } = store.read(() => {
    const view = getIdeaView(store, no);
    const labels = new Map(listCriteria(store).map((c) => [c.name, c.label ?? c.name]));
    return { view, scores: ideaScores(store, view.id), breakdown: ideaScore(store, view.id), history: ideaHistory(store, view.id), labels };
  });
  const criteria = breakdown.criteria.map((c) => ({
    name: c.name,
    weight: c.weight,
    share: Math.round(c.share * 10000) / 10000,
    mean: roundScore(c.mean),
    scorers: c.scorers,
  }));
  if (ctx.opts.json) return printJson(ctx, { ...ideaJson(view), criteria, scores, history });

  const t = ctx.t;
  printRecord(ctx, [
    [t('field.idea.no'), view.no],
    [t('field.idea.title'), view.title],
    [t('field.idea.unit'), view.unit.short_name ? `${view.unit.name} (${view.unit.short_name})` : view.unit.name],
    [t('field.idea.form'), formLabel(t, view.form)],
    [t('field.idea.kind'), kindLabel(t, view.kind)],
    [t('field.idea.affair'), view.affair],
    [t('field.idea.problem'), view.problem],
    [t('field.idea.description'), view.description],
    [t('field.idea.objective'), view.objective],
    [t('field.idea.benefit'), view.benefit],
    [t('field.idea.expectedResult'), view.expected_result],
    [t('field.idea.proposer'), view.proposer_no ? `${view.proposer} (${view.proposer_no})` : view.proposer],
    [t('field.idea.status'), statusLabel(t, view.status)],
    [t('field.idea.score'), view.score === null ? t('idea.noScores') : formatScore(view.score)],
    [t('field.idea.created'), localDateTime(view.created_at)],
    [t('field.uuid'), view.uuid],
  ]);

  if (scores.length > 0) {
    // One row per criterion, one column per scorer: how a facilitator reads a scoring sheet.
    const scorers = [...new Map(scores.map((s) => [s.scorer, s.scorer_name])).entries()];
    const value = new Map(scores.map((s) => [`${s.criterion}\u0000${s.scorer}`, s.value]));
    ctx.print('');
    ctx.print(ctx.chalk.bold(t('heading.idea.scores')));
    await printTable(ctx, criteria, [
      { header: t('col.idea.criterion'), value: (c) => labels.get(c.name) ?? c.name },
      { header: t('col.idea.weight'), value: (c) => c.weight, align: 'right' },
      ...scorers.map(([key, name]) => ({ header: name, value: (c: (typeof criteria)[number]) => value.get(`${c.name}\u0000${key}`), align: 'right' as const })),
      { header: t('col.idea.mean'), value: (c) => formatScore(c.mean), align: 'right' },
    ]);
  }

  ctx.print('');
  ctx.print(ctx.chalk.bold(t('heading.idea.history')));
  await printTable(ctx, history, [
    { header: t('col.idea.when'), value: (h) => localDateTime(h.at).slice(0, 16) },
    { header: t('col.idea.from'), value: (h) => (h.from ? statusLabel(t, h.from) : t('idea.noHistory')) },
    { header: t('col.idea.to'), value: (h) => statusLabel(t, h.to) },
    { header: t('col.idea.note'), value: (h) => h.note },
  ]);
}
