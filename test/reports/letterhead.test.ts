// The office's own paper (issue #14): letterhead, logos and signatories kept in the workshop file, the
// default paper, and wording from a templates folder beside the workshop file.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { pdfPages, pdfText } from '../helpers/pdf-text.js';
import { reportWorkshop } from './fixture.js';

let w: Awaited<ReturnType<typeof reportWorkshop>>;
beforeAll(async () => {
  w = await reportWorkshop();
}, 60_000);
afterAll(() => w.remove());

/** A small PNG (striped), written by hand so no image library is needed. */
function png(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (data: Buffer) => {
    let c = 0xffffffff;
    for (const byte of data) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.concat(Array.from({ length: height }, (_, y) => Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, y % 8 < 4 ? 40 : 220)])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

test('workshop set stores the letterhead, logos and both signatories; every report prints them', async () => {
  writeFileSync(join(w.dir, 'logo.png'), png(60, 72));
  const settings: Array<[string, string]> = [
    ['kop.instansi', 'Badan Perencanaan Pembangunan Daerah'],
    ['kop.alamat', 'Jalan Jenderal Sudirman Km 5,5 Tanjungbalai'],
    ['kop.telepon', '(0623) 92345'],
    ['kop.laman', 'bappeda.tanjungbalaikota.go.id'],
    ['logo', 'logo.png'],
    ['signatory.pangkat', 'Pembina Utama Muda (IV/c)'],
    ['signatory.acting', 'Plt.'],
    ['signatory.an', 'Wali Kota Tanjungbalai'],
    ['cosignatory.position', 'Deputi Bidang Inovasi Administrasi Negara'],
    ['cosignatory.name', 'Dr. Tri Widodo Wahyu Utomo, S.H., M.A.'],
    ['cosignatory.nip', '196804121993031004'],
    ['certificate.number', '{seq:03}/LABINOV/BAPPEDA/{year}'],
    ['certificate.jp', '30'],
    ['paper', 'f4'],
  ];
  for (const [field, value] of settings) expect((await w.run(['workshop', 'set', field, value])).code, field).toBe(0);
  const shown = (await w.run(['workshop', 'show', '--json'])).json<Record<string, Record<string, unknown>>>();
  expect(shown.letterhead).toMatchObject({ institution: 'Badan Perencanaan Pembangunan Daerah', logos: 1 });
  expect(shown.signatory).toMatchObject({ rank: 'Pembina Utama Muda (IV/c)', acting: 'plt', on_behalf_of: 'Wali Kota Tanjungbalai' });
  expect(shown.cosignatory).toMatchObject({ name: 'Dr. Tri Widodo Wahyu Utomo, S.H., M.A.', nip: '196804121993031004' });
  expect(shown.paper).toBe('f4');

  // The paper comes from the workshop when --paper is not given.
  const sheet = await w.run(['report', 'attendance', '--day', '1', '--out', 'hadir.pdf', '--json']);
  expect(sheet.json()).toMatchObject({ paper: 'f4' });
  const pages = await pdfPages(join(w.dir, 'hadir.pdf'));
  expect(pages[0]!.height).toBeCloseTo(935.43, 1);
  const text = pages.map((p) => p.text).join(' ');
  for (const s of ['BADAN PERENCANAAN PEMBANGUNAN DAERAH', 'Jalan Jenderal Sudirman Km 5,5 Tanjungbalai', 'Telepon (0623) 92345', 'Laman bappeda.tanjungbalaikota.go.id', 'a.n. Wali Kota Tanjungbalai', 'Plt. Kepala Badan Perencanaan Pembangunan Daerah', 'Pembina Utama Muda (IV/c)', 'Mengetahui,', 'Dr. Tri Widodo Wahyu Utomo, S.H., M.A.', 'NIP 19680412 199303 1 004']) {
    expect(text).toContain(s);
  }
  // The logo is embedded once and drawn as an image.
  expect(readFileSync(join(w.dir, 'hadir.pdf')).toString('latin1').match(/\/Subtype \/Image/g)?.length).toBe(1);

  const certificates = await w.run(['report', 'certificates', '--min-attendance', '0', '--out', 'sertifikat.pdf']);
  expect(certificates.code).toBe(0);
  const certs = await pdfPages(join(w.dir, 'sertifikat.pdf'));
  expect(certs).toHaveLength(5);
  certs.forEach((page, i) => {
    expect(page.text).toContain(`Nomor: ${String(i + 1).padStart(3, '0')}/LABINOV/BAPPEDA/2022`);
    expect(page.text).toContain('(30 jam pelajaran)');
    expect(page.text).toContain('Dr. Tri Widodo Wahyu Utomo, S.H., M.A.');
  });
});

test('wrong letterhead values are exit 2 naming the field', async () => {
  writeFileSync(join(w.dir, 'bukan.png'), 'not an image');
  const cases: Array<[string, string, RegExp]> = [
    ['paper', 'a5', /paper/],
    ['signatory.acting', 'wakil', /signatory.acting/],
    ['certificate.jp', 'tiga', /certificate.jp/],
    ['cosignatory.nip', '123', /cosignatory.nip/],
    ['logo', 'bukan.png', /logo: .*bukan.png/],
    ['kop.alamat', 'x'.repeat(301), /kop.alamat: .*300/],
  ];
  for (const [field, value, message] of cases) {
    const r = await w.run(['workshop', 'set', field, value]);
    expect(r.code, field).toBe(2);
    expect(r.stderr).toMatch(message);
  }
});

test('template export writes every report\'s wording; a templates folder beside the workshop overrides it', async () => {
  const r = await w.run(['template', 'export', 'templates', '--json']);
  expect(r.code, r.stderr).toBe(0);
  const out = r.json<{ dir: string; files: string[] }>();
  expect(out.dir).toBe(join(w.dir, 'templates'));
  expect(out.files.map((f) => f.slice(out.dir.length + 1)).sort()).toEqual(
    ['attendance', 'certificate', 'commitments', 'outcome', 'recap'].flatMap((n) => [`${n}.en.json`, `${n}.id.json`]).sort(),
  );
  // A second export keeps the office's edits unless told otherwise.
  const again = await w.run(['template', 'export', 'templates']);
  expect(again.code).toBe(4);

  const attendance = JSON.parse(readFileSync(join(w.dir, 'templates', 'attendance.id.json'), 'utf8')) as Record<string, string>;
  attendance['report.attendance.title'] = 'Daftar Hadir Lokakarya Inovasi';
  writeFileSync(join(w.dir, 'templates', 'attendance.id.json'), JSON.stringify(attendance));
  const outcome = JSON.parse(readFileSync(join(w.dir, 'templates', 'outcome.id.json'), 'utf8')) as { cover: { heading: string } };
  outcome.cover.heading = 'LAPORAN KEGIATAN LABORATORIUM';
  writeFileSync(join(w.dir, 'templates', 'outcome.id.json'), JSON.stringify(outcome));
  expect((await w.run(['report', 'attendance', '--day', '1', '--out', 'own.pdf'])).code).toBe(0);
  expect(await pdfText(join(w.dir, 'own.pdf'))).toContain('DAFTAR HADIR LOKAKARYA INOVASI');
  expect((await w.run(['report', 'outcome', '--out', 'own-hasil.pdf'])).code).toBe(0);
  expect(await pdfText(join(w.dir, 'own-hasil.pdf'))).toContain('LAPORAN KEGIATAN LABORATORIUM');

  // A broken template: exit 2 naming the file and the key.
  writeFileSync(join(w.dir, 'templates', 'recap.id.json'), JSON.stringify({ 'report.recap.tittle': 'Rekap' }));
  const broken = await w.run(['report', 'recap', '--out', 'rekap.pdf']);
  expect(broken.code).toBe(2);
  expect(broken.stderr).toContain(join(w.dir, 'templates', 'recap.id.json'));
  expect(broken.stderr).toContain('report.recap.tittle');
  writeFileSync(join(w.dir, 'templates', 'certificate.id.json'), '{ "heading": ');
  const notJson = await w.run(['report', 'certificates', '--out', 'c.pdf']);
  expect(notJson.code).toBe(2);
  expect(notJson.stderr).toContain('certificate.id.json');
  rmSync(join(w.dir, 'templates'), { recursive: true });
});

test('unit move sets the one unit order that unit list and every report follow', async () => {
  const r = await w.run(['unit', 'move', 'RSUD', '1', '--json']);
  expect(r.code, r.stderr).toBe(0);
  expect(r.json<Array<{ short_name: string }>>().map((u) => u.short_name)).toEqual(['RSUD', 'Bappeda', 'Diskominfo']);
  expect((await w.run(['report', 'attendance', '--day', '1', '--out', 'urut.pdf'])).code).toBe(0);
  const sheet = await pdfText(join(w.dir, 'urut.pdf'));
  expect(sheet.indexOf('RSUD Dr. Tengku Mansyur')).toBeLessThan(sheet.indexOf('Badan Perencanaan Pembangunan, Penelitian'));
  expect((await w.run(['report', 'recap', '--out', 'urut-rekap.pdf'])).code).toBe(0);
  const recap = await pdfText(join(w.dir, 'urut-rekap.pdf'));
  expect(recap.indexOf('dr. Nurhayati')).toBeLessThan(recap.indexOf('Héndra'));
  expect((await w.run(['unit', 'move', 'nothing-like-it', '1'])).code).toBe(3);
});

test('photo add keeps documentation photos in the workshop file; the outcome report prints them in its Lampiran', async () => {
  writeFileSync(join(w.dir, 'pembukaan.png'), png(120, 80));
  const r = await w.run(['photo', 'add', 'pembukaan.png', '--caption', 'Pembukaan oleh Wali Kota Tanjungbalai', '--json']);
  expect(r.code, r.stderr).toBe(0);
  expect(r.json()).toMatchObject({ no: 1, caption: 'Pembukaan oleh Wali Kota Tanjungbalai', type: 'image/png', width: 120, height: 80 });
  expect((await w.run(['photo', 'add', 'bukan.png'])).code).toBe(2);
  expect((await w.run(['workshop', 'set', 'conclusion', 'Lima gagasan layak diteruskan.\n\nDisarankan uji coba di dua kecamatan.'])).code).toBe(0);
  expect((await w.run(['workshop', 'set', 'nomor-surat', '050/1234/Bappeda/2022'])).code).toBe(0);
  expect((await w.run(['report', 'outcome', '--out', 'hasil.pdf'])).code).toBe(0);
  const text = await pdfText(join(w.dir, 'hasil.pdf'));
  expect(text).toContain('Nomor: 050/1234/Bappeda/2022');
  expect(text).toMatch(/Simpulan dan Saran Lima gagasan layak diteruskan\. Disarankan uji coba di dua kecamatan\./);
  expect(text).toContain('Lampiran 2. Dokumentasi Kegiatan');
  expect(text).toContain('1. Pembukaan oleh Wali Kota Tanjungbalai');
  expect(text).not.toContain('Belum ada foto dokumentasi.');
  // The logo and the photo, each embedded once.
  expect(readFileSync(join(w.dir, 'hasil.pdf')).toString('latin1').match(/\/Subtype \/Image/g)?.length).toBe(2);
});

test('every text has a length limit at entry: exit 2 naming the field and the limit', async () => {
  const name = await w.run(['participant', 'add', '--name', 'N'.repeat(301)]);
  expect(name.code).toBe(2);
  expect(name.stderr).toContain('name: paling banyak 300 karakter');
  const problem = await w.run(['idea', 'add', '--unit', 'RSUD', '--title', 'Uji batas', '--problem', 'kata '.repeat(1001)]);
  expect(problem.code).toBe(2);
  expect(problem.stderr).toContain('problem: paling banyak 5000 karakter');
  const action = await w.run(['commitment', 'add', '--unit', 'RSUD', '--action', 'a'.repeat(3001), '--due', '2023-01-31']);
  expect(action.code).toBe(2);
  expect(action.stderr).toContain('action: paling banyak 3000 karakter');
  expect((await w.run(['unit', 'add', 'U'.repeat(301)])).code).toBe(2);
});

test('the participant import holds the same limits, naming the line, field and limit', async () => {
  writeFileSync(join(w.dir, 'panjang.csv'), `Nama,Jabatan\n"${'N'.repeat(301)}",Analis\nBudi,"${'J'.repeat(301)}"\n`);
  const r = await w.run(['participant', 'import', 'panjang.csv']);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/baris 2: name: paling banyak 300 karakter/);
  expect(r.stderr).toMatch(/baris 3: position: paling banyak 300 karakter/);
});
