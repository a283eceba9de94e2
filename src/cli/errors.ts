import type { MessageKey, MessageParams } from '../i18n/index.js';

/** Exit codes are part of the contract with scripts (SPEC §2). */
export const ExitCode = {
  ok: 0,
  failure: 1,
  usage: 2,
  notFound: 3,
  conflict: 4,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * An error the user can act on. The message is a key into the i18n catalogue so that it can be shown in
 * the language chosen for the run; `hint` is an optional second key with advice.
 */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCodeValue,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    readonly hint?: { key: MessageKey; params?: MessageParams },
  ) {
    super(key);
    this.name = 'CliError';
  }
}

/** Exit 2: the command line or an input file is wrong. */
export class UsageError extends CliError {
  constructor(key: MessageKey, params?: MessageParams, hint?: { key: MessageKey; params?: MessageParams }) {
    super(ExitCode.usage, key, params, hint);
  }
}

/** Exit 3: a participant, unit, idea or commitment that was referred to does not exist. */
export class NotFoundError extends CliError {
  constructor(key: MessageKey, params?: MessageParams, hint?: { key: MessageKey; params?: MessageParams }) {
    super(ExitCode.notFound, key, params, hint);
  }
}

/** Exit 4: the thing already exists, or the file belongs to a newer innolab. */
export class ConflictError extends CliError {
  constructor(key: MessageKey, params?: MessageParams, hint?: { key: MessageKey; params?: MessageParams }) {
    super(ExitCode.conflict, key, params, hint);
  }
}

/** Exit 1: the file cannot be read or written (I/O, damaged, not an innolab file). */
export class FileError extends CliError {
  constructor(key: MessageKey, params?: MessageParams, hint?: { key: MessageKey; params?: MessageParams }) {
    super(ExitCode.failure, key, params, hint);
  }
}
