import type { Command } from 'commander';
import type { Context } from '../cli/context.js';
import type { Translate } from '../i18n/index.js';

export function register(_program: Command, _ctx: Context, _t: Translate): void {
  // `innolab backup` is wired here.
}
