// main.ts builds only the command a command line names (start-up time, SPEC §6). Whatever the command line
// looks like, the result must be what it was with every command built.
import { describe, expect, it } from 'vitest';
import { Context } from '../src/cli/context.js';
import { buildProgram } from '../src/main.js';
import { pipedIO } from './helpers/piped-io.js';
import { newWorkshop, runCli } from './helpers/run-cli.js';

describe('building only the named command', () => {
  it('builds that command alone, and every command for help or a command it does not know', () => {
    const names = (argv: string[]) => buildProgram(new Context(pipedIO()), argv).commands.map((c) => c.name());
    expect(names(['-f', 'w.innolab', 'participant', 'list', '--json'])).toEqual(['participant']);
    expect(names(['--help']).length).toBeGreaterThan(15);
    expect(names(['particpant', 'list']).length).toBeGreaterThan(15);
  });

  it('global options before the command, with values or =, still reach it', async () => {
    const w = await newWorkshop(['--lang', 'en']);
    expect((await w.run(['participant', 'add', '--name', 'Siti Rahmah, S.E.'])).code).toBe(0);
    for (const argv of [
      ['-f', w.file, '--json', 'participant', 'list'],
      ['--file', w.file, '--lang', 'en', 'participant', 'list', '--json'],
      [`--file=${w.file}`, '-q', 'participant', 'list', '--json'],
      ['--no-color', '--no-input', 'participant', 'list', '--json', '-f', w.file],
    ]) {
      const r = await runCli(argv);
      expect(r.code, `${argv.join(' ')}: ${r.stderr}`).toBe(0);
      expect(r.json<{ name: string }[]>().map((p) => p.name)).toEqual(['Siti Rahmah, S.E.']);
    }
  });

  it('a file or language value that is also a command name is not taken for the command', async () => {
    const w = await newWorkshop(['--lang', 'en']);
    const r = await runCli(['--lang', 'en', '-f', 'status', 'check'], { cwd: w.dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('status does not exist');
  });

  it('a cluster of short options still finds its command', async () => {
    const w = await newWorkshop(['--lang', 'en']);
    const r = await runCli(['-qf', w.file, 'check', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json<{ ok: boolean }>().ok).toBe(true);
  });

  it('a mistyped command is still suggested, and help lists every command', async () => {
    const typo = await runCli(['--lang', 'en', 'particpant', 'list']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('(Did you mean participant?)');
    const help = await runCli(['--lang', 'en', '--help']);
    for (const name of ['init', 'participant', 'checkin', 'report', 'backup', 'demo']) expect(help.stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    const helpFor = await runCli(['--lang', 'en', 'help', 'backup']);
    expect(helpFor.stdout).toContain('Usage: innolab backup [options] <dest>');
  });
});
