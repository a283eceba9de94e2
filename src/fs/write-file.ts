// The one way innolab writes a file (SPEC §7 "Files written"): exports, workbooks, reports, backups, the
// copies kept before a migration, templates, roll-ups. Each goes to a temporary file in the same folder, is
// given its mode there (whatever the file it replaces had), written, fsynced and renamed over the final name;
// so a reader, a crash or a kill -9 sees the old file or the whole new one, never half of one. A failure
// (full disk, read-only folder, an exception mid-write) removes the temporary file. A SIGKILL can still
// leave one: its name, `.<name>.innolab-tmp-<pid>-<n>`, says whose it is, and the next write of the same file
// removes those of processes that no longer run.
//
// Streaming: openFile() → write(chunk)… → commit() (or abort()); writeFile() for bytes already in memory;
// writeFileVia() when another writer (SQLite's backup, VACUUM INTO) must fill the file by its name.
import { closeSync, fchmodSync, fsyncSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { targetOf, writeError } from './write-targets.js';

export { ensureFolder, protectFromWrites, writeError } from './write-targets.js';

/** Owner only: anything with names, NIPs, phones or e-mails (the workshop file is 0600 too). */
export const PRIVATE = 0o600;
/**
 * Readable by others: files meant to be handed around that hold no contacts (a redacted export, the
 * commitment sheets sent to each office, templates, roll-up counts).
 */
export const SHAREABLE = 0o644;

const TEMP_MARK = '.innolab-tmp-';
/** Small chunks are gathered up to this size before a write system call. */
const BUFFER_BYTES = 64 * 1024;

let counter = 0;
/** Temporary files of this process not yet renamed or removed: removed on exit, whatever ended the run. */
const open = new Set<string>();
let exitHookSet = false;

function removeOnExit(temp: string): void {
  open.add(temp);
  if (exitHookSet) return;
  exitHookSet = true;
  process.once('exit', () => {
    for (const t of open) unlinkQuietly(t);
  });
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

/** The temporary name for `path`: hidden, beside it (a rename never crosses file systems), and whose it is. */
export function tempPathFor(path: string): string {
  counter += 1;
  return join(dirname(path), `.${basename(path)}${TEMP_MARK}${process.pid}-${counter}`);
}

/** Whether `name` is a temporary file innolab leaves only when it was killed mid-write. */
export function isWriteDebris(name: string): boolean {
  return name.startsWith('.') && name.includes(TEMP_MARK);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files of `path` left by a process that was killed while writing it. */
function removeStaleTemps(path: string): void {
  const prefix = `.${basename(path)}${TEMP_MARK}`;
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    // SQLite writing a temporary file by name (VACUUM INTO) keeps its own -journal beside it.
    const pid = Number(/^(\d+)-\d+(-journal|-wal|-shm)?$/.exec(name.slice(prefix.length))?.[1]);
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid)) unlinkQuietly(join(dirname(path), name));
  }
}

/** Creates the temporary file for `path` with `mode` (set exactly: the umask does not widen or narrow it). */
function createTemp(path: string, mode: number): { temp: string; fd: number } {
  removeStaleTemps(path);
  const temp = tempPathFor(path);
  let fd: number;
  try {
    fd = openSync(temp, 'wx', mode);
  } catch (error) {
    throw writeError(error, path);
  }
  removeOnExit(temp);
  try {
    fchmodSync(fd, mode);
  } catch (error) {
    closeSync(fd);
    unlinkQuietly(temp);
    open.delete(temp);
    throw writeError(error, path);
  }
  return { temp, fd };
}

/** Renames the finished temporary file over `path` and makes the rename itself durable (the folder's fsync). */
function publish(temp: string, path: string): void {
  renameSync(temp, path);
  open.delete(temp);
  try {
    const dir = openSync(dirname(path), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // Some file systems refuse a folder's fsync; the file's own data is already on disk.
  }
}

export interface FileWriter {
  /** The final name. */
  readonly path: string;
  /** Adds bytes (text is written as UTF-8). */
  write(chunk: string | Uint8Array): void;
  /** Flushes, fsyncs and renames into place: only now does `path` change. */
  commit(): void;
  /** Removes the temporary file; `path` is left as it was. Safe to call after commit (does nothing). */
  abort(): void;
}

/** Starts writing `path` (mode PRIVATE unless said otherwise); the caller must commit() or abort(). */
export function openFile(given: string, mode: number = PRIVATE): FileWriter {
  const target = targetOf(given);
  const path = target.path;
  const { temp, fd } = target.kind === 'device' ? openDevice(path) : createTemp(path, mode);
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let done = false;

  const writeAll = (bytes: Uint8Array): void => {
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
  };
  const flush = (): void => {
    if (pendingBytes === 0) return;
    const bytes = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    writeAll(bytes);
  };
  const abort = (): void => {
    if (done) return;
    done = true;
    pending = [];
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    if (target.kind === 'file') unlinkQuietly(temp);
    open.delete(temp);
  };
  const failed = (error: unknown): never => {
    abort();
    throw writeError(error, path);
  };

  return {
    path,
    write(chunk) {
      if (done) throw new Error(`write after commit or abort: ${path}`);
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      try {
        if (bytes.length >= BUFFER_BYTES) {
          flush();
          writeAll(bytes);
          return;
        }
        pending.push(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
        pendingBytes += bytes.length;
        if (pendingBytes >= BUFFER_BYTES) flush();
      } catch (error) {
        failed(error);
      }
    },
    commit() {
      if (done) throw new Error(`commit after commit or abort: ${path}`);
      try {
        flush();
        if (target.kind === 'device') {
          closeSync(fd);
          done = true;
          return;
        }
        fsyncSync(fd);
        closeSync(fd);
        done = true;
        publish(temp, path);
      } catch (error) {
        done = false;
        failed(error);
      }
    },
    abort,
  };
}

function openDevice(path: string): { temp: string; fd: number } {
  try {
    return { temp: path, fd: openSync(path, 'w') };
  } catch (error) {
    throw writeError(error, path);
  }
}

/** Writes bytes already in memory (one buffer, a string or a list of chunks) to `path`. */
export function writeFile(path: string, data: string | Uint8Array | readonly Uint8Array[], mode: number = PRIVATE): void {
  const writer = openFile(path, mode);
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) writer.write(data);
    else for (const chunk of data) writer.write(chunk);
    writer.commit();
  } finally {
    writer.abort();
  }
}

/** Fills `path` chunk by chunk from `produce`; an exception thrown while producing leaves `path` as it was. */
export async function writeFileFrom(path: string, mode: number, produce: (write: (chunk: string | Uint8Array) => void) => void | Promise<void>): Promise<void> {
  const writer = openFile(path, mode);
  try {
    await produce((chunk) => writer.write(chunk));
    writer.commit();
  } finally {
    writer.abort();
  }
}

/** A database copy is a file: a device or a pipe cannot take one. */
function regularTarget(given: string): string {
  const target = targetOf(given);
  if (target.kind === 'device') throw new UsageError('error.write.notAFile', { file: given });
  return target.path;
}

function finishVia(temp: string, path: string): void {
  const fd = openSync(temp, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  publish(temp, path);
}

/**
 * For writers that want a file name rather than bytes (SQLite's online backup, VACUUM INTO): `fill` is given
 * the temporary file, created empty with `mode`, and writes it; then it is fsynced and renamed to `path`.
 * Errors from `fill` that are not a full disk, a read-only or a missing folder go to `translate` (SQLite's own).
 */
export async function writeFileVia(given: string, mode: number, fill: (temp: string) => Promise<unknown>, translate?: (error: unknown) => unknown): Promise<void> {
  const path = regularTarget(given);
  const { temp, fd } = createTemp(path, mode);
  closeSync(fd);
  try {
    await fill(temp);
    finishVia(temp, path);
  } catch (error) {
    for (const suffix of ['', '-journal', '-wal', '-shm']) unlinkQuietly(temp + suffix);
    open.delete(temp);
    throw writeError(error, path, translate);
  }
}

/** writeFileVia for a `fill` that runs synchronously (VACUUM INTO while a migration holds the file). */
export function writeFileViaSync(given: string, mode: number, fill: (temp: string) => unknown, translate?: (error: unknown) => unknown): void {
  const path = regularTarget(given);
  const { temp, fd } = createTemp(path, mode);
  closeSync(fd);
  try {
    fill(temp);
    finishVia(temp, path);
  } catch (error) {
    for (const suffix of ['', '-journal', '-wal', '-shm']) unlinkQuietly(temp + suffix);
    open.delete(temp);
    throw writeError(error, path, translate);
  }
}
