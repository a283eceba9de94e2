import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import type { Translate } from '../../i18n/index.js';
import * as add from './add.js';
import * as list from './list.js';
import * as importCommand from './import.js';
import * as move from './move.js';
import * as edit from './edit.js';
import * as remove from './remove.js';
import * as merge from './merge.js';

export function register(program: Command, ctx: Context, t: Translate): void {
  const unit = program.command('unit').description(t('help.unit'));
  add.register(unit, ctx, t);
  list.register(unit, ctx, t);
  importCommand.register(unit, ctx, t);
  move.register(unit, ctx, t);
  edit.register(unit, ctx, t);
  remove.register(unit, ctx, t);
  merge.register(unit, ctx, t);
}
