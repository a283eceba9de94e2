// Issue #17 (B): every flag and argument of every command, given hostile text (terminal escapes, NUL, a bidi
// override, only zero-width characters, a 100,000-character value), ends in exit 0, 2, 3 or 4 (never 1
// "unexpected failure"), prints no stack trace, and lets no control character or bidi override reach the
// terminal raw. Commands are found by walking the commander tree (as test/batch-conventions.test.ts does),
// so a new command or flag is covered the day it is added.
/* eslint-disable no-control-regex -- the test looks for control characters */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { commandLeaves } from '../helpers/command-leaves.js';
import { pipedIO, refusingPrompter } from '../helpers/piped-io.js';
import { demoWorkshop } from '../helpers/run-cli.js';

/** Not run: demo builds the fixture; push needs a PostgreSQL server. */
const SKIP = new Set(['demo', 'push']);

const HOSTILE = ['Evil\x1b[2J\x1b]0;pwned\x07', 'A\u0000B', 'Dinas\u202eA', '\u200b\u200b\u2060', 'x'.repeat(100_000)];
/** What a terminal must never receive raw (output is not a terminal here, so no colour codes either). */
const RAW = /[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]/;

const leaves = () => commandLeaves(SKIP);

let workDir = '';
let file = '';

async function run(argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const write = (s: string) => (out += s);
  // Each run in a folder of its own: a folder one run wrote (export --out X) is not in the next one's way.
  const cwd = mkdtempSync(join(workDir, 'run-'));
  const io = pipedIO({ cwd, stdout: write, stderr: write });
  (io.stdin as PassThrough).end('');
  const code = await main(argv, io, { prompter: refusingPrompter(), now: () => new Date('2022-11-08T02:00:00.000Z') });
  return { code, out };
}

afterAll(() => rmSync(workDir, { recursive: true, force: true }));
beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'innolab-fuzz-text-'));
  file = join(workDir, 'w.innolab');
  copyFileSync(await demoWorkshop(workDir), file);
}, 120_000);

describe('hostile text in every flag and argument', () => {
  it.each(leaves().map((l) => [l.path.join(' '), l] as const))('%s', async (_name, leaf) => {
    const failures: string[] = [];
    const positional = (replace?: number, value?: string) =>
      leaf.args.filter((a) => a.required || a.variadic).map((a, i) => (i === replace ? value! : a.name === 'field' ? 'venue' : a.name === 'scores' ? 'dampak=4' : '1'));
    const tries: string[][] = [];
    for (const value of HOSTILE) {
      leaf.args.forEach((a, i) => {
        if (a.required || a.variadic) tries.push([...leaf.path, ...positional(i, value)]);
      });
      for (const flag of leaf.valued) tries.push([...leaf.path, ...positional(), flag, value]);
    }
    for (const argv of tries) {
      const r = await run([...argv, '-f', file, '--lang', 'en', '--no-input', '--yes']);
      const shown = argv.map((a) => (a.length > 40 ? `${a.slice(0, 10)}…(${a.length})` : JSON.stringify(a))).join(' ');
      if (r.code === 1 || /^\s+at /m.test(r.out) || r.out.includes('unexpected failure')) failures.push(`${shown} → ${r.code}: ${r.out.trim().split('\n')[0]?.slice(0, 200)}`);
      else if (RAW.test(r.out)) failures.push(`${shown} → raw control or bidi character in the output: ${JSON.stringify(r.out.slice(0, 200))}`);
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
