// SPEC §6, reports: the attendance sheet of 1,000 people in at most a third of the time LibreOffice takes to
// turn the same list (as CSV) into a PDF; 10× the rows at most 11× the time; peak memory reported.
//
// Workshops of 1,000 and 10,000 generated participants are written with bulk SQL into files made by
// `innolab init` (the import path has its own benchmark). Both sides are timed in the same run, interleaved
// (ours, LibreOffice, ours, …) so machine noise hits each alike; peak RSS comes from GNU time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureDebianPackage, failedRow, installFailure, median, row, runOnce } from './lib.mjs';

const RUNS = 5;
const FIRST = ['Ahmad', 'Siti', 'Rahmat', 'Nur', 'Budi', 'Dewi', 'Hendra', 'Rina', 'Zulkifli', 'Aisyah', 'Fauzi', 'Yusnita', 'Irwan', 'Lestari', 'Syahrul', 'Ratna', 'Héndra', 'Ṣalihah'];
const LAST = ['Siregar', 'Nasution', 'Lubis', 'Harahap', 'Simanjuntak', 'Panjaitan', 'Pohan', 'Tanjung', 'Daulay', 'Rangkuti', 'Hasibuan', 'Ritonga'];
const PREFIX = ['', '', '', 'Drs. ', 'H. ', 'Hj. ', 'Ir. ', 'dr. '];
const SUFFIX = ['', ', S.E.', ', S.Kom', ', M.Si', ', S.H., M.H.', ', S.T.', ', M.Kes', ', S.Sos'];
const POSITIONS = ['Kepala Dinas', 'Sekretaris', 'Kepala Bidang Perencanaan dan Pengendalian', 'Analis Kebijakan Ahli Muda', 'Pranata Komputer', 'Camat', 'Kepala Subbagian Umum dan Kepegawaian'];
/** [name, short name] as offices register them (fixtures/units.csv); sheets print the short name. */
const UNITS = [
  ['Sekretariat Daerah Kota Tanjungbalai', 'Setda'],
  ['Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah', 'Bappeda'],
  ['Badan Pengelolaan Keuangan dan Pendapatan Daerah', 'BPKPD'],
  ['Dinas Komunikasi dan Informatika', 'Diskominfo'],
  ['Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil'],
  ['Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DPMPTSP'],
  ['Dinas Kesehatan', 'Dinkes'],
  ['RSUD Dr. Tengku Mansyur', 'RSUD'],
  ['Kecamatan Datuk Bandar', 'Kec. Datuk Bandar'],
  ['Inspektorat Kota Tanjungbalai', 'Inspektorat'],
];

/** The i-th generated person: a plausible name, a valid NIP (birth date, appointment, gender, serial). */
function person(i) {
  const name = `${PREFIX[i % PREFIX.length]}${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}${SUFFIX[(i * 3) % SUFFIX.length]}`;
  const year = 1965 + (i % 30);
  const month = String(1 + (i % 12)).padStart(2, '0');
  const day = String(1 + (i % 28)).padStart(2, '0');
  const nip = `${year}${month}${day}${year + 25}${month}${1 + (i % 2)}${String(Math.floor(i / 336) % 1000).padStart(3, '0')}`;
  const [unit, short] = UNITS[i % UNITS.length];
  return { name, nip, position: POSITIONS[i % POSITIONS.length], unit, short };
}

async function makeWorkshop(cli, workDir, count) {
  const file = join(workDir, `w${count}.innolab`);
  rmSync(file, { force: true });
  await cli.run(['init', file, '--title', 'Laboratorium Inovasi Pemerintah Kota Tanjungbalai', '--start', '2022-11-07', '--end', '2022-11-09',
    '--organizer', 'Pemerintah Kota Tanjungbalai', '--partner', 'LAN RI', '--city', 'Tanjungbalai', '--venue', 'Aula Sutrisno Hadi Lt. 3']);
  const require = createRequire(pathToFileURL(join(cli.root, 'package.json')).href);
  const Database = require('better-sqlite3');
  const db = new Database(file);
  const now = '2022-11-01T00:00:00.000Z';
  const people = Array.from({ length: count }, (_, i) => person(i));
  db.transaction(() => {
    const unit = db.prepare('INSERT INTO unit (no, uuid, name, short_name, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    UNITS.forEach(([name, short], i) => unit.run(i + 1, `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, name, short, 'dinas', now, now));
    const insert = db.prepare(
      `INSERT INTO participant (no, uuid, name, nip, position, unit_id, role, phone, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, (SELECT id FROM unit WHERE name = ?), 'peserta', ?, ?, ?)`,
    );
    const mark = db.prepare(
      `INSERT INTO attendance (uuid, participant_id, date, status, note, representative, created_at, updated_at)
       VALUES (?, ?, '2022-11-07', ?, ?, ?, ?, ?)`,
    );
    people.forEach((p, i) => {
      const id = insert.run(i + 1, `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`, p.name, p.nip, p.position, p.unit, `0812${String(i).padStart(8, '0')}`, now, now).lastInsertRowid;
      if (i % 10 === 3) return; // absent
      const status = i % 10 === 5 ? 'excused' : i % 10 === 7 ? 'represented' : 'present';
      mark.run(`20000000-0000-4000-8000-${String(i).padStart(12, '0')}`, id, status, status === 'excused' ? 'tugas lain' : null, status === 'represented' ? 'Budi Santoso, S.T.' : null, now, now);
    });
  })();
  db.close();
  // The same list as a secretary would hand LibreOffice: the sheet's columns, by unit then name.
  const sorted = people.map((p, i) => ({ ...p, i })).sort((a, b) => a.unit.localeCompare(b.unit) || a.name.localeCompare(b.name));
  const csv = ['No,Nama,NIP,Jabatan,Unit Kerja,Tanda Tangan', ...sorted.map((p, n) => [n + 1, p.name, p.nip, p.position, p.short, `${n + 1}.`].map((v) => `"${String(v).replace(/"/g, '""')}"`).join(','))];
  const csvFile = join(workDir, `daftar-hadir-${count}.csv`);
  writeFileSync(csvFile, csv.join('\n') + '\n');
  return { file, csvFile };
}

export async function run({ workDir, cli, log }) {
  const rows = [];
  const sizes = [1000, 10000];
  const data = {};
  for (const n of sizes) {
    log(`generating a workshop of ${n} participants…`);
    data[n] = await makeWorkshop(cli, workDir, n);
  }
  const env = { ...cli.env, SOURCE_DATE_EPOCH: '1668000000' };
  const ours = (n) => ({ cmd: cli.node, args: cli.argv('-f', data[n].file, 'report', 'attendance', '--day', '1', '--out', join(workDir, `ours-${n}.pdf`)) });

  ensureDebianPackage('time', 'time', log); // GNU time for peak memory
  const hasOffice = ensureDebianPackage('soffice', 'libreoffice-calc-nogui', log);
  const profile = join(workDir, 'lo-profile');
  const loOut = join(workDir, 'lo');
  mkdirSync(loOut, { recursive: true });
  const lo = (n) => ({
    cmd: 'soffice',
    args: [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', loOut, data[n].csvFile],
  });
  if (hasOffice) {
    log('warming up LibreOffice (first start writes its profile)…');
    spawnSync(lo(1000).cmd, lo(1000).args, { stdio: 'ignore', env });
  }

  // The fixed part of every report (node, the program, pdfkit and fontkit, fonts, one page): an empty sheet.
  const empty = join(workDir, 'w0.innolab');
  rmSync(empty, { force: true });
  await cli.run(['init', empty, '--title', 'Kosong', '--start', '2022-11-07']);
  const emptyArgs = cli.argv('-f', empty, 'report', 'attendance', '--day', '1', '--blank-rows', '0', '--out', join(workDir, 'empty.pdf'));

  // Interleaved: ours(1000), ours(10000), ours(empty), LibreOffice(1000), repeated.
  const times = { o1: [], lo: [], o10: [], fixed: [] };
  const peak = { 1000: 0, 10000: 0 };
  await runOnce(ours(1000).cmd, ours(1000).args, { env }); // warm the page cache
  for (let i = 0; i < RUNS; i++) {
    for (const [key, n] of [['o1', 1000], ['o10', 10000]]) {
      const r = await runOnce(ours(n).cmd, ours(n).args, { env, rss: true });
      if (r.code !== 0) throw new Error(`report attendance (${n}) exited ${r.code}: ${r.stderr.trim().split('\n').pop()}`);
      times[key].push(r.ms);
      if (r.peakRssKb) peak[n] = Math.max(peak[n], r.peakRssKb);
    }
    times.fixed.push((await runOnce(cli.node, emptyArgs, { env, rss: true })).ms);
    if (hasOffice) {
      const c = lo(1000);
      const r = await runOnce(c.cmd, c.args, { env, rss: true });
      if (r.code !== 0 || !existsSync(join(loOut, 'daftar-hadir-1000.pdf'))) throw new Error(`soffice exited ${r.code}: ${r.stderr.trim().split('\n').pop()}`);
      times.lo.push(r.ms);
    }
  }
  const o1 = median(times.o1);
  const o10 = median(times.o10);
  const pages = (n) => {
    const info = spawnSync('pdfinfo', [join(workDir, `ours-${n}.pdf`)], { encoding: 'utf8' });
    return /Pages:\s+(\d+)/.exec(info.stdout ?? '')?.[1] ?? '?';
  };
  log(`ours: 1,000 rows ${o1.toFixed(0)} ms (${pages(1000)} pages, ${(statSync(join(workDir, 'ours-1000.pdf')).size / 1024).toFixed(0)} kB); 10,000 rows ${o10.toFixed(0)} ms (${pages(10000)} pages)`);
  if (hasOffice) {
    const l = median(times.lo);
    log(`LibreOffice: 1,000 rows ${l.toFixed(0)} ms`);
    const note = `${pages(1000)} pages; an empty sheet (start-up, pdfkit, fonts) takes ${median(times.fixed).toFixed(0)} ms`;
    rows.push(row({ name: 'report attendance, 1,000 people', value: o1, peer: 'soffice --convert-to pdf (CSV)', peerValue: l, max: 1 / 3, target: '≤ 0.33×', note }));
  } else {
    rows.push(failedRow('report attendance, 1,000 people vs LibreOffice', '≤ 0.33×', installFailure('soffice') ?? 'LibreOffice not available'));
  }
  rows.push(row({ name: 'report attendance, 10,000 vs 1,000 people', value: o10, peer: 'ours, 1,000 people', peerValue: o1, max: 11, target: '≤ 11×' }));
  if (peak[1000] && peak[10000]) {
    rows.push(
      row({ name: 'report attendance peak memory, 10,000 people', value: peak[10000], unit: 'kB', peer: 'ours, 1,000 people', peerValue: peak[1000], target: 'reported', met: true }),
    );
  } else {
    rows.push(failedRow('report attendance peak memory', 'reported', 'GNU time (/usr/bin/time, Debian package time) is not installed'));
  }
  return rows;
}
