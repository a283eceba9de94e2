// SQLite's and the file system's failures, as the one-line errors of src/errors.ts: what went wrong with the
// workshop file, in words the person can act on (the disk is full, the folder is read-only), never a stack.
import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import { FileError, InnolabError, NotFoundError, UsageError } from '../errors.js';
import { almostFull } from '../fs/write-targets.js';

/** Turns SQLite and file-system failures into one-line errors with the documented exit code. */
export function sqliteError(error: unknown, path: string): unknown {
  if (error instanceof InnolabError) return error;
  const code = (error as { code?: string }).code ?? '';
  const reason = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_NOTADB') return new FileError('error.notInnolab', { file: path });
  if (code.startsWith('SQLITE_CORRUPT')) return new FileError('error.damaged', { file: path, reason });
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new FileError('error.busy', { file: path });
  if (code.startsWith('SQLITE_READONLY')) return new FileError('error.readOnly', { file: path });
  if (code === 'SQLITE_FULL') return new FileError('error.diskFull', { file: path });
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) {
    // SQLite says only "disk I/O error" or "unable to open database file" (it cannot create the -wal/-shm
    // files beside the workshop); the file system says why, which is what the person can act on.
    if (almostFull(dirname(path))) return new FileError('error.diskFull', { file: path });
    if (notWritable(path)) return new FileError('error.readOnly', { file: path });
    return new FileError('error.io', { file: path, reason });
  }
  // errno codes only (ENOENT, EACCES…); Node's own ERR_* codes are bugs and must not pass for I/O trouble.
  if (/^E[A-Z0-9]+$/.test(code)) return ioError(error, path);
  return error;
}

/** The file, or the folder SQLite must create its -wal and -shm files in, cannot be written. */
function notWritable(path: string): boolean {
  for (const target of [path, dirname(path)]) {
    try {
      accessSync(target, constants.W_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return true;
    }
  }
  return false;
}

/** A file-system failure opening or creating `path`. */
export function ioError(error: unknown, path: string): unknown {
  const err = error as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return new FileError('error.io', { file: path, reason: err.code });
  if (err.code === 'EACCES' || err.code === 'EPERM' || err.code === 'EROFS') {
    return new FileError('error.readOnly', { file: path });
  }
  if (err.code === 'ENOSPC') return new FileError('error.diskFull', { file: path });
  if (err.code === 'EISDIR') return new UsageError('error.isFolder', { file: err.path ?? path });
  if (err.code) return new FileError('error.io', { file: path, reason: err.message });
  return error;
}

/**
 * A failure creating a new file at `path`: what is wrong is the folder it goes into (missing, not writable,
 * full), so the message names the folder, never the raw ENOENT or ENOSPC.
 */
export function folderError(error: unknown, path: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  const folder = dirname(path);
  if (code === 'ENOENT' || code === 'ENOTDIR') return new NotFoundError('error.folderMissing', { folder });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new FileError('error.folderReadOnly', { folder });
  if (code === 'ENOSPC' || code === 'EDQUOT') return new FileError('error.folderDiskFull', { folder });
  if (code === 'EISDIR') return new UsageError('error.isFolder', { file: path });
  return ioError(error, path);
}
