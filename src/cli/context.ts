import type { ChalkInstance } from 'chalk';
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { type Lang, type MessageKey, type Translate, isLang, translator } from '../i18n/index.js';
import { type NewWorkshop, type Session, type WorkshopStore, createWorkshopFile, openWorkshopFile } from '../store/db.js';
import { NotFoundError, UsageError } from '../errors.js';
import { visibleKeepColour } from '../domain/text.js';
import { workshopLang } from '../store/workshop.js';
import { type IO, colorEnabled, makeChalk, programCommand } from './io.js';
import { type Prompter, systemPrompter } from './prompter.js';

/** Linux's limits: 4096 bytes for a path, 255 for one name in it. */
function checkPathText(path: string): void {
  const shown = path.length > 80 ? `${path.slice(0, 80)}…` : path;
  if (path.includes('\0')) throw new UsageError('error.path.nul', { path: shown });
  if (Buffer.byteLength(path) > 4096 || path.split('/').some((name) => Buffer.byteLength(name) > 255)) {
    throw new UsageError('error.path.tooLong', { path: shown });
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export interface GlobalOptions {
  file?: string;
  json: boolean;
  color: boolean;
  input: boolean;
  yes: boolean;
  lang?: Lang;
  quiet: boolean;
}

export interface ContextDeps {
  now?: () => Date;
  prompter?: Prompter;
}

/**
 * What a command may touch: streams, clock, prompter, the workshop file. Built once per run by main.ts;
 * tests build it with buffers, a fixed clock and a scripted prompter.
 */
export class Context {
  readonly now: () => Date;
  readonly prompter: Prompter;
  opts: GlobalOptions = { json: false, color: true, input: true, yes: false, quiet: false };
  lang: Lang;
  t: Translate;
  chalk: ChalkInstance;
  /** The command line as written to the audit log: command words and flag names, never values. */
  command = 'innolab';
  /** Where the store takes new uuids from; random unless a command sets it (the demo, for a reproducible sample). */
  uuids: (() => string) | undefined;
  private store: WorkshopStore | undefined;

  constructor(
    readonly io: IO,
    deps: ContextDeps = {},
  ) {
    this.now = deps.now ?? (() => new Date());
    this.prompter = deps.prompter ?? systemPrompter(io, () => this);
    this.lang = isLang(io.env.INNOLAB_LANG) ? io.env.INNOLAB_LANG : 'id';
    this.t = translator(this.lang, this.placeholders);
    this.chalk = makeChalk(colorEnabled(io, { flag: true }));
  }

  get env(): Record<string, string | undefined> {
    return this.io.env;
  }

  /** Called once the command line is parsed. */
  setGlobals(opts: GlobalOptions): void {
    this.opts = opts;
    if (opts.lang) this.setLang(opts.lang);
    this.chalk = makeChalk(colorEnabled(this.io, { flag: opts.color }));
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.t = translator(lang, this.placeholders);
  }

  /** `{innolab}` in a message is the command as this person types it (`innolab` or `npx innolab`). */
  private readonly placeholders = (name: string): string | undefined => {
    if (name !== 'innolab') return undefined;
    this.invocation ??= programCommand(this.env);
    return this.invocation;
  };
  private invocation: string | undefined;

  /** gh's CanPrompt: a person at a terminal on both ends, and nobody said not to ask. */
  get canPrompt(): boolean {
    const ci = this.env.CI;
    return this.io.stdinIsTTY && this.io.stdoutIsTTY && this.opts.input && !(ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false');
  }

  /** A message for the person (stderr), silenced by --quiet. */
  info(text: string): void {
    if (!this.opts.quiet) this.io.stderr.write(visibleKeepColour(text) + '\n');
  }

  warn(text: string): void {
    this.io.stderr.write(this.chalk.yellow(`${this.lang === 'id' ? 'peringatan' : 'warning'}: `) + visibleKeepColour(text) + '\n');
  }

  /** A path the person gave, absolute; exit 2 for one no file can have (NUL, over the system's length limits). */
  resolvePath(path: string): string {
    checkPathText(path);
    return isAbsolute(path) ? path : resolve(this.io.cwd, path);
  }

  /** SPEC §2: -f, else INNOLAB_FILE, else the only *.innolab in the current folder, else exit 2. */
  resolveFile(): string {
    if (this.opts.file) return this.resolvePath(this.opts.file);
    const fromEnv = this.env.INNOLAB_FILE;
    if (fromEnv) return this.resolvePath(fromEnv);
    let candidates: string[] = [];
    try {
      // Files only: a folder named x.innolab (a copy unpacked, a backup folder) is not a workshop.
      candidates = readdirSync(this.io.cwd, { withFileTypes: true })
        .filter((entry) => entry.name.endsWith('.innolab') && (entry.isFile() || (entry.isSymbolicLink() && isFile(join(this.io.cwd, entry.name)))))
        .map((entry) => entry.name);
    } catch {
      candidates = [];
    }
    if (candidates.length === 1) return this.resolvePath(candidates[0]!);
    if (candidates.length > 1) {
      throw new UsageError('error.manyFiles', { files: candidates.sort().join(', ') }, { key: 'error.noFileHint' });
    }
    throw new UsageError('error.noFile', {}, { key: 'error.noFileHint' });
  }

  session(): Session {
    const timeout = Number(this.env.INNOLAB_BUSY_TIMEOUT_MS);
    return { command: this.command, now: this.now, busyTimeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : undefined, uuids: this.uuids };
  }

  /** Opens the workshop file once per run; messages switch to the workshop's language unless --lang was given. */
  open(): WorkshopStore {
    if (this.store) return this.store;
    const path = this.resolveFile();
    try {
      this.store = openWorkshopFile(path, this.session(), {
        onMigrated: ({ to, backup }) => this.info(this.t('migrate.backup', { to, backup })),
      });
    } catch (error) {
      if ((error as { key?: string }).key === 'error.io' && (error as { params?: { reason?: string } }).params?.reason === 'ENOENT') {
        throw new NotFoundError('error.fileNotFound', { file: path }, { key: 'error.fileNotFoundHint', params: { file: path } });
      }
      throw error;
    }
    if (!this.opts.lang) {
      const lang = workshopLang(this.store);
      if (isLang(lang)) this.setLang(lang);
    }
    return this.store;
  }

  create(path: string, workshop: NewWorkshop): WorkshopStore {
    this.store = createWorkshopFile(this.resolvePath(path), this.session(), workshop);
    return this.store;
  }

  close(): void {
    this.store?.close();
    this.store = undefined;
  }

  /**
   * A value a command cannot do without: the flag's value, else a prompt when a person is there, else exit 2
   * naming the flag (wrangler's dialogs).
   */
  async require(value: string | undefined, spec: { flag: string; what: MessageKey; prompt: MessageKey; default?: string; validate?: (v: string) => true | string }): Promise<string> {
    if (value !== undefined && value !== '') return value;
    if (!this.canPrompt) throw new UsageError('error.missingFlag', { what: this.t(spec.what), flag: spec.flag });
    return this.prompter.input({ message: this.t(spec.prompt), default: spec.default, required: true, validate: spec.validate });
  }

  /** Destructive actions: --yes, else ask, else exit 2 naming --yes. Answering no cancels (exit 2). */
  async confirm(what: string, question: string): Promise<void> {
    if (this.opts.yes) return;
    if (!this.canPrompt) throw new UsageError('error.noPrompt', { what });
    const ok = await this.prompter.confirm({ message: question, default: false });
    if (!ok) throw new UsageError('error.aborted');
  }
}
