import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import type { Translate } from '../../i18n/index.js';
import * as list from './list.js';
import * as set from './set.js';
import * as remove from './remove.js';

export function register(program: Command, ctx: Context, t: Translate): void {
  const criteria = program.command('criteria').description(t('help.criteria'));
  list.register(criteria, ctx, t);
  set.register(criteria, ctx, t);
  remove.register(criteria, ctx, t);
}
