// What `--help` shows, in the run's language: commander's titles and usage words translated, each option's
// default said once (by the catalogue), the flags a command cannot do without marked, and after each
// command's options its accepted fields and its examples (catalogue keys help.more.<path> and
// help.examples.<path>). The command files only name their options; everything here works on the tree they
// build, so a new command gets the same treatment the day it is added (test/help.test.ts checks it has).
import { type Command, Help, type HelpConfiguration, type Option } from 'commander';
import { type MessageKey, type Translate, isMessageKey } from '../i18n/index.js';

/** Commander's section titles. */
const TITLES: Record<string, MessageKey> = {
  'Usage:': 'help.title.usage',
  'Options:': 'help.title.options',
  'Global Options:': 'help.title.globalOptions',
  'Commands:': 'help.title.commands',
  'Arguments:': 'help.title.arguments',
};

/** Commander's placeholder words in a usage line ("innolab participant [options] [command]"). */
const USAGE_WORDS: Record<string, MessageKey> = {
  '[options]': 'help.usage.options',
  '[command]': 'help.usage.command',
};

/**
 * Flags a command cannot do without. At a terminal it asks for them, elsewhere it exits 2 naming the flag,
 * so they cannot be commander's mandatory options (commander would refuse before the command could ask).
 */
const REQUIRED_FLAGS: Record<string, readonly string[]> = {
  init: ['--title', '--start'],
  'participant add': ['--name'],
  'idea add': ['--unit', '--title'],
  'commitment add': ['--unit', '--action', '--due'],
};

/** Global options that mean more to one command: listed among its own options, with that meaning. */
const OWN_MEANING: Record<string, Record<string, MessageKey>> = {
  init: { '--lang': 'help.init.lang' },
};

/** "participant import" for that command; "" for the program itself. */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** The help screen's settings, given to the program before its commands are added (they inherit them). */
export function helpConfiguration(t: Translate): HelpConfiguration {
  const word = (text: string) => (USAGE_WORDS[text] ? t(USAGE_WORDS[text]) : text);
  const ownMeaning = (command: Command) => OWN_MEANING[commandPath(command)] ?? {};
  return {
    showGlobalOptions: true,
    styleTitle: (title) => (TITLES[title] ? t(TITLES[title]) : title),
    styleOptionText: word,
    styleSubcommandText: word,
    styleArgumentText: word,
    // The catalogue's description says the default, in the reader's language; commander would add
    // '(default: "50")' in English after it.
    optionDescription: (option) => option.description,
    argumentDescription: (argument) => argument.description,
    visibleOptions(this: Help, command: Command): Option[] {
      const own = ownMeaning(command);
      const globals = Object.keys(own).flatMap((flag) => {
        const option = command.parent?.options.find((o) => o.long === flag);
        return option ? [Object.assign(Object.create(Object.getPrototypeOf(option) as object) as Option, option, { description: t(own[flag]!) })] : [];
      });
      const options = Help.prototype.visibleOptions.call(this, command);
      return [...options.slice(0, -1), ...globals, ...options.slice(-1)];
    },
    visibleGlobalOptions(this: Help, command: Command): Option[] {
      const own = ownMeaning(command);
      return Help.prototype.visibleGlobalOptions.call(this, command).filter((o) => !(o.long && o.long in own));
    },
  };
}

/** Marks the required flags and adds each built command's fields and examples after its help. */
export function addHelpTexts(program: Command, t: Translate): void {
  const visit = (command: Command) => {
    const path = commandPath(command);
    for (const flag of REQUIRED_FLAGS[path] ?? []) {
      const option = command.options.find((o) => o.long === flag);
      if (option) option.description = `${option.description} ${t('help.required')}`;
    }
    const key = path === '' ? 'program' : path.replace(/ /g, '.');
    command.addHelpText('after', () => helpAfter(t, key));
    command.commands.forEach(visit);
  };
  visit(program);
}

/** Written only when help is shown, so building a command costs no more than one listener. */
function helpAfter(t: Translate, key: string): string {
  const sections: string[] = [];
  const more = `help.more.${key}`;
  if (isMessageKey(more)) sections.push(...t(more).split('\n\n').map(section));
  const examples = `help.examples.${key}`;
  if (isMessageKey(examples)) sections.push(section(`${t('help.title.examples')}\n${t(examples)}`));
  // A blank line before each section, as commander leaves between its own.
  return sections.map((s) => `\n${s}`).join('\n');
}

/**
 * A title line, then lines indented under it; a line "term<TAB>text" is an item, its text aligned with the
 * section's other items as commander aligns options.
 */
function section(text: string): string {
  const [title = '', ...lines] = text.split('\n');
  const width = Math.max(0, ...lines.map((line) => (line.includes('\t') ? line.indexOf('\t') : 0)));
  const body = lines.map((line) => {
    const tab = line.indexOf('\t');
    return tab < 0 ? `  ${line}` : `  ${line.slice(0, tab).padEnd(width)}  ${line.slice(tab + 1)}`;
  });
  return [title, ...body].join('\n');
}
