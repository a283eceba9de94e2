// Flags shared by `idea add` and `idea edit`, the interactive walk of `idea add`, and the labels every idea
// command prints. On edit, an empty value ("") clears an optional field.
import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { UsageError } from '../../errors.js';
import { parseChoice } from '../../cli/parse.js';
import { IDEA_STATUSES, type IdeaStatus, ideaStatusFromText } from '../../domain/idea-status.js';
import type { MessageKey, Translate } from '../../i18n/index.js';
import type { WorkshopStore } from '../../store/db.js';
import { IDEA_FORMS, IDEA_KINDS, type IdeaChanges, type IdeaForm, type IdeaKind } from '../../store/ideas.js';
import { resolveParticipant } from '../../store/participant-lookup.js';
import { listUnits, resolveUnit } from '../../store/units.js';

export interface IdeaFlags {
  unit?: string;
  title?: string;
  form?: string;
  kind?: string;
  affair?: string;
  problem?: string;
  description?: string;
  objective?: string;
  benefit?: string;
  expectedResult?: string;
  proposer?: string;
}

export function addIdeaOptions(command: Command, t: Translate): Command {
  return command
    .option('--unit <unit>', t('help.idea.opt.unit'))
    .option('--title <title>', t('help.idea.opt.title'))
    .option('--form <form>', t('help.idea.opt.form'))
    .option('--kind <kind>', t('help.idea.opt.kind'))
    .option('--affair <urusan>', t('help.idea.opt.affair'))
    .option('--problem <text>', t('help.idea.opt.problem'))
    .option('--description <text>', t('help.idea.opt.description'))
    .option('--objective <text>', t('help.idea.opt.objective'))
    .option('--benefit <text>', t('help.idea.opt.benefit'))
    .option('--expected-result <text>', t('help.idea.opt.expectedResult'))
    .option('--proposer <who>', t('help.idea.opt.proposer'));
}

export function hasAnyFlag(flags: IdeaFlags): boolean {
  return Object.values(flags).some((v) => v !== undefined);
}

/**
 * Checks what needs no file (form, kind): exit 2 before anything is opened. Empty form/kind clears them
 * (edit); the text fields are passed on as typed and trimmed by the store.
 */
export function parseIdeaFlags(flags: IdeaFlags): IdeaChanges {
  const changes: IdeaChanges = {};
  if (flags.title !== undefined) {
    if (flags.title.trim() === '') throw new UsageError('error.required', { field: '--title' });
    changes.title = flags.title;
  }
  if (flags.form !== undefined) changes.form = flags.form.trim() === '' ? null : parseChoice<IdeaForm>(flags.form, IDEA_FORMS, '--form');
  if (flags.kind !== undefined) changes.kind = flags.kind.trim() === '' ? null : parseChoice<IdeaKind>(flags.kind, IDEA_KINDS, '--kind');
  if (flags.affair !== undefined) changes.affair = flags.affair;
  if (flags.problem !== undefined) changes.problem = flags.problem;
  if (flags.description !== undefined) changes.description = flags.description;
  if (flags.objective !== undefined) changes.objective = flags.objective;
  if (flags.benefit !== undefined) changes.benefit = flags.benefit;
  if (flags.expectedResult !== undefined) changes.expected_result = flags.expectedResult;
  return changes;
}

/**
 * SPEC: the proposer is a participant reference. It must resolve (exit 3 when nobody matches, exit 2 when
 * several do); the name is kept beside the id so the idea still says who proposed it if the person is
 * later removed. "" clears the proposer (edit).
 */
export function resolveProposer(store: WorkshopStore, who: string): { id: number | null; name: string | null } {
  if (who.trim() === '') return { id: null, name: null };
  const p = resolveParticipant(store, who);
  return { id: p.id, name: p.name };
}

/** --unit and --proposer against the file (inside the change, so nothing is written when they fail). */
export function resolveIdeaRefs(store: WorkshopStore, flags: IdeaFlags, changes: IdeaChanges): IdeaChanges {
  const out = { ...changes };
  if (flags.unit !== undefined) {
    if (flags.unit.trim() === '') throw new UsageError('error.required', { field: '--unit' });
    out.unitId = resolveUnit(store, flags.unit).id;
  }
  if (flags.proposer !== undefined) out.proposer = resolveProposer(store, flags.proposer);
  return out;
}

/** `idea add` with no flags at a terminal: asks for every field, the long ones in an editor. */
export async function askIdea(ctx: Context, store: WorkshopStore): Promise<IdeaFlags> {
  const t = ctx.t;
  const p = ctx.prompter;
  const units = listUnits(store);
  if (units.length === 0) throw new UsageError('error.ideaNoUnits', {}, { key: 'error.ideaNoUnitsHint' });
  const unit = await p.select<string>({
    message: t('prompt.idea.unit'),
    choices: units.map((u) => ({ name: u.short_name ? `${u.short_name} — ${u.name}` : u.name, value: String(u.no) })),
  });
  const title = await p.input({ message: t('prompt.idea.title'), required: true });
  const form = await p.select<string>({
    message: t('prompt.idea.form'),
    choices: [...IDEA_FORMS.map((f) => ({ name: formLabel(t, f), value: f as string })), { name: t('prompt.idea.skip'), value: '' }],
  });
  const kind = await p.select<string>({
    message: t('prompt.idea.kind'),
    choices: [...IDEA_KINDS.map((k) => ({ name: kindLabel(t, k), value: k as string })), { name: t('prompt.idea.skip'), value: '' }],
  });
  const affair = await p.input({ message: t('prompt.idea.affair') });
  const problem = await p.editor({ message: t('prompt.idea.problem') });
  const description = await p.editor({ message: t('prompt.idea.description') });
  const objective = await p.input({ message: t('prompt.idea.objective') });
  const benefit = await p.input({ message: t('prompt.idea.benefit') });
  const expectedResult = await p.input({ message: t('prompt.idea.expectedResult') });
  const proposer = await p.input({
    message: t('prompt.idea.proposer'),
    validate: (value) => {
      if (value.trim() === '') return true;
      try {
        resolveParticipant(store, value);
        return true;
      } catch (error) {
        const e = error as { key?: MessageKey; params?: Record<string, string | number> };
        return e.key ? t(e.key, e.params) : String(error);
      }
    },
  });
  return { unit, title, form, kind, affair, problem, description, objective, benefit, expectedResult, proposer };
}

/** A status flag or argument: the English name or an Indonesian alias (terpilih, uji-coba …); else exit 2. */
export function parseIdeaStatus(value: string, field: string): IdeaStatus {
  return ideaStatusFromText(value) ?? parseChoice(value, IDEA_STATUSES, field);
}

export function statusLabel(t: Translate, status: IdeaStatus): string {
  return t(`idea.status.${status}`);
}

export function formLabel(t: Translate, form: IdeaForm | null): string {
  return form ? t(`idea.form.${form}`) : '';
}

export function kindLabel(t: Translate, kind: IdeaKind | null): string {
  return kind ? t(`idea.kind.${kind}`) : '';
}

export function formatScore(score: number | null): string {
  return score === null ? '' : score.toFixed(2);
}
