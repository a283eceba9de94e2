// SPEC §7: 300 scans through one `checkin --scan` (codes on stdin, one process) in less than 20× the time of
// one `checkin <no>`. Both are timed in the same run, alternating (one check-in, the 300 scans, …), on a
// 300-person workshop; before each scan run the day's records are cleared (untimed) so every scan writes.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, row, runOnce } from './lib.mjs';
import { people } from './startup.mjs';

const PEOPLE = 300;
const RUNS = Number(process.env.BENCH_SCAN_RUNS ?? 7);

function csv(rows) {
  // No NIP: what is timed is the scan, and the generated NIPs need not pass every import check.
  return ['Nama,Jabatan,OPD', ...rows.map((p) => [`"${p.name}"`, p.position, p.unit].join(','))].join('\n') + '\n';
}

export async function run({ workDir, cli, log }) {
  const file = join(workDir, 'scan.innolab');
  await cli.run(['init', file, '--title', 'Laboratorium Inovasi', '--start', '2022-11-07', '--end', '2022-11-09']);
  const csvFile = join(workDir, 'peserta.csv');
  writeFileSync(csvFile, csv(people(PEOPLE)));
  await cli.run(['participant', 'import', csvFile, '-f', file]);
  // The badge codes, as `report badges` prints them (domain/badge-code.ts).
  const Database = createRequire(join(cli.root, 'package.json'))('better-sqlite3');
  const db = new Database(file);
  const workshop = db.prepare('SELECT uuid FROM workshop').get().uuid;
  const codes = db.prepare('SELECT uuid FROM participant ORDER BY no').all().map((p) => `INNOLAB:${workshop}:${p.uuid}`.toUpperCase());
  db.close();
  if (codes.length !== PEOPLE) throw new Error(`${codes.length} people imported, expected ${PEOPLE}`);
  const input = codes.join('\n') + '\n';

  log(`timing ${RUNS} runs of one checkin and of ${PEOPLE} scans in one checkin --scan…`);
  const one = [];
  const scans = [];
  for (let i = 0; i < RUNS + 1; i++) {
    // A different person each time, on day 2, so that each run writes a record.
    const single = await runOnce(cli.node, cli.argv('checkin', String(i + 1), '--day', '2', '-f', file), { env: cli.env });
    const clear = new Database(file);
    clear.prepare("DELETE FROM attendance WHERE date = '2022-11-07'").run();
    clear.close();
    const batch = await runOnce(cli.node, cli.argv('checkin', '--scan', '--day', '1', '--json', '-f', file), { env: cli.env, input });
    if (single.code !== 0) throw new Error(`checkin exited ${single.code}: ${single.stderr}`);
    if (batch.code !== 0) throw new Error(`checkin --scan exited ${batch.code}: ${batch.stderr}`);
    const checkedIn = batch.stdout.trim().split('\n').filter((l) => JSON.parse(l).result === 'checked_in').length;
    if (checkedIn !== PEOPLE) throw new Error(`checkin --scan checked in ${checkedIn} of ${PEOPLE}`);
    if (i === 0) continue; // warm-up
    one.push(single.ms);
    scans.push(batch.ms);
  }
  return [row({ name: `checkin --scan: ${PEOPLE} codes on stdin`, value: median(scans), peer: 'one checkin', peerValue: median(one), max: 20 })];
}
