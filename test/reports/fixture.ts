// A small workshop for the report tests, built through the real commands: units, participants (with
// phones that must never be printed), the signatory, and a mix of present, excused and represented days.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunOptions, runCli } from '../helpers/run-cli.js';

export const PEOPLE = [
  { name: 'Drs. H. Zul Abdiman, M.Si', nip: '196804121993031004', position: 'Kepala Badan', unit: 'Bappeda', phone: '081234567801' },
  { name: 'Héndra Ṣalihah Nasution, S.Kom', nip: '198502172010011002', position: 'Analis Kebijakan', unit: 'Bappeda', phone: '081234567802' },
  { name: 'Siti Aisyah Lubis, S.E., M.M.', nip: '197911032005022001', position: 'Kepala Dinas', unit: 'Dinas Komunikasi dan Informatika', phone: '081234567803' },
  { name: 'Rahmad Hidayat Panjaitan', nip: '', position: 'Pranata Komputer', unit: 'Dinas Komunikasi dan Informatika', phone: '081234567804' },
  { name: 'dr. Nurhayati Simanjuntak, M.Kes', nip: '197507252003122002', position: 'Direktur', unit: 'RSUD Dr. Tengku Mansyur', phone: '081234567805' },
];

export const UNITS = [
  ['Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah', 'Bappeda'],
  ['Dinas Komunikasi dan Informatika', 'Diskominfo'],
  ['RSUD Dr. Tengku Mansyur', 'RSUD'],
] as const;

/**
 * Built once per test file (beforeAll) in its own folder, which `remove()` deletes (afterAll); the shared
 * tempDir() folders are removed after every test, too early for a workshop that several tests read.
 */
export async function reportWorkshop(extraInit: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'innolab-report-'));
  const file = join(dir, 'w.innolab');
  const init = await runCli(['init', file, '--title', 'Laboratorium Inovasi', '--start', '2022-11-07', '--end', '2022-11-09', '--no-input',
    '--organizer', 'Pemerintah Kota Tanjungbalai',
    '--partner', 'LAN RI',
    '--city', 'Tanjungbalai',
    '--venue', 'Aula Sutrisno Hadi Lt. 3, Kantor Wali Kota Tanjungbalai',
    ...extraInit,
  ]);
  if (init.code !== 0) throw new Error(`init failed: ${init.stderr}`);
  const w = {
    dir,
    file,
    run: (argv: string[], options: RunOptions = {}) => runCli(['-f', file, ...argv], { cwd: dir, ...options }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  const must = async (argv: string[]) => {
    const r = await w.run(argv);
    if (r.code !== 0) throw new Error(`${argv.join(' ')} failed (${r.code}): ${r.stderr}`);
    return r;
  };
  for (const [name, short] of UNITS) await must(['unit', 'add', name, '--short', short]);
  const csv = ['Nama,NIP,Jabatan,Unit Kerja,No HP', ...PEOPLE.map((p) => `"${p.name}",${p.nip},${p.position},${p.unit},${p.phone}`)].join('\n');
  writeFileSync(join(w.dir, 'peserta.csv'), csv + '\n');
  await must(['participant', 'import', 'peserta.csv']);
  await must(['workshop', 'set', 'signatory.position', 'Kepala Badan Perencanaan Pembangunan Daerah']);
  await must(['workshop', 'set', 'signatory.name', 'Ir. Rahmat Hidayat Siregar, M.Si']);
  await must(['workshop', 'set', 'signatory.nip', '197203141998031005']);
  // Day 1: everyone but Rahmad; day 2: Zul sends a deputy, Siti is excused; day 3: Héndra and Nurhayati only.
  await must(['checkin', '1', '2', '3', '5', '--day', '1']);
  await must(['checkin', '1', '--day', '2', '--status', 'represented', '--representative', 'Budi Santoso, S.T.']);
  await must(['checkin', '3', '--day', '2', '--status', 'excused', '--note', 'tugas lain']);
  await must(['checkin', '2', '4', '5', '--day', '2']);
  await must(['checkin', '2', '5', '--day', '3']);
  return w;
}
