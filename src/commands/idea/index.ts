import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import type { Translate } from '../../i18n/index.js';
import * as add from './add.js';
import * as edit from './edit.js';
import * as list from './list.js';
import * as score from './score.js';
import * as show from './show.js';
import * as status from './status.js';
import * as remove from './remove.js';

export function register(program: Command, ctx: Context, t: Translate): void {
  const idea = program.command('idea').description(t('help.idea'));
  add.register(idea, ctx, t);
  list.register(idea, ctx, t);
  show.register(idea, ctx, t);
  edit.register(idea, ctx, t);
  status.register(idea, ctx, t);
  score.register(idea, ctx, t);
  remove.register(idea, ctx, t);
}
