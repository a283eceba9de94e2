import type { Command } from 'commander';
import type { Context } from '../cli/context.js';
import type { Translate } from '../i18n/index.js';
import * as check from './check.js';
import * as demo from './demo/index.js';
import * as init from './init.js';
import * as log from './log.js';
import * as status from './status/index.js';
import * as unit from './unit/index.js';
import * as workshop from './workshop/index.js';

/** Every noun and top-level verb, in the order --help lists them (SPEC §3). */
export function registerCommands(program: Command, ctx: Context, t: Translate): void {
  init.register(program, ctx, t);
  workshop.register(program, ctx, t);
  status.register(program, ctx, t);
  unit.register(program, ctx, t);
  log.register(program, ctx, t);
  check.register(program, ctx, t);
  demo.register(program, ctx, t);
}
