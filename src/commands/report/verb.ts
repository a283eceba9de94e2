// `report <name>`: one verb per registry entry, all alike: parse the flags into the report's job, write it,
// answer with the written record.
import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, emit } from '../../cli/output.js';
import type { Translate } from '../../i18n/index.js';
import { type ReportEntry, type ReportFlags, targetOf, withCommonOptions, writtenAnswer } from './common.js';

export function registerReport(parent: Command, ctx: Context, t: Translate, entry: ReportEntry): void {
  if (entry.register) return entry.register(parent, ctx, t);
  const command = parent.command(entry.name).description(t(entry.help));
  for (const flag of entry.flags) command.option(flag.flags, t(flag.help));
  withCommonOptions(command, t, entry.file).action(async (flags: ReportFlags) => emit(ctx, await runReport(ctx, entry, flags)));
}

export async function runReport(ctx: Context, entry: ReportEntry, flags: ReportFlags): Promise<Answer> {
  const job = entry.job(flags);
  const target = targetOf(ctx, flags, job.file);
  return writtenAnswer(ctx, await job.produce(ctx, ctx.open(), target));
}
