// A small English-language workshop (7–9 November 2022) with four people in three units, for the
// checkin and attendance tests.
import { query } from '../helpers/read-file.js';
import { newWorkshop } from '../helpers/run-cli.js';

export const PEOPLE = [
  { name: 'Drs. H. Zul Abdiman, M.Si', nip: '19680412 199303 1 004', unit: 'Bappeda', position: 'Kepala Badan' },
  { name: 'Sari Dewi Lubis, S.Kom', nip: '197501052000122003', unit: 'Diskominfo', position: 'Kepala Bidang Aplikasi Informatika' },
  { name: 'Sari Rahmawati, S.E.', nip: null, unit: 'Dinkes', position: 'Analis Keuangan' },
  { name: 'dr. Ahmad Fauzi Nasution, M.Kes', nip: '197809232005011002', unit: 'Dinkes', position: 'Kepala Dinas Kesehatan' },
] as const;

const UNITS = [
  ['Badan Perencanaan Pembangunan Daerah', 'Bappeda'],
  ['Dinas Komunikasi dan Informatika', 'Diskominfo'],
  ['Dinas Kesehatan', 'Dinkes'],
] as const;

export async function workshopWithPeople() {
  const w = await newWorkshop(['--lang', 'en']);
  for (const [name, short] of UNITS) {
    const r = await w.run(['unit', 'add', name, '--short', short]);
    if (r.code !== 0) throw new Error(`unit add failed: ${r.stderr}`);
  }
  for (const p of PEOPLE) {
    const args = ['participant', 'add', '--name', p.name, '--unit', p.unit, '--position', p.position];
    if (p.nip) args.push('--nip', p.nip);
    const r = await w.run(args);
    if (r.code !== 0) throw new Error(`participant add failed: ${r.stderr}`);
  }
  return w;
}

export function attendanceAudit(file: string): number {
  return query<{ n: number }>(file, "SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'attendance'")[0]!.n;
}

/** Day 2 of the test workshop, mid-morning local time. */
export const DAY2_MORNING = new Date(2022, 10, 8, 8, 30);
