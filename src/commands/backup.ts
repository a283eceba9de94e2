import type { Command } from 'commander';
import { chmodSync, closeSync, existsSync, openSync, realpathSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Context } from '../cli/context.js';
import { ConflictError, FileError, UsageError } from '../errors.js';
import { printJson } from '../cli/output.js';
import type { Translate } from '../i18n/index.js';
import { sqliteError } from '../store/sqlite-errors.js';

export function register(program: Command, ctx: Context, t: Translate): void {
  program
    .command('backup')
    .description(t('help.backup'))
    .argument('<dest>', t('help.backup.dest'))
    .action(async (dest: string) => {
      await runBackup(ctx, { dest });
    });
}

export interface BackupOptions {
  dest: string;
}

export interface BackupResult {
  file: string;
  bytes: number;
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return a === b;
  }
}

/**
 * A consistent copy with SQLite's online backup, safe while check-ins are being written: the copy is the
 * file as of one moment, including what is still in the -wal file. It is written to a temporary file (mode
 * 0600: it holds personal data) beside the destination and renamed into place only when complete, so an
 * interrupted backup never leaves a half-written file under the destination's name.
 */
export async function runBackup(ctx: Context, opts: BackupOptions): Promise<BackupResult> {
  const store = ctx.open();
  const dest = ctx.resolvePath(opts.dest);
  if (samePath(dest, store.path)) throw new UsageError('backup.sameFile', { file: dest });
  if (existsSync(dest)) {
    if (statSync(dest).isDirectory()) throw new UsageError('backup.isDirectory', { file: dest }, { key: 'backup.isDirectoryHint', params: { file: join(dest, basename(store.path)) } });
    if (!ctx.opts.yes) throw new ConflictError('backup.exists', { file: dest }, { key: 'backup.existsHint' });
  }
  if (!existsSync(dirname(dest))) throw new FileError('backup.noFolder', { folder: dirname(dest) });

  const temp = `${dest}.tmp-${process.pid}`;
  try {
    closeSync(openSync(temp, 'wx', 0o600));
    // One step for all pages: the copy is taken under a single read lock, so writers cannot make it restart.
    await store.db.backup(temp, { progress: () => 0x7fffffff });
    chmodSync(temp, 0o600);
    renameSync(temp, dest);
  } catch (error) {
    if (existsSync(temp)) unlinkSync(temp);
    throw sqliteError(error, dest);
  }
  const result: BackupResult = { file: dest, bytes: statSync(dest).size };
  if (ctx.opts.json) printJson(ctx, result);
  else ctx.print(ctx.t('backup.written', { file: dest, bytes: result.bytes }));
  return result;
}
