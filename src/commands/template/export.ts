// `template export <dir>`: every report's wording, in both languages, into a folder an office edits. Put
// beside the workshop file as `templates/` (or named by INNOLAB_TEMPLATES), it overrides the built-in
// wording, and an upgrade of innolab never touches it.
import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../../cli/context.js';
import { type Answer, emit } from '../../cli/output.js';
import { ConflictError } from '../../errors.js';
import { SHAREABLE, ensureFolder, writeFile } from '../../fs/write-file.js';
import { LANGS, type Translate, translate } from '../../i18n/index.js';
import { templatesDir } from '../../paths.js';
import { WORDING_REPORTS, builtInWording } from '../../reports/wording.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('export')
    .description(t('help.template.export'))
    .argument('<dir>', t('help.template.export.dir'))
    .action((dir: string) => emit(ctx, runTemplateExport(ctx, { dir })));
}

export interface TemplateExportResult {
  dir: string;
  files: string[];
}

/** The files written: the outcome report's and the certificate's own templates, then the three reports' wording. */
function fileNames(): string[] {
  const names: string[] = [];
  for (const lang of LANGS) names.push(`outcome.${lang}.json`, `certificate.${lang}.json`);
  for (const report of WORDING_REPORTS) for (const lang of LANGS) names.push(`${report}.${lang}.json`);
  return names;
}

/** Writes every template into `dir`; a file already there is kept unless --yes (an office's edits). */
export function runTemplateExport(ctx: Context, opts: { dir: string }): Answer & { json: TemplateExportResult } {
  const dir = ctx.resolvePath(opts.dir);
  const names = fileNames();
  const existing = names.filter((name) => existsSync(join(dir, name)));
  if (existing.length > 0 && !ctx.opts.yes) throw new ConflictError('template.exists', { dir, files: existing.join(', ') }, { key: 'template.existsHint' });
  // Wording, no personal data: readable like any office document. Each file whole or not at all.
  ensureFolder(dir);
  for (const name of names) {
    const [report, lang] = name.split('.') as [string, (typeof LANGS)[number]];
    const text =
      report === 'outcome' || report === 'certificate'
        ? readFileSync(join(templatesDir(), name))
        : JSON.stringify({ _comment: translate(lang, 'template.comment'), ...builtInWording(report as (typeof WORDING_REPORTS)[number], lang) }, null, 2) + '\n';
    writeFile(join(dir, name), text, SHAREABLE);
  }
  const result = { dir, files: names.map((name) => join(dir, name)) };
  return { json: result, view: { lines: result.files }, message: ctx.t('template.exported', { dir, n: names.length }) };
}
