// The whole program's error vocabulary. Every layer may throw these; only src/main.ts knows which exit code
// a kind means (SPEC §2), and only the command layer adds command-line hints (src/cli/hints.ts), so the
// store, the importers and the reports say what went wrong and never which command to type next.
import type { MessageKey, MessageParams } from './i18n/index.js';

/**
 * What kind of failure it is, in the user's terms:
 * - `usage`: the command line or an input file is wrong;
 * - `notFound`: a participant, unit, idea, commitment or file that was referred to does not exist;
 * - `conflict`: the thing already exists, or the file belongs to a newer innolab;
 * - `file`: the file cannot be read or written (I/O, damaged, not an innolab file).
 */
export type ErrorKind = 'usage' | 'notFound' | 'conflict' | 'file';

export interface Hint {
  key: MessageKey;
  params?: MessageParams;
}

/** An error the user can act on: a message key into the i18n catalogue, shown in the run's language. */
export class InnolabError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    /** Advice the command layer attached (see src/cli/hints.ts); lower layers leave it out. */
    readonly hint?: Hint,
  ) {
    super(key);
    this.name = 'InnolabError';
  }

  /** The same error with advice attached: for commands, which know what the user can type next. */
  withHint(hint: Hint): InnolabError {
    return new InnolabError(this.kind, this.key, this.params, hint);
  }
}

export class UsageError extends InnolabError {
  constructor(key: MessageKey, params?: MessageParams, hint?: Hint) {
    super('usage', key, params, hint);
  }
}

export class NotFoundError extends InnolabError {
  constructor(key: MessageKey, params?: MessageParams, hint?: Hint) {
    super('notFound', key, params, hint);
  }
}

export class ConflictError extends InnolabError {
  constructor(key: MessageKey, params?: MessageParams, hint?: Hint) {
    super('conflict', key, params, hint);
  }
}

export class FileError extends InnolabError {
  constructor(key: MessageKey, params?: MessageParams, hint?: Hint) {
    super('file', key, params, hint);
  }
}

/** True for an InnolabError of one of the given kinds. */
export function isKind(error: unknown, ...kinds: ErrorKind[]): error is InnolabError {
  return error instanceof InnolabError && kinds.includes(error.kind);
}
