import type { Command } from 'commander';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Context } from '../cli/context.js';
import { ConflictError, FileError, UsageError } from '../errors.js';
import { type Answer, emit } from '../cli/output.js';
import type { Translate } from '../i18n/index.js';
import { writeBackup } from '../store/backup.js';

export function register(program: Command, ctx: Context, t: Translate): void {
  program
    .command('backup')
    .description(t('help.backup'))
    .argument('<dest>', t('help.backup.dest'))
    .action(async (dest: string) => emit(ctx, await runBackup(ctx, { dest })));
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

function companionOf(dest: string, workshop: string): boolean {
  const folder = (path: string) => {
    try {
      return realpathSync(dirname(path));
    } catch {
      return dirname(path);
    }
  };
  if (folder(dest) !== folder(workshop)) return false;
  return ['-wal', '-shm', '-journal'].some((suffix) => basename(dest) === basename(workshop) + suffix);
}

/** A consistent copy of the workshop file at `dest` (see writeBackup); an existing file only with --yes. */
export async function runBackup(ctx: Context, opts: BackupOptions): Promise<Answer & { json: BackupResult }> {
  const store = ctx.open();
  const dest = ctx.resolvePath(opts.dest);
  if (samePath(dest, store.path)) throw new UsageError('backup.sameFile', { file: dest });
  // The -wal, -shm and -journal beside the workshop are part of it while it is open: renaming a copy over
  // one would lose the copy (SQLite removes the -wal on close) or damage the workshop.
  if (companionOf(dest, store.path)) throw new UsageError('backup.ownFile', { file: dest, workshop: store.path });
  if (existsSync(dest)) {
    if (statSync(dest).isDirectory()) throw new UsageError('backup.isDirectory', { file: dest }, { key: 'backup.isDirectoryHint', params: { file: join(dest, basename(store.path)) } });
    if (!ctx.opts.yes) throw new ConflictError('backup.exists', { file: dest }, { key: 'backup.existsHint' });
  }
  if (!existsSync(dirname(dest))) throw new FileError('backup.noFolder', { folder: dirname(dest) });
  const result: BackupResult = { file: dest, bytes: await writeBackup(store, dest) };
  return { json: result, view: { lines: [ctx.t('backup.written', { file: dest, bytes: result.bytes })] } };
}
