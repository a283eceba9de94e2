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
import * as photo from './photo/index.js';
import * as push from './push.js';
import * as report from './report/index.js';
import * as rollup from './rollup/index.js';
import * as status from './status/index.js';
import * as template from './template/index.js';
import * as unit from './unit/index.js';
import * as workshop from './workshop/index.js';

type Register = (program: Command, ctx: Context, t: Translate) => void;

/** Every noun and top-level verb with its command name, in the order --help lists them (SPEC §3). */
const COMMANDS: readonly (readonly [string, Register])[] = [
  ['init', init.register],
  ['workshop', workshop.register],
  ['status', status.register],
  ['unit', unit.register],
  ['participant', participant.register],
  ['checkin', checkin.register],
  ['attendance', attendance.register],
  ['idea', idea.register],
  ['criteria', criteria.register],
  ['commitment', commitment.register],
  ['report', report.register],
  ['export', exportCommand.register],
  ['merge', merge.register],
  ['log', log.register],
  ['check', check.register],
  ['backup', backup.register],
  ['photo', photo.register],
  ['template', template.register],
  ['demo', demo.register],
  ['rollup', rollup.register],
  ['push', push.register],
];

export const COMMAND_NAMES: readonly string[] = COMMANDS.map(([name]) => name);

/**
 * Registers every command, or only `only` when the command line names it: building all ~60 commands with
 * their options and help texts is a good part of start-up (SPEC §6), and a run uses one of them. The top
 * level help, `help <command>` and suggestions for a mistyped command get them all (see main.ts).
 */
export function registerCommands(program: Command, ctx: Context, t: Translate, only?: string): void {
  for (const [name, register] of COMMANDS) if (only === undefined || only === name) register(program, ctx, t);
}
