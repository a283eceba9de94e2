import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import type { Translate } from '../../i18n/index.js';
import * as all from './all.js';
import * as attendance from './attendance.js';
import * as certificates from './certificates.js';
import * as commitments from './commitments.js';
import * as outcome from './outcome.js';
import * as recap from './recap.js';

export function register(program: Command, ctx: Context, t: Translate): void {
  const report = program.command('report').description(t('help.report'));
  attendance.register(report, ctx, t);
  recap.register(report, ctx, t);
  outcome.register(report, ctx, t);
  commitments.register(report, ctx, t);
  certificates.register(report, ctx, t);
  all.register(report, ctx, t);
}
