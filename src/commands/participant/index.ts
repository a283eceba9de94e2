import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import type { Translate } from '../../i18n/index.js';
import * as add from './add.js';
import * as edit from './edit.js';
import * as importCommand from './import.js';
import * as list from './list.js';
import * as remove from './remove.js';
import * as show from './show.js';

export function register(program: Command, ctx: Context, t: Translate): void {
  const participant = program.command('participant').description(t('help.participant'));
  add.register(participant, ctx, t);
  list.register(participant, ctx, t);
  show.register(participant, ctx, t);
  edit.register(participant, ctx, t);
  remove.register(participant, ctx, t);
  importCommand.register(participant, ctx, t);
}
