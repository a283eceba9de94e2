import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import type { Translate } from '../../i18n/index.js';
import * as all from './all.js';
import { REPORTS } from './registry.js';
import { registerReport } from './verb.js';

export function register(program: Command, ctx: Context, t: Translate): void {
  const report = program.command('report').description(t('help.report'));
  for (const entry of REPORTS) registerReport(report, ctx, t, entry);
  all.register(report, ctx, t);
}
