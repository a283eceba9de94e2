// SPEC §6: "two terminals checking people in at once lose nothing". Two real processes, each running the
// built program 300 times (one `checkin` per person, each opening the file, writing and closing it, as
// separate invocations at two desks would), at the same time against one file.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newWorkshop } from '../helpers/run-cli.js';
import { query } from '../helpers/read-file.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
let bundleDir: string;

beforeAll(async () => {
  // A private build (not dist/, which other work may be rebuilding) under node_modules so that the
  // external packages resolve as they do for the installed program.
  bundleDir = mkdtempSync(join(root, 'node_modules', '.innolab-concurrency-'));
  await build({
    entryPoints: [join(root, 'src/main.ts')],
    outdir: bundleDir,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
    external: ['better-sqlite3', 'pdfkit', '@inquirer/prompts', 'csv-parse', 'cli-progress'],
    banner: { js: "import { createRequire as __innolabRequire } from 'node:module'; const require = __innolabRequire(import.meta.url);" },
  });
});

afterAll(() => {
  if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
});

/** The desk: checks in people first..last one command at a time; reports exit codes, stderr and timing. */
const WORKER = `
import { main } from ${JSON.stringify('__BUNDLE__')};
const [file, first, last] = process.argv.slice(2);
const failures = [];
let stderr = '';
const started = Date.now();
for (let no = Number(first); no <= Number(last); no++) {
  let err = '';
  const io = {
    stdout: { write: () => true },
    stderr: { write: (s) => { err += s; return true; } },
    stdin: process.stdin, stdinIsTTY: false, stdoutIsTTY: false, stderrIsTTY: false,
    columns: 80, env: { INNOLAB_LANG: 'en' }, cwd: process.cwd(),
  };
  // --quiet: the desk's "✓ name" lines stay out of stderr, so whatever is left there is a warning or an error.
  const code = await main(['-f', file, 'checkin', String(no), '--day', '1', '--json', '--quiet'], io);
  if (code !== 0) failures.push({ no, code });
  stderr += err;
}
process.stdout.write(JSON.stringify({ failures, stderr, started, finished: Date.now() }));
`;

interface WorkerResult {
  failures: { no: number; code: number }[];
  stderr: string;
  started: number;
  finished: number;
}

function runWorker(script: string, file: string, first: number, last: number): Promise<WorkerResult & { processStderr: string; exit: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, file, String(first), String(last)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (exit) => {
      try {
        resolve({ ...(JSON.parse(out) as WorkerResult), processStderr: err, exit });
      } catch {
        reject(new Error(`worker ${first}-${last} exited ${exit}: ${err}`));
      }
    });
  });
}

describe('checkin from two processes at once', () => {
  it('records all 600 of two desks checking in 300 different people each, with no error', { timeout: 120_000 }, async () => {
    const { dir, file, run } = await newWorkshop(['--lang', 'en']);
    const csv = ['Nama,OPD', ...Array.from({ length: 600 }, (_, i) => `Peserta Uji ${i + 1},Dinas ${(i % 12) + 1}`)].join('\n');
    writeFileSync(join(dir, 'peserta.csv'), csv);
    const imported = await run(['participant', 'import', 'peserta.csv', '--json']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(query(file, 'SELECT COUNT(*) AS n FROM participant')).toEqual([{ n: 600 }]);

    const script = join(dir, 'desk.mjs');
    writeFileSync(script, WORKER.replace('__BUNDLE__', join(bundleDir, 'main.js')));
    const [a, b] = await Promise.all([runWorker(script, file, 1, 300), runWorker(script, file, 301, 600)]);

    for (const desk of [a, b]) {
      expect(desk.exit).toBe(0);
      expect(desk.failures).toEqual([]);
      expect(desk.stderr).toBe('');
      expect(desk.processStderr).toBe('');
    }
    // Genuinely at the same time: each desk started before the other finished.
    expect(a.started).toBeLessThan(b.finished);
    expect(b.started).toBeLessThan(a.finished);

    const rows = query<{ no: number }>(file, "SELECT p.no FROM attendance a JOIN participant p ON p.id = a.participant_id WHERE a.date = '2022-11-07' AND a.status = 'present' ORDER BY p.no");
    expect(rows.map((r) => r.no)).toEqual(Array.from({ length: 600 }, (_, i) => i + 1));
    expect(query(file, "SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'attendance'")).toEqual([{ n: 600 }]);
  });
});
