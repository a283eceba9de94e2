import type { Command } from 'commander';
import type { Translate } from '../i18n/index.js';

/** The flags every CSV import shares, as commander hands them to the action. */
export interface CsvImportFlags {
  map?: string[];
  delimiter?: string;
  encoding?: string;
  sheet?: string;
  skipInvalid?: boolean;
  dryRun?: boolean;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * Adds the reading flags of `participant import` and `unit import` (--map, --delimiter, --encoding) and the
 * all-or-nothing flags (--skip-invalid, --dry-run), so the imports cannot drift apart.
 */
export function addCsvImportOptions(command: Command, t: Translate, options: { map?: boolean } = {}): Command {
  if (options.map !== false) command.option('--map <field=header>', t('help.import.map'), collect);
  return command
    .option('--delimiter <char>', t('help.import.delimiter'))
    .option('--encoding <encoding>', t('help.import.encoding'))
    .option('--sheet <name>', t('help.import.sheet'))
    .option('--skip-invalid', t('help.import.skipInvalid'))
    .option('--dry-run', t('help.import.dryRun'));
}
