// The workshop behind the outcome report and commitments matrix tests, built through the real commands:
// units, participants (phones must never be printed), attendance, ideas at every stage with scores from two
// facilitators, and commitments with progress updates. Built once per test file in its own folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunOptions, runCli } from '../helpers/run-cli.js';

export const TITLE = 'Laboratorium Inovasi Pemerintah Kota Tanjungbalai';
export const PHONE = '081234567890';
export const SELECTED = {
  title: 'SIPANDU: Sistem Perizinan Terpadu Daring',
  problem: 'Antrean panjang di loket perizinan karena berkas diperiksa manual satu per satu.',
  description: 'Pemohon mengunggah berkas dari rumah, petugas memverifikasi secara daring, dan izin dikirim melalui surel.',
  objective: 'Mempercepat penerbitan izin usaha.',
  benefit: 'Pemohon tidak perlu datang ke kantor.',
  expected: 'Izin terbit paling lama tiga hari kerja.',
};
/** A proposed (not selected) idea: listed in the table, its full text not printed. */
export const PROPOSED_PROBLEM = 'Balita di wilayah pesisir jarang ditimbang.';

export interface OutcomeWorkshop {
  dir: string;
  file: string;
  run: (argv: string[], options?: RunOptions) => ReturnType<typeof runCli>;
  remove: () => void;
}

export async function outcomeWorkshop(opts: { empty?: boolean } = {}): Promise<OutcomeWorkshop> {
  const dir = mkdtempSync(join(tmpdir(), 'innolab-outcome-'));
  const file = join(dir, 'w.innolab');
  const init = await runCli(['init', file, '--title', TITLE, '--start', '2022-11-07', '--end', '2022-11-09', '--no-input',
    '--organizer', 'Pemerintah Kota Tanjungbalai',
    '--partner', 'LAN RI',
    '--city', 'Tanjungbalai',
    '--venue', 'Aula Sutrisno Hadi Lt. 3, Kantor Wali Kota Tanjungbalai',
    '--legal-basis', 'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah; Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah',
  ]);
  if (init.code !== 0) throw new Error(`init failed: ${init.stderr}`);
  const w: OutcomeWorkshop = {
    dir,
    file,
    run: (argv, options = {}) => runCli(['-f', file, ...argv], { cwd: dir, ...options }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  const must = async (...argv: string[]) => {
    const r = await w.run(argv, { now: '2022-11-08T03:00:00Z' });
    if (r.code !== 0) throw new Error(`${argv.join(' ')} failed (${r.code}): ${r.stderr}`);
  };
  await must('workshop', 'set', 'signatory.position', 'Kepala Bappeda Kota Tanjungbalai');
  await must('workshop', 'set', 'signatory.name', 'Ir. Rahmat Hidayat Siregar, M.Si');
  await must('workshop', 'set', 'signatory.nip', '197203141998031005');
  if (opts.empty) return w;

  await must('unit', 'add', 'Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah', '--short', 'Bappeda');
  await must('unit', 'add', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', '--short', 'DPMPTSP');
  await must('unit', 'add', 'Dinas Kesehatan', '--short', 'Dinkes');
  const people: [string, string, string][] = [
    ['Drs. H. Zul Abdiman, M.Si', '196804121993031004', 'Bappeda'],
    ['Siti Aminah Nasution, S.E.', '198205202006042003', 'Bappeda'],
    ['Héndra Gunawan, S.Kom', '198711032010011002', 'DPMPTSP'],
    ['Rina Marlina, S.Sos', '199001152015032001', 'DPMPTSP'],
    ['dr. Yusuf Harahap', '197912302005011003', 'Dinkes'],
  ];
  for (const [name, nip, unit] of people) await must('participant', 'add', '--name', name, '--nip', nip, '--unit', unit, '--phone', PHONE);
  await must('participant', 'add', '--name', 'Dra. Lestari Widodo, M.AP', '--role', 'fasilitator');
  // Attendance: Bappeda 2+2+1, DPMPTSP 2+1+1, Dinkes 1+1 (represented on day 2)+1.
  await must('checkin', '1', '2', '3', '4', '5', '--day', '1');
  await must('checkin', '1', '2', '3', '--day', '2');
  await must('checkin', '5', '--day', '2', '--status', 'represented', '--representative', 'Sekretaris Dinas');
  await must('checkin', '1', '3', '5', '--day', '3');

  await must('idea', 'add', '--unit', 'DPMPTSP', '--title', SELECTED.title, '--form', 'pelayanan-publik', '--kind', 'digital',
    '--affair', 'Penanaman modal', '--problem', SELECTED.problem, '--description', SELECTED.description,
    '--objective', SELECTED.objective, '--benefit', SELECTED.benefit, '--expected-result', SELECTED.expected, '--proposer', '3');
  await must('idea', 'add', '--unit', 'Bappeda', '--title', 'Dasbor Indeks Inovasi Daerah', '--form', 'tata-kelola', '--kind', 'digital',
    '--problem', 'Data inovasi tersebar di setiap OPD.', '--description', 'Dasbor bersama yang diperbarui setiap bulan.');
  await must('idea', 'add', '--unit', 'Dinkes', '--title', 'Posyandu Keliling Pesisir', '--form', 'pelayanan-publik', '--kind', 'non-digital',
    '--problem', PROPOSED_PROBLEM);
  await must('idea', 'add', '--unit', 'Bappeda', '--title', 'Rapat Tanpa Kertas', '--form', 'tata-kelola');
  await must('idea', 'status', '1', 'selected');
  await must('idea', 'status', '2', 'trial');
  await must('idea', 'status', '4', 'dropped');
  // Idea 1: dampak (5+4)/2, kelayakan 4, kebaruan 3, keberlanjutan 4 → 0.4·4.5 + 0.3·4 + 0.15·3 + 0.15·4 = 4.05
  await must('idea', 'score', '1', 'dampak=5', 'kelayakan=4', 'kebaruan=3', 'keberlanjutan=4', '--by', 'Fasilitator A');
  await must('idea', 'score', '1', 'dampak=4', 'kelayakan=4', '--by', 'Fasilitator B');

  await must('commitment', 'add', '--unit', 'DPMPTSP', '--action', 'Menyusun SOP perizinan daring', '--due', '2022-12-15', '--idea', '1',
    '--owner', '3', '--output', 'SOP ditetapkan', '--indicator', 'Perwali terbit');
  await must('commitment', 'add', '--unit', 'DPMPTSP', '--action', 'Uji coba SIPANDU di dua kecamatan', '--due', '2023-01-10', '--idea', '1',
    '--owner', 'Kepala Bidang Pelayanan', '--output', 'Laporan uji coba');
  await must('commitment', 'add', '--unit', 'Bappeda', '--action', 'Membangun dasbor IID', '--due', '2023-02-28', '--idea', '2', '--owner', '1');
  await must('commitment', 'add', '--unit', 'Dinkes', '--action', 'Menyusun jadwal posyandu keliling', '--due', '2022-12-31', '--owner', '5');
  await must('commitment', 'update', '1', '--progress', '100', '--date', '2022-12-14');
  await must('commitment', 'update', '2', '--progress', '40', '--note', 'Server sudah siap', '--date', '2022-12-20');
  await must('commitment', 'update', '4', '--status', 'cancelled', '--note', 'Digabung dengan program puskesmas', '--date', '2022-12-01');
  return w;
}
