// Builds a folder of varied workshop files (test/helpers/workshops.mjs) for the roll-up and push tests.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers/run-cli.js';
// @ts-expect-error -- plain ESM shared with bench/rollup.mjs, no type declarations
import { generateWorkshop } from '../helpers/workshops.mjs';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/** `count` workshop files of 10..10+count*7 people in a fresh folder, named w01.innolab … */
export async function workshopFolder(count: number): Promise<{ dir: string; files: string[] }> {
  const dir = tempDir();
  const template = join(dir, 'template.tmp');
  const init = await runCli(['init', template, '--title', 'Template', '--start', '2022-11-07', '--end', '2022-11-09']);
  if (init.code !== 0) throw new Error(init.stderr);
  const files: string[] = [];
  for (let seed = 0; seed < count; seed++) {
    const file = join(dir, `w${String(seed + 1).padStart(2, '0')}.innolab`);
    (generateWorkshop as (o: object) => void)({ Database, template, file, fixtures: FIXTURES, seed, people: 10 + seed * 7 });
    files.push(file);
  }
  return { dir, files };
}
