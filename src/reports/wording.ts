// The wording of the daftar hadir, the recap and the RTL matrix, which an office may override like the outcome
// report's and the certificate's: <templates>/<report>.<lang>.json holds catalogue keys and their text
// ({ "report.attendance.title": "Daftar Hadir Peserta Lokakarya", … }). Keys left out keep the built-in text.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { type Lang, allMessages } from '../i18n/index.js';

export const WORDING_REPORTS = ['attendance', 'recap', 'commitments'] as const;
export type WordingReport = (typeof WORDING_REPORTS)[number];

/** The heading, signature and page-number words every report prints. */
const COMMON = ['report.label.', 'report.partner', 'report.page', 'report.signature.', 'report.kop.', 'report.nip', 'report.unsigned', 'report.rowContinued'];
const PREFIXES: Record<WordingReport, readonly string[]> = {
  attendance: ['report.attendance.', 'report.col.', ...COMMON],
  recap: ['report.recap.', 'report.col.', ...COMMON],
  commitments: ['matrix.', 'outcome.commitmentStatus.', 'outcome.overdueDay', ...COMMON],
};

/** The catalogue keys a report's template may hold, in catalogue order. */
export function wordingKeys(report: WordingReport): string[] {
  return Object.keys(allMessages()).filter((key) => PREFIXES[report].some((prefix) => key.startsWith(prefix)));
}

/** The built-in wording of a report in one language, as `template export` writes it. */
export function builtInWording(report: WordingReport, lang: Lang): Record<string, string> {
  const messages = allMessages();
  return Object.fromEntries(wordingKeys(report).map((key) => [key, messages[key]![lang]]));
}

/**
 * The overrides in `<dir>/<report>.<lang>.json` (none without a folder or a file). A file that is not JSON,
 * a key the report does not use, or a value that is not text: exit 2 naming the file and the key.
 */
export function readWording(dir: string | null | undefined, report: WordingReport, lang: Lang): Record<string, string> | undefined {
  if (!dir) return undefined;
  const file = join(dir, `${report}.${lang}.json`);
  if (!existsSync(file)) return undefined;
  let root: unknown;
  try {
    root = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError('report.error.templateFile', { file, problem: error instanceof SyntaxError ? error.message : String((error as NodeJS.ErrnoException).code ?? error) });
  }
  if (!root || typeof root !== 'object' || Array.isArray(root)) throw new UsageError('report.error.templateFile', { file, problem: '{ … }' });
  const known = new Set(wordingKeys(report));
  const wording: Record<string, string> = {};
  for (const [key, value] of Object.entries(root as Record<string, unknown>)) {
    if (key.startsWith('_')) continue;
    if (!known.has(key) || typeof value !== 'string') throw new UsageError('report.error.templateKey', { file, key });
    wording[key] = value;
  }
  return wording;
}

/** `<dir>/<name>` when the office's folder has it, else the built-in template's path. */
export function templateFile(dir: string | null | undefined, name: string, builtIn: string): string {
  if (dir && existsSync(join(dir, name))) return join(dir, name);
  return join(builtIn, name);
}
