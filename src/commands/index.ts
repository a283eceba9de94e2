import type { Command } from 'commander';
import type { Context } from '../cli/context.js';
import type { Translate } from '../i18n/index.js';
import * as attendance from './attendance/index.js';
import * as backup from './backup.js';
import * as check from './check.js';
import * as checkin from './checkin.js';
import * as commitment from './commitment/index.js';
import * as criteria from './criteria/index.js';
import * as demo from './demo/index.js';
import * as exportCommand from './export.js';
import * as idea from './idea/index.js';
import * as init from './init.js';
import * as log from './log.js';
import * as merge from './merge.js';
import * as participant from './participant/index.js';
import * as report from './report/index.js';
import * as status from './status/index.js';
import * as unit from './unit/index.js';
import * as workshop from './workshop/index.js';

/** Every noun and top-level verb, in the order --help lists them (SPEC §3). */
export function registerCommands(program: Command, ctx: Context, t: Translate): void {
  init.register(program, ctx, t);
  workshop.register(program, ctx, t);
  status.register(program, ctx, t);
  unit.register(program, ctx, t);
  participant.register(program, ctx, t);
  checkin.register(program, ctx, t);
  attendance.register(program, ctx, t);
  idea.register(program, ctx, t);
  criteria.register(program, ctx, t);
  commitment.register(program, ctx, t);
  report.register(program, ctx, t);
  exportCommand.register(program, ctx, t);
  merge.register(program, ctx, t);
  log.register(program, ctx, t);
  check.register(program, ctx, t);
  backup.register(program, ctx, t);
  demo.register(program, ctx, t);
}
