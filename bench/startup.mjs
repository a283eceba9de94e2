// Start-up (SPEC §6): `innolab participant list --json` on a 500-person workshop within 1.5× of bare
// `node -e ''`, and `--help` / `--version` likewise. The commands are run interleaved (node, list, help,
// version, node, list, …) so that noise on a shared machine hits each alike; medians are compared.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { row, timeInterleaved } from './lib.mjs';

const PEOPLE = 500;
const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 25);

const UNITS = ['Bappeda', 'Diskominfo', 'Dinas Kesehatan', 'Dinas Pendidikan', 'Inspektorat', 'BPKPAD', 'Kecamatan Datuk Bandar', 'RSUD Dr. Tengku Mansyur'];
const FIRST = ['Ahmad', 'Siti', 'Budi', 'Rina', 'Hendra', 'Dewi', 'Rahmat', 'Nurul', 'Agus', 'Fitri', 'Zulkifli', 'Maya'];
const LAST = ['Siregar', 'Nasution', 'Lubis', 'Harahap', 'Simanjuntak', 'Pane', 'Tanjung', 'Hasibuan', 'Sitompul', 'Damanik'];

/** A valid NIP: birth date, appointment year-month, gender digit, sequence. */
function nip(i) {
  const year = 1965 + (i % 30);
  const month = String(1 + (i % 12)).padStart(2, '0');
  const day = String(1 + (i % 28)).padStart(2, '0');
  const appointed = `${year + 25}${month}`;
  // The serial number is never 000 in a real NIP (an import takes 000 for Excel's rounding).
  return `${year}${month}${day}${appointed}${1 + (i % 2)}${String((i % 999) + 1).padStart(3, '0')}`;
}

export function people(count) {
  return Array.from({ length: count }, (_, i) => ({
    name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i + 1}, S.Sos`,
    nip: nip(i),
    position: i % 5 === 0 ? 'Kepala' : 'Analis Kebijakan',
    unit: UNITS[i % UNITS.length],
    phone: `0812${String(10000000 + i)}`,
    email: `peserta${i + 1}@tanjungbalaikota.go.id`,
  }));
}

function csv(rows) {
  const quote = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return ['Nama,NIP,Jabatan,OPD,No HP,Email', ...rows.map((p) => [p.name, p.nip, p.position, p.unit, p.phone, p.email].map(quote).join(','))].join('\n') + '\n';
}

/** Until `participant import` exists, the people go straight into the schema. */
function insertDirectly(root, file, rows) {
  const Database = createRequire(join(root, 'package.json'))('better-sqlite3');
  const db = new Database(file);
  const now = '2022-11-01T00:00:00.000Z';
  db.transaction(() => {
    const unitIds = new Map();
    const addUnit = db.prepare('INSERT INTO unit (no, uuid, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    UNITS.forEach((name, i) => unitIds.set(name, addUnit.run(i + 1, randomUUID(), name, now, now).lastInsertRowid));
    const add = db.prepare(
      `INSERT INTO participant (no, uuid, name, nip, position, unit_id, phone, email, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    rows.forEach((p, i) => add.run(i + 1, randomUUID(), p.name, p.nip, p.position, unitIds.get(p.unit), p.phone, p.email, now, now));
  })();
  db.close();
}

async function makeWorkshop({ workDir, cli, log }) {
  const file = join(workDir, 'startup.innolab');
  await cli.run(['init', file, '--title', 'Laboratorium Inovasi', '--start', '2022-11-07', '--end', '2022-11-09']);
  const rows = people(PEOPLE);
  const csvFile = join(workDir, 'peserta.csv');
  writeFileSync(csvFile, csv(rows));
  const imported = await cli.run(['participant', 'import', csvFile, '-f', file, '--json'], { okCodes: [1, 2, 3, 4] });
  if (imported.code !== 0) {
    log(`participant import not usable yet (exit ${imported.code}); inserting ${PEOPLE} people directly`);
    insertDirectly(cli.root, file, rows);
  }
  const list = await cli.run(['participant', 'list', '--json', '-f', file]);
  const count = JSON.parse(list.stdout).length;
  if (count !== PEOPLE) throw new Error(`participant list printed ${count} people, expected ${PEOPLE}`);
  return file;
}

export async function run(options) {
  const { cli, log } = options;
  const file = await makeWorkshop(options);
  log(`timing ${RUNS} interleaved runs of each command…`);
  const node = { cmd: cli.node, args: ['-e', ''], env: cli.env };
  const t = await timeInterleaved(
    {
      node,
      list: { cmd: cli.node, args: cli.argv('participant', 'list', '--json', '-f', file), env: cli.env },
      help: { cmd: cli.node, args: cli.argv('--help'), env: cli.env },
      version: { cmd: cli.node, args: cli.argv('--version'), env: cli.env },
    },
    { runs: RUNS, warmup: 3 },
  );
  const peer = "node -e ''";
  const base = t.node.medianMs;
  return [
    row({ name: `start-up: participant list --json (${PEOPLE} people)`, value: t.list.medianMs, peer, peerValue: base, max: 1.5 }),
    row({ name: 'start-up: --help', value: t.help.medianMs, peer, peerValue: base, max: 1.5 }),
    row({ name: 'start-up: --version', value: t.version.medianMs, peer, peerValue: base, max: 1.5 }),
  ];
}
