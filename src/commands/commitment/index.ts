import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import type { Translate } from '../../i18n/index.js';
import * as add from './add.js';
import * as exportCommand from './export.js';
import * as importCommand from './import.js';
import * as list from './list.js';
import * as show from './show.js';
import * as update from './update.js';
import * as edit from './edit.js';

export function register(program: Command, ctx: Context, t: Translate): void {
  const commitment = program.command('commitment').description(t('help.commitment'));
  add.register(commitment, ctx, t);
  list.register(commitment, ctx, t);
  show.register(commitment, ctx, t);
  update.register(commitment, ctx, t);
  edit.register(commitment, ctx, t);
  importCommand.register(commitment, ctx, t);
  exportCommand.register(commitment, ctx, t);
}
