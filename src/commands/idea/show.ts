import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, type View, emit, table } from '../../cli/output.js';
import { parsePositiveInt } from '../../cli/parse.js';
import { localDateTime } from '../../domain/dates.js';
import type { Translate } from '../../i18n/index.js';
import { formLabel, formatScore, kindLabel, statusLabel } from './fields.js';
import { type CriterionScore, type IdeaDetail, ideaDetailJson, readIdeaDetail } from './json.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('show')
    .description(t('help.idea.show'))
    .argument('<no>', t('help.idea.arg.no'))
    .action(async (no: string) => emit(ctx, runShow(ctx, parsePositiveInt(no, '<no>'))));
}

export function runShow(ctx: Context, no: number): Answer {
  const detail = readIdeaDetail(ctx.open(), no);
  return { json: ideaDetailJson(detail), view: ideaView(ctx, detail) };
}

function ideaView(ctx: Context, { idea, criteria, scores, history }: IdeaDetail): View {
  const t = ctx.t;
  const sections: { title?: string; view: View }[] = [
    {
      view: {
        record: [
          [t('field.idea.no'), idea.no],
          [t('field.idea.title'), idea.title],
          [t('field.idea.unit'), idea.unit.short_name ? `${idea.unit.name} (${idea.unit.short_name})` : idea.unit.name],
          [t('field.idea.form'), formLabel(t, idea.form)],
          [t('field.idea.kind'), kindLabel(t, idea.kind)],
          [t('field.idea.affair'), idea.affair],
          [t('field.idea.problem'), idea.problem],
          [t('field.idea.description'), idea.description],
          [t('field.idea.objective'), idea.objective],
          [t('field.idea.benefit'), idea.benefit],
          [t('field.idea.expectedResult'), idea.expected_result],
          [t('field.idea.proposer'), idea.proposer_no ? `${idea.proposer} (${idea.proposer_no})` : idea.proposer],
          [t('field.idea.status'), statusLabel(t, idea.status)],
          [t('field.idea.score'), idea.score === null ? t('idea.noScores') : formatScore(idea.score)],
          [t('field.idea.created'), localDateTime(idea.created_at)],
          [t('field.uuid'), idea.uuid],
        ],
      },
    },
  ];
  if (scores.length > 0) {
    // One row per criterion, one column per scorer: how a facilitator reads a scoring sheet.
    const scorers = [...new Map(scores.map((s) => [s.scorer, s.scorer_name])).entries()];
    const value = new Map(scores.map((s) => [`${s.criterion}\u0000${s.scorer}`, s.value]));
    sections.push({
      title: t('heading.idea.scores'),
      view: table<CriterionScore>(criteria, [
        { header: t('col.idea.criterion'), value: (c) => c.label ?? c.name },
        { header: t('col.idea.weight'), value: (c) => c.weight, align: 'right' },
        ...scorers.map(([key, name]) => ({ header: name, value: (c: CriterionScore) => value.get(`${c.name}\u0000${key}`), align: 'right' as const })),
        { header: t('col.idea.mean'), value: (c) => formatScore(c.mean), align: 'right' },
      ]),
    });
  }
  sections.push({
    title: t('heading.idea.history'),
    view: table(history, [
      { header: t('col.idea.when'), value: (h) => localDateTime(h.at).slice(0, 16) },
      { header: t('col.idea.from'), value: (h) => (h.from ? statusLabel(t, h.from) : t('idea.noHistory')) },
      { header: t('col.idea.to'), value: (h) => statusLabel(t, h.to) },
      { header: t('col.idea.note'), value: (h) => h.note },
    ]),
  });
  return { sections };
}
