// Import (SPEC §6): 50,000 registration rows through the real CLI (`participant import --json`: parsed,
// validated, duplicates checked, units created, one transaction), against the same file loaded by
// `sqlite3 x.db ".import --csv"` (at most 4×) and `sqlite-utils insert --csv` (must be faster). Each run
// starts from a fresh workshop file / database (prepared outside the timing); the three commands take turns
// so that noise on a shared machine hits each alike; medians are compared.
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDebianPackage, failedRow, installFailure, median, row, runOnce } from './lib.mjs';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 50000);
const RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 9);

const UNITS = [
  'Sekretariat Daerah Kota Tanjungbalai',
  'Bappeda',
  'Dinas Kesehatan',
  'Dinas Pendidikan',
  'Dinas Komunikasi dan Informatika',
  'Dinas Sosial',
  'Inspektorat Kota Tanjungbalai',
  'RSUD Dr. Tengku Mansyur',
  'Kecamatan Datuk Bandar',
  'Kecamatan Teluk Nibung',
];
const FIRST = ['Ahmad', 'Siti', 'Budi', 'Rina', 'Héndra', 'Dewi', 'Rahmat', 'Nurul', 'Agus', 'Fitri', 'Zulkifli', 'Maya'];
const LAST = ['Siregar', 'Nasution', 'Lubis', 'Harahap', 'Simanjuntak', 'Pane', 'Tanjung', 'Hasibuan', 'Sitompul', 'Damanik'];
const TITLES = ['S.Sos', 'S.E., M.Si', 'S.T', 'S.Kom', 'S.H., M.H', 'S.AP'];
const ROLES = ['peserta', 'peserta', 'peserta', 'narasumber', 'fasilitator', 'panitia'];

/** A valid, unique NIP for row i: one of 50+ birth dates × a 3-digit serial; appointed at 24. */
function nip(i) {
  const b = Math.floor(i / 1000);
  const year = 1960 + (b % 35);
  const month = 1 + (b % 12);
  const day = 1 + (b % 28);
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${year}${p(month)}${p(day)} ${year + 24}${p(month)} ${1 + (i % 2)} ${p(i % 1000, 3)}`;
}

/** What a registration form export looks like: quoted names with commas, NIPs with spaces, CRLF. */
function registrationCsv(count) {
  const lines = ['No,Nama Lengkap,NIP,Jabatan,Unit Kerja,No. HP,E-mail,Peran'];
  for (let i = 0; i < count; i++) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i + 1}, ${TITLES[i % TITLES.length]}`;
    const position = i % 7 === 0 ? 'Kepala Bidang' : 'Analis Kebijakan Ahli Muda';
    lines.push(
      [i + 1, `"${name}"`, nip(i), position, UNITS[i % UNITS.length], `0812-${String(1000 + (i % 9000))}-${String(i % 10000).padStart(4, '0')}`, `peserta${i + 1}@example.go.id`, ROLES[i % ROLES.length]].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

async function timed(cmd, args, options) {
  const r = await runOnce(cmd, args, options);
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.code}: ${r.stderr.trim().split('\n').pop()}`);
  return r;
}

export async function run({ workDir, cli, log }) {
  const csvFile = join(workDir, 'registrations.csv');
  writeFileSync(csvFile, registrationCsv(ROWS));
  const template = join(workDir, 'template.innolab');
  await cli.run(['init', template, '--title', 'Laboratorium Inovasi', '--start', '2022-11-07', '--end', '2022-11-09']);

  const peers = {
    sqlite3: ensureDebianPackage('sqlite3', 'sqlite3', log),
    sqliteUtils: ensureDebianPackage('sqlite-utils', 'sqlite-utils', log),
  };
  const times = { ours: [], sqlite3: [], sqliteUtils: [] };
  log(`${ROWS} rows, ${RUNS} runs of each command, taking turns…`);
  for (let i = 0; i < RUNS + 1; i++) {
    const warm = i === 0;
    const file = join(workDir, 'run.innolab');
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    copyFileSync(template, file);
    const ours = await timed(cli.node, cli.argv('-f', file, 'participant', 'import', csvFile, '--json'), { env: cli.env });
    const summary = JSON.parse(ours.stdout);
    if (summary.added !== ROWS) throw new Error(`participant import added ${summary.added} of ${ROWS} rows (${summary.invalid.length} invalid)`);
    if (!warm) times.ours.push(ours.ms);

    if (peers.sqlite3) {
      const db = join(workDir, 'sqlite3.db');
      rmSync(db, { force: true });
      const r = await timed('sqlite3', [db, `.import --csv ${csvFile} t`]);
      if (!warm) times.sqlite3.push(r.ms);
    }
    if (peers.sqliteUtils) {
      const db = join(workDir, 'sqlite-utils.db');
      rmSync(db, { force: true });
      const r = await timed('sqlite-utils', ['insert', db, 't', csvFile, '--csv']);
      if (!warm) times.sqliteUtils.push(r.ms);
    }
  }
  const ours = median(times.ours);
  log(`participant import: median ${ours.toFixed(0)} ms (${times.ours.map((t) => t.toFixed(0)).join(', ')})`);
  const rows = [];
  const name = `participant import, ${ROWS.toLocaleString('en')} rows`;
  if (peers.sqlite3) {
    rows.push(row({ name, value: ours, peer: 'sqlite3 .import --csv', peerValue: median(times.sqlite3), max: 4 }));
  } else rows.push(failedRow(`${name} vs sqlite3`, '≤ 4×', installFailure('sqlite3') ?? 'sqlite3 missing'));
  if (peers.sqliteUtils) {
    const peerValue = median(times.sqliteUtils);
    rows.push(row({ name, value: ours, peer: 'sqlite-utils insert --csv', peerValue, target: '< 1×', met: ours < peerValue }));
  } else rows.push(failedRow(`${name} vs sqlite-utils`, '< 1×', installFailure('sqlite-utils') ?? 'sqlite-utils missing'));
  return rows;
}
