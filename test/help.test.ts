// What a person reads in --help (issue #12): every command has examples that run as written, lists the
// fields and values it accepts, says each default once, marks the flags it cannot do without, and speaks one
// language. Commands are discovered from the commander tree, so a new command is held to this the day it
// is added. Also: hints print the command as this person types it (innolab, or npx innolab).
import type { Command, Option } from 'commander';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Context } from '../src/cli/context.js';
import { programCommand } from '../src/cli/io.js';
import { buildProgram } from '../src/main.js';
import { pipedIO } from './helpers/piped-io.js';
import { newWorkshop, runCli, tempDir } from './helpers/run-cli.js';

type Lang = 'id' | 'en';
const LANGS: Lang[] = ['id', 'en'];
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORDS = {
  id: { examples: 'Contoh:', options: 'Opsi:', globalOptions: 'Opsi global:', required: '(wajib)', default: 'bawaan' },
  en: { examples: 'Examples:', options: 'Options:', globalOptions: 'Global Options:', required: '(required)', default: 'default' },
} as const;

/** The whole tree as `innolab --help` builds it: the program itself first (path []), then every command. */
function commands(lang: Lang): { path: string[]; command: Command }[] {
  const program = buildProgram(new Context(pipedIO()), ['--lang', lang]);
  const found: { path: string[]; command: Command }[] = [{ path: [], command: program }];
  const walk = (parent: Command, path: string[]) => {
    for (const command of parent.commands) {
      found.push({ path: [...path, command.name()], command });
      walk(command, [...path, command.name()]);
    }
  };
  walk(program, []);
  return found;
}

const TREE = { id: commands('id'), en: commands('en') };
const CASES = LANGS.flatMap((lang) => TREE[lang].map(({ path }) => [lang, path.join(' ') || '(innolab)', path] as const));

async function help(path: readonly string[], lang: Lang, env: Record<string, string> = {}): Promise<string> {
  const r = await runCli([...path, '--help', '--lang', lang], { env });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

/** The lines under a title of the help screen, up to the next blank line. */
function sectionLines(text: string, title: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(title);
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && line.trim() === '');
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** Splits a command line as a POSIX shell would for these examples: words, "double" and 'single' quotes. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const m of line.matchAll(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g)) words.push(m[0].replace(/"([^"]*)"|'([^']*)'/g, '$1$2'));
  return words;
}

/** Reads one example line against the tree: the command it runs, and what that command would not take. */
function readExample(line: string, program: Command): { path: string; problems: string[] } {
  const words = shellWords(line);
  if (words[0] === 'npx') words.shift();
  if (words.shift() !== 'innolab') return { path: '', problems: [`${line}: does not start with the program`] };
  let command = program;
  const positionals: string[] = [];
  const problems: string[] = [];
  const known = (flag: string): Option | undefined => {
    for (let c: Command | null = command; c; c = c.parent) {
      const option = c.options.find((o) => o.long === flag || o.short === flag);
      if (option) return option;
    }
    return undefined;
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.startsWith('-')) {
      const [flag, inline] = word.split('=');
      const option = known(flag!);
      if (!option) problems.push(`${line}: ${command.name()} has no ${flag}`);
      else if ((option.required || option.optional) && inline === undefined) i++;
      continue;
    }
    const sub = positionals.length === 0 ? command.commands.find((c) => c.name() === word) : undefined;
    if (sub) command = sub;
    else positionals.push(word);
  }
  const args = command.registeredArguments;
  const most = args.some((a) => a.variadic) ? Infinity : args.length;
  const least = args.filter((a) => a.required).length;
  if (positionals.length < least || positionals.length > most) problems.push(`${line}: ${positionals.length} arguments for ${command.name()}`);
  if (command.commands.length > 0) problems.push(`${line}: names no verb of ${command.name()}`);
  const path: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) path.unshift(c.name());
  return { path: path.join(' '), problems };
}

describe('--help', () => {
  it.each(CASES)('%s %s has examples that run as written', async (lang, _name, path) => {
    const text = await help(path, lang);
    const examples = sectionLines(text, WORDS[lang].examples);
    const commandLines = examples.filter((line) => !line.trimStart().startsWith('#')).map((line) => line.trim());
    expect(commandLines.length, `${path.join(' ')}: no examples`).toBeGreaterThan(0);
    const read = commandLines.map((line) => readExample(line, TREE[lang][0]!.command));
    expect(read.flatMap((example) => example.problems)).toEqual([]);
    const own = read.filter((example) => example.path === path.join(' ') || (example.path.startsWith(`${path.join(' ')} `) && path.length > 0));
    expect(path.length === 0 || own.length > 0, `${path.join(' ')}: no example runs it`).toBe(true);
    expect(examples.some((line) => line.trimStart().startsWith('# ')), `${path.join(' ')}: examples say what they do`).toBe(true);
  });

  it.each(CASES)("%s %s is in one language and says each default once, in the catalogue's words", async (lang, _name, path) => {
    const text = await help(path, lang);
    const other = lang === 'id' ? 'en' : 'id';
    // commander's own '(default: "50")' is never added after the catalogue's '(bawaan: 50)'.
    expect(text).not.toMatch(/\(default: "/);
    expect(text).not.toContain(`(${WORDS[other].default}:`);
    if (lang === 'id') for (const english of ['Usage:', '[options]', '[command]', 'Options:', 'Arguments:', 'Commands:', 'Examples:']) expect(text).not.toContain(english);
    const command = TREE[lang].find((c) => c.path.join(' ') === path.join(' '))!.command;
    for (const option of command.options) {
      if (option.defaultValue === undefined || typeof option.defaultValue === 'boolean') continue;
      const value = String(option.defaultValue as string | number);
      expect(option.description, `${option.long}: its default`).toMatch(new RegExp(`\\(${WORDS[lang].default}: [^)]*${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }
  });

  it('workshop set lists every field it accepts, in both languages', async () => {
    const w = await newWorkshop();
    const error = await w.run(['workshop', 'set', 'no-such-field', 'x', '--lang', 'en']);
    expect(error.code).toBe(2);
    const fields = /choose one of: (.+)$/m.exec(error.stderr)?.[1]?.split(', ') ?? [];
    expect(fields).toEqual(expect.arrayContaining(['title', 'start', 'end', 'lang', 'signatory.name', 'signatory.nip']));
    for (const lang of LANGS) {
      const text = await help(['workshop', 'set'], lang);
      expect(text).not.toContain('…');
      const listed = sectionLines(text, lang === 'id' ? 'Bidang:' : 'Fields:').map((line) => line.trim().split(/\s{2,}/)[0]!.split(', ')[0]);
      expect(listed, lang).toEqual(expect.arrayContaining(fields));
    }
  });

  it.each([
    ['participant', ['name', 'nip', 'position', 'unit', 'phone', 'email', 'role']],
    ['unit', ['name', 'short', 'kind']],
  ] as const)('%s import lists the fields --map accepts, in both languages', async (noun, expected) => {
    const w = await newWorkshop();
    const error = await w.run([noun, 'import', join(w.dir, 'x.csv'), '--map', 'no-such-field=Kolom', '--lang', 'en']);
    expect(error.code, error.stderr).toBe(2);
    const fields = /fields: (.+)$/m.exec(error.stderr)?.[1]?.split(', ') ?? [];
    expect(fields).toEqual([...expected]);
    for (const lang of LANGS) {
      const text = await help([noun, 'import'], lang);
      const title = text.split('\n').find((line) => line.includes('--map') && line.endsWith(':'));
      expect(title, `${lang}: a section of --map fields`).toBeDefined();
      const listed = sectionLines(text, title!).map((line) => line.trim().split(/\s{2,}/)[0]);
      expect(listed, lang).toEqual(expect.arrayContaining(fields));
    }
  });

  it.each(LANGS)('init (%s) shows --lang among its own options and marks the flags it needs', async (lang) => {
    const text = await help(['init'], lang);
    const own = sectionLines(text, WORDS[lang].options);
    const globals = sectionLines(text, WORDS[lang].globalOptions);
    expect(own.find((line) => line.trimStart().startsWith('--lang'))).toMatch(lang === 'id' ? /bahasa lokakarya/ : /language of the workshop/);
    expect(globals.some((line) => line.trimStart().startsWith('--lang'))).toBe(false);
    const required = own.filter((line) => line.includes(WORDS[lang].required)).map((line) => line.trim().split(' ')[0]);
    expect(required).toEqual(['--title', '--start']);
  });

  it('a flag marked required is one the command asks for, or names when it cannot ask', async () => {
    const dir = tempDir();
    expect((await runCli(['init', join(dir, 'a.innolab'), '--no-input', '--lang', 'en'])).stderr).toMatch(/pass --title\n$/);
    expect((await runCli(['init', join(dir, 'a.innolab'), '--title', 'Lab', '--no-input', '--lang', 'en'])).stderr).toMatch(/pass --start\n$/);
    const w = await newWorkshop(['--lang', 'en']);
    for (const { path, command } of TREE.en) {
      const marked = command.options.filter((o) => o.description.endsWith(WORDS.en.required)).map((o) => o.long!);
      if (marked.length === 0 || path[0] === 'init') continue;
      const r = await w.run([...path, '--no-input']);
      expect(r.code, `${path.join(' ')}: ${r.stderr}`).toBe(2);
      expect(marked.some((flag) => r.stderr.includes(`pass ${flag}`)), `${path.join(' ')}: ${r.stderr}`).toBe(true);
    }
  });
});

describe('the command a hint prints', () => {
  const bin = join(ROOT, 'bin', 'innolab.js');

  it('is npx innolab when the innolab on the PATH is not this program', () => {
    expect(programCommand({}, ROOT)).toBe('npx innolab');
    const other = tempDir();
    writeFileSync(join(other, 'elsewhere.js'), '');
    symlinkSync(join(other, 'elsewhere.js'), join(other, 'innolab'));
    expect(programCommand({ PATH: other }, ROOT)).toBe('npx innolab');
    // npx and package scripts put a project's node_modules/.bin on the PATH for that run only.
    const project = join(tempDir(), 'node_modules', '.bin');
    mkdirSync(project, { recursive: true });
    symlinkSync(bin, join(project, 'innolab'));
    expect(programCommand({ PATH: project }, ROOT)).toBe('npx innolab');
  });

  it('is innolab when the PATH leads to this program (npm install -g, npm link)', () => {
    const linked = tempDir();
    symlinkSync(bin, join(linked, 'innolab'));
    expect(programCommand({ PATH: ['/nowhere', linked].join(process.platform === 'win32' ? ';' : ':') }, ROOT)).toBe('innolab');
  });

  it.skipIf(process.platform === 'win32')('is innolab for a global install whose bin is a script (<prefix>/lib/node_modules/innolab)', () => {
    const prefix = tempDir();
    mkdirSync(join(prefix, 'lib', 'node_modules'), { recursive: true });
    mkdirSync(join(prefix, 'bin'));
    symlinkSync(ROOT, join(prefix, 'lib', 'node_modules', 'innolab'));
    writeFileSync(join(prefix, 'bin', 'innolab'), '#!/bin/sh\nexec node "$(dirname "$0")/../lib/node_modules/innolab/bin/innolab.js" "$@"\n');
    chmodSync(join(prefix, 'bin', 'innolab'), 0o755);
    expect(programCommand({ PATH: join(prefix, 'bin') }, ROOT)).toBe('innolab');
  });

  it('is what every hint, "Next:" line and example shows', async () => {
    const dir = tempDir();
    const missing = join(dir, 'missing.innolab');
    const fromCheckout = await runCli(['-f', missing, 'status', '--lang', 'en']);
    expect(fromCheckout.stderr).toContain(`create it with: npx innolab init ${missing} --title`);
    const linked = tempDir();
    symlinkSync(join(ROOT, 'bin', 'innolab.js'), join(linked, 'innolab'));
    const installed = await runCli(['-f', missing, 'status', '--lang', 'en'], { env: { PATH: linked } });
    expect(installed.stderr).toContain(`create it with: innolab init ${missing} --title`);
    const init = await runCli(['init', join(dir, 'w.innolab'), '--title', 'Lab', '--start', '2022-11-07', '--lang', 'en'], { env: { PATH: linked } });
    expect(init.stderr).toContain(`Next: innolab -f ${join(dir, 'w.innolab')} participant import`);
    expect(await help(['status'], 'en', { PATH: linked })).toMatch(/^ {2}innolab status$/m);
  });
});
