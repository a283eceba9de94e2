import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { NotFoundError, UsageError } from '../../errors.js';
import { type Answer, emit } from '../../cli/output.js';
import { parsePositiveInt } from '../../cli/parse.js';
import type { Translate } from '../../i18n/index.js';
import { type Criterion, listCriteria } from '../../store/criteria.js';
import type { WorkshopStore } from '../../store/db.js';
import { getIdeaByNo } from '../../store/ideas.js';
import { findParticipants, resolveParticipant } from '../../store/participant-lookup.js';
import { clearScores } from '../../store/corrections.js';
import { recordScores } from '../../store/scores.js';
import { formatScore } from './fields.js';
import { ideaDetailJson, readIdeaDetail } from './json.js';

/** Who scored when --by is not given: one shared key, so a lone facilitator's re-scoring replaces theirs. */
export const DEFAULT_SCORER = 'fasilitator';

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('score')
    .description(t('help.idea.score'))
    .argument('<no>', t('help.idea.arg.no'))
    .argument('[scores...]', t('help.idea.score.pairs'))
    .option('--by <who>', t('help.idea.score.by'))
    .option('--clear', t('help.idea.score.clear'))
    .action(async (no: string, pairs: string[], opts: { by?: string; clear?: boolean }) =>
      emit(ctx, opts.clear ? await runClear(ctx, no, pairs, opts.by) : await runScore(ctx, no, pairs, opts)),
    );
}

interface Value {
  criterionId: number;
  criterion: string;
  value: number;
}

/** `dampak=4 kelayakan=3`: each pair names a known criterion (any case) once, with a whole number 1–5. */
export function parseScorePairs(pairs: readonly string[], criteria: readonly Criterion[]): Value[] {
  const seen = new Set<number>();
  const values: Value[] = [];
  for (const arg of pairs) {
    const match = /^\s*([^=\s]+)\s*=\s*(.*?)\s*$/.exec(arg);
    if (!match) throw new UsageError('error.scoreFormat', { arg });
    const [, name, raw] = match as unknown as [string, string, string];
    const criterion = criteria.find((c) => c.name.toLowerCase() === name.toLowerCase());
    if (!criterion) throw new UsageError('error.scoreUnknownCriterion', { criterion: name, known: criteria.map((c) => c.name).join(', ') });
    if (!/^[1-5]$/.test(raw)) throw new UsageError('error.scoreValue', { criterion: criterion.name, value: raw });
    if (seen.has(criterion.id)) throw new UsageError('error.scoreDuplicate', { criterion: criterion.name });
    seen.add(criterion.id);
    values.push({ criterionId: criterion.id, criterion: criterion.name, value: Number(raw) });
  }
  return values;
}

/**
 * --by: a registered participant is stored by uuid (stable across renames and merges); a text that names
 * nobody is kept as a free-text scorer with a warning, except a number or NIP, which must be a participant
 * (exit 3: it is almost certainly a typo). Several matches: exit 2 listing them.
 */
export function resolveScorer(ctx: Context, store: WorkshopStore, by: string | undefined): { key: string; name: string } {
  if (by === undefined) return { key: DEFAULT_SCORER, name: DEFAULT_SCORER };
  const text = by.trim();
  if (text === '') throw new UsageError('error.scorerEmpty');
  const matches = findParticipants(store, text);
  if (matches.length === 1) return { key: matches[0]!.uuid, name: matches[0]!.name };
  if (matches.length > 1 || /^[\d\s.]+$/.test(text)) resolveParticipant(store, text);
  ctx.warn(ctx.t('idea.scorerFreeText', { by: text }));
  return { key: text, name: text };
}

async function askScores(ctx: Context, criteria: readonly Criterion[]): Promise<Value[]> {
  const values: Value[] = [];
  for (const c of criteria) {
    const answer = await ctx.prompter.select<number>({
      message: ctx.t('prompt.idea.score', { criterion: c.label ?? c.name }),
      choices: [...[1, 2, 3, 4, 5].map((n) => ({ name: String(n), value: n })), { name: ctx.t('prompt.idea.skip'), value: 0 }],
    });
    if (answer > 0) values.push({ criterionId: c.id, criterion: c.name, value: answer });
  }
  return values;
}

/** `--clear --by <who>`: withdraws that scorer's scores of the idea (a juror who scored the wrong idea). */
export async function runClear(ctx: Context, noArg: string, pairs: string[], by: string | undefined): Promise<Answer> {
  const no = parsePositiveInt(noArg, '<no>');
  if (by === undefined || by.trim() === '') throw new UsageError('idea.error.clearNeedsBy');
  if (pairs.length > 0) throw new UsageError('idea.error.clearWithScores');
  const store = ctx.open();
  const count = store.change(() => {
    const idea = getIdeaByNo(store, no);
    // The key scores were stored under: a registered person's uuid, else the text as typed.
    const people = findParticipants(store, by.trim());
    const keys = people.length === 1 ? [people[0]!.uuid, by.trim()] : [by.trim()];
    const removed = keys.reduce((n, key) => n + clearScores(store, idea, key), 0);
    if (removed === 0) throw new NotFoundError('idea.error.noScoresBy', { by: by.trim(), no });
    return removed;
  });
  return { json: ideaDetailJson(readIdeaDetail(store, no)), message: ctx.t('idea.scoresCleared', { by: by.trim(), no, count }) };
}

export async function runScore(ctx: Context, noArg: string, pairs: string[], opts: { by?: string }): Promise<Answer> {
  const no = parsePositiveInt(noArg, '<no>');
  const store = ctx.open();
  const { criteria, scorer } = store.read(() => {
    getIdeaByNo(store, no); // exit 3 before asking anything
    const criteria = listCriteria(store);
    if (criteria.length === 0) throw new UsageError('error.scoreNoCriteria');
    return { criteria, scorer: resolveScorer(ctx, store, opts.by) };
  });
  let values = parseScorePairs(pairs, criteria);
  if (pairs.length === 0) {
    if (!ctx.canPrompt) throw new UsageError('error.scoreNone', { no });
    values = await askScores(ctx, criteria);
    if (values.length === 0) throw new UsageError('error.scoreNone', { no });
  }
  store.change(() => recordScores(store, getIdeaByNo(store, no), scorer.key, values));
  const detail = readIdeaDetail(store, no);
  return {
    json: ideaDetailJson(detail),
    message: ctx.t('idea.scored', { no, scorer: scorer.name, count: values.length, score: formatScore(detail.idea.score) }),
  };
}
