import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import type { Translate } from '../../i18n/index.js';
import * as list from './list.js';
import * as summary from './summary.js';

export function register(program: Command, ctx: Context, t: Translate): void {
  const attendance = program.command('attendance').description(t('help.attendance'));
  list.register(attendance, ctx, t);
  summary.register(attendance, ctx, t);
}
