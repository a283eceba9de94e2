// The wording of the outcome report, read from templates/outcome.<lang>.json so an office can adapt it
// without touching code.
import { readFileSync } from 'node:fs';
import { UsageError } from '../../errors.js';
import type { Lang } from '../../i18n/index.js';
import { templatesDir } from '../../paths.js';
import { join } from 'node:path';
import { type Vars, fill } from '../placeholders.js';
import { templateFile } from '../wording.js';

/** The wording of the outcome report, read from its JSON file; a missing text names the key and the file. */
export class OutcomeTemplate {
  private constructor(
    readonly file: string,
    private readonly root: unknown,
    /** The built-in wording, for keys an office's older copy does not have yet. */
    private readonly fallback?: OutcomeTemplate,
  ) {}

  /** The office's copy in `dir` (its templates folder) when it has one, else the built-in wording. */
  static load(lang: Lang, dir?: string | null): OutcomeTemplate {
    const file = templateFile(dir, `outcome.${lang}.json`, templatesDir());
    let root: unknown;
    try {
      root = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      const problem = error instanceof SyntaxError ? error.message : ((error as NodeJS.ErrnoException).code ?? String(error));
      throw new UsageError('outcome.templateBroken', { file, problem });
    }
    const builtIn = join(templatesDir(), `outcome.${lang}.json`);
    return new OutcomeTemplate(file, root, file === builtIn ? undefined : OutcomeTemplate.load(lang));
  }

  private get(key: string): unknown {
    let node: unknown = this.root;
    for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    return node === undefined ? this.fallback?.get(key) : node;
  }

  private missing(key: string): never {
    const problem = `"${key}"`;
    throw new UsageError('outcome.templateBroken', { file: this.file, problem });
  }

  text(key: string, vars: Vars = {}): string {
    const value = this.get(key);
    if (typeof value !== 'string') this.missing(key);
    return fill(value, vars);
  }

  list(key: string, vars: Vars = {}): string[] {
    const value = this.get(key);
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) this.missing(key);
    return (value as string[]).map((v) => fill(v, vars));
  }
}
