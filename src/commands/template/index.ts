import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import type { Translate } from '../../i18n/index.js';
import * as exportVerb from './export.js';

export function register(program: Command, ctx: Context, t: Translate): void {
  const template = program.command('template').description(t('help.template'));
  exportVerb.register(template, ctx, t);
}
