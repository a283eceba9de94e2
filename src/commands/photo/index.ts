import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import type { Translate } from '../../i18n/index.js';
import * as add from './add.js';

export function register(program: Command, ctx: Context, t: Translate): void {
  const photo = program.command('photo').description(t('help.photo'));
  add.register(photo, ctx, t);
}
