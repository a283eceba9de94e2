// Where a write may go, and what a failed one is called: src/fs/write-file.ts's other half. The open workshop
// files (and any file's -wal/-shm/-journal place) are never written over; symbolic links are followed; a
// device is written straight; the errors name the folder the person can act on.
import { mkdirSync, realpathSync, statSync, statfsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { FileError, InnolabError, UsageError } from '../errors.js';

/**
 * A failure writing `path`, in words that name what the person can act on: the folder that is full or
 * read-only or missing, never the workshop file. Errors that are already innolab's own pass through.
 */
export function writeError(error: unknown, path: string, otherwise?: (error: unknown) => unknown): InnolabError {
  if (error instanceof InnolabError) return error;
  const code = (error as { code?: string }).code ?? '';
  const folder = dirname(path);
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG' || code === 'SQLITE_FULL' || (code.startsWith('SQLITE_IOERR') && almostFull(folder))) {
    return new FileError('error.write.diskFull', { file: path, folder });
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN') {
    return new FileError('error.write.readOnly', { file: path, folder });
  }
  if (code === 'ENOENT' || code === 'ENOTDIR') return new FileError('error.write.noFolder', { file: path, folder });
  // The person named a folder where a file goes: a usage slip (exit 2), not a failing disk.
  if (code === 'EISDIR') return new UsageError('error.write.isFolder', { file: path });
  const known = otherwise?.(error);
  if (known instanceof InnolabError) return known;
  return new FileError('error.write.failed', { file: path, reason: error instanceof Error ? error.message : String(error) });
}

/** Less than 1 MiB free in `folder`: a write that failed there failed for want of space. */
export function almostFull(folder: string): boolean {
  try {
    const fs = statfsSync(folder);
    return fs.bavail * fs.bsize < 1024 * 1024;
  } catch {
    return false;
  }
}

/** The workshop files open in this run, with their -wal, -shm and -journal: never a target of a write. */
const protectedPaths = new Map<string, string>();

/** Called when a workshop file is opened: an export, report or backup named like it is refused (exit 2). */
export function protectFromWrites(workshop: string): void {
  const real = realOrSelf(workshop);
  for (const suffix of ['', '-wal', '-shm', '-journal']) protectedPaths.set(real + suffix, workshop);
}

/**
 * The workshop whose file `real` is, or whose companion: one open in this run, or any file beside which
 * `real` would be its -wal, -shm or -journal (a folder or a file there would break that database).
 */
function workshopOwning(real: string): string | undefined {
  const open = protectedPaths.get(real);
  if (open !== undefined) return open;
  const companion = /^(.+)-(wal|shm|journal)$/.exec(real);
  if (!companion) return undefined;
  try {
    return statSync(companion[1]!).isFile() ? companion[1] : undefined;
  } catch {
    return undefined;
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

export type Target = { kind: 'file'; path: string } | { kind: 'device'; path: string };

/**
 * Where the bytes for `path` go. A symbolic link is followed (the link is kept, the file it names is
 * replaced); a device or a pipe (`--out /dev/stdout`) is written straight, there is nothing to rename; a
 * folder, and the open workshop file or its companions, are refused.
 */
export function targetOf(path: string): Target {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    stat = undefined;
  }
  if (stat?.isDirectory()) throw new UsageError('error.write.isFolder', { file: path });
  if (stat && !stat.isFile()) return { kind: 'device', path };
  const real = realOrSelf(path);
  const workshop = workshopOwning(real);
  if (workshop !== undefined) throw new UsageError('error.write.workshopFile', { file: path, workshop });
  return { kind: 'file', path: real };
}

/** Creates `folder` (and its parents) for files to be written into, with the same errors as a write. */
export function ensureFolder(folder: string): void {
  // A folder named like the open workshop's -wal or -journal would pass for it with SQLite: the file breaks.
  for (let dir = folder; ; dir = dirname(dir)) {
    const workshop = workshopOwning(realOrSelf(dir));
    if (workshop !== undefined) throw new UsageError('error.write.workshopFile', { file: dir, workshop });
    if (dirname(dir) === dir) break;
  }
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') throw new UsageError('error.write.notAFolder', { folder });
    throw writeError(error, join(folder, '.'));
  }
}
