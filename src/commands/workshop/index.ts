import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import type { Translate } from '../../i18n/index.js';
import * as set from './set.js';
import * as show from './show.js';

export function register(program: Command, ctx: Context, t: Translate): void {
  const workshop = program.command('workshop').description(t('help.workshop'));
  show.register(workshop, ctx, t);
  set.register(workshop, ctx, t);
}
