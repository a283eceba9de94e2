// A workshop at real size for the layout tests (issue #14): 300 people, 20 units (four with 112–124-character
// names and no short name), 60 ideas and 90 commitments with office-length texts, one 2,000-character word,
// built through the real commands. Every text put in is kept, so a test can look for each of its words.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunOptions, runCli } from '../helpers/run-cli.js';

const VOCABULARY = (
  'pelayanan administrasi kependudukan terpadu berbasis digital untuk seluruh kelurahan dengan dukungan ' +
  'perangkat daerah pengampu urusan pemerintahan serta koordinasi lintas sektor agar masyarakat memperoleh ' +
  'layanan cepat mudah murah transparan akuntabel dan berkelanjutan melalui penguatan kapasitas aparatur ' +
  'penyederhanaan prosedur integrasi basis data pemantauan evaluasi berkala pelaporan capaian kinerja'
).split(' ');

/** Office-length text of `words` words, varied by `seed`. */
export function prose(words: number, seed: number): string {
  return Array.from({ length: words }, (_, i) => VOCABULARY[(seed * 7 + i * 13 + ((i * seed) % 5)) % VOCABULARY.length]).join(' ');
}

/** A 2,000-character word with no place to break: 'q' occurs nowhere else in the workshop. */
export const LONG_WORD = `Q${'qa'.repeat(999)}Z`;
/** A position of 300 characters (its field's limit) with no space in it. */
export const LONG_POSITION = `Kepala${'Subbagian'.repeat(32)}Umum`.slice(0, 300);

const LONG_UNITS = [
  'Dinas Pemberdayaan Perempuan Perlindungan Anak Pengendalian Penduduk dan Keluarga Berencana Kota Tanjungbalai Provinsi Sumatera Utara',
  'Badan Perencanaan Pembangunan Penelitian dan Pengembangan Daerah Bidang Perekonomian Sumber Daya Alam Infrastruktur dan Kewilayahan',
  'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Bidang Pengaduan Kebijakan dan Pelaporan Layanan Kota Tanjungbalai Sumut',
  'Sekretariat Dewan Perwakilan Rakyat Daerah Bagian Persidangan Perundang-undangan Hubungan Masyarakat dan Protokol Tanjungbalai',
].map((name, i) => name.slice(0, 112 + i * 4));

export interface LargeWorkshop {
  dir: string;
  file: string;
  run(argv: string[], options?: RunOptions): ReturnType<typeof runCli>;
  remove(): void;
  /** Texts by the reports they must appear in. */
  texts: { people: string[]; units: string[]; ideas: string[]; selected: string[]; commitments: string[] };
  /** How many people attended every day (certificates at 100%). */
  fullAttendance: number;
}

export async function largeWorkshop(): Promise<LargeWorkshop> {
  const dir = mkdtempSync(join(tmpdir(), 'innolab-large-'));
  const file = join(dir, 'w.innolab');
  const run = (argv: string[], options: RunOptions = {}) => runCli(['-f', file, ...argv], { cwd: dir, ...options });
  const must = async (argv: string[]) => {
    const r = await run(argv);
    if (r.code !== 0) throw new Error(`${argv.slice(0, 3).join(' ')} failed (${r.code}): ${r.stderr}`);
    return r;
  };
  const init = await runCli(['init', file, '--title', `Laboratorium Inovasi Daerah ${prose(14, 1)}`, '--start', '2022-11-07', '--end', '2022-11-09', '--no-input',
    '--organizer', 'Pemerintah Kota Tanjungbalai', '--partner', 'Lembaga Administrasi Negara Republik Indonesia', '--city', 'Tanjungbalai',
    '--venue', 'Aula Sutrisno Hadi Lt. 3, Kantor Wali Kota Tanjungbalai, Jalan Jenderal Sudirman Km 5,5']);
  if (init.code !== 0) throw new Error(init.stderr);
  const units: string[] = [...LONG_UNITS];
  for (let i = units.length; i < 20; i++) units.push(`Dinas ${prose(3 + (i % 4), i)} ${i}`);
  for (const [i, name] of units.entries()) await must(['unit', 'add', name, ...(i < LONG_UNITS.length ? [] : ['--short', `OPD${i}`])]);
  await must(['workshop', 'set', 'signatory.position', 'Kepala Badan Perencanaan Pembangunan Daerah']);
  await must(['workshop', 'set', 'signatory.name', 'Ir. Rahmat Hidayat Siregar, M.Si']);
  await must(['workshop', 'set', 'signatory.nip', '197203141998031005']);

  const people: string[] = [];
  const roles = ['peserta', 'peserta', 'peserta', 'peserta', 'narasumber', 'fasilitator', 'panitia'];
  const lines = ['Nama,Jabatan,Unit Kerja,Peran'];
  for (let i = 0; i < 300; i++) {
    const title = i % 3 === 0 ? 'Drs. H. ' : i % 3 === 1 ? '' : 'dr. ';
    const name = `${title}Peserta${String(i).padStart(3, '0')} ${prose(2 + (i % 5), i)}${i % 4 === 0 ? ', S.E., M.Si.' : ''}`;
    const position = i === 7 ? LONG_POSITION : `Kepala Bidang ${prose(4 + (i % 9), i + 3)}`;
    people.push(name, position);
    lines.push(`"${name}","${position}","${units[i % units.length]!}",${roles[i % roles.length]!}`);
  }
  writeFileSync(join(dir, 'peserta.csv'), lines.join('\n') + '\n');
  await must(['participant', 'import', 'peserta.csv']);
  // Everyone but every tenth person attends all three days.
  const all = Array.from({ length: 300 }, (_, i) => String(i + 1)).filter((_, i) => i % 10 !== 9);
  for (const day of ['1', '2', '3']) await must(['checkin', ...all, '--day', day]);

  const ideas: string[] = [];
  const selected: string[] = [];
  for (let i = 0; i < 60; i++) {
    const title = `Inovasi ${i + 1} ${prose(6 + (i % 20), i + 11)}`;
    const problem = i === 5 ? `${prose(120, i)} ${LONG_WORD}` : prose(60 + (i % 3) * 80, i + 17);
    ideas.push(title);
    await must(['idea', 'add', '--unit', units[i % units.length]!, '--title', title, '--problem', problem, '--description', prose(150, i + 2), '--objective', prose(40, i + 5), '--proposer', String((i % 300) + 1)]);
    if (i % 4 === 1 || i === 5) {
      await must(['idea', 'status', String(i + 1), 'selected']);
      selected.push(title, problem);
    }
  }
  const commitments: string[] = [];
  for (let i = 0; i < 90; i++) {
    const action = `Tindak lanjut ${i + 1} ${prose(20 + (i % 7) * 30, i + 23)}`;
    const output = i === 3 ? LONG_WORD : prose(i % 10 === 0 ? 400 : 30, i + 29);
    const indicator = prose(i % 10 === 0 ? 400 : 25, i + 31);
    commitments.push(action, output, indicator);
    await must(['commitment', 'add', '--unit', units[i % units.length]!, '--action', action, '--due', i % 3 === 0 ? '2022-12-15' : '2023-03-31', '--owner', `Kepala Bidang ${prose(3, i)}`, '--output', output, '--indicator', indicator, ...(i % 2 === 0 ? ['--idea', String((i % 60) + 1)] : [])]);
  }
  return {
    dir,
    file,
    run,
    remove: () => rmSync(dir, { recursive: true, force: true }),
    texts: { people, units, ideas, selected, commitments },
    fullAttendance: all.length,
  };
}
