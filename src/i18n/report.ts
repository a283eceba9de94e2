import type { Catalogue } from './types.js';

/** PDF reports (layout, attendance sheet, recap, certificates) and the `report` commands' help and messages. */
export const reportMessages = {
  // Shared layout
  'report.page': { id: 'Halaman {page} dari {pages}', en: 'Page {page} of {pages}' },
  'report.certificates.number': { id: 'Nomor: {number}', en: 'No. {number}' },
  'report.certificates.jp': { id: '({jp} jam pelajaran)', en: '({jp} lesson hours)' },
  'report.kop.phone': { id: 'Telepon {phone}', en: 'Phone {phone}' },
  'report.kop.website': { id: 'Laman {website}', en: 'Website {website}' },
  'help.template': { id: 'kata-kata laporan yang dapat diubah kantor', en: "the reports' wording an office may edit" },
  'help.template.export': {
    id: 'tulis kata-kata semua laporan ke sebuah folder; folder templates di samping berkas lokakarya (atau INNOLAB_TEMPLATES) menggantikan bawaan',
    en: "write every report's wording into a folder; a templates folder beside the workshop file (or INNOLAB_TEMPLATES) overrides the built-in one",
  },
  'help.template.export.dir': { id: 'folder tujuan, mis. templates di samping berkas lokakarya', en: 'the folder to write, e.g. templates beside the workshop file' },
  'template.exists': { id: 'templat sudah ada di {dir}: {files}', en: 'templates already exist in {dir}: {files}' },
  'template.existsHint': { id: 'tambahkan --yes untuk menimpanya (suntingan kantor akan hilang)', en: "pass --yes to overwrite them (the office's edits are lost)" },
  'template.exported': { id: '{n} berkas templat ditulis ke {dir}', en: '{n} template files written to {dir}' },
  'template.comment': {
    id: 'Kata-kata laporan ini. Ubah teksnya, jangan kuncinya; isian dalam kurung kurawal ({date}, {n} …) diganti otomatis. Hapus baris untuk memakai kata bawaan.',
    en: "This report's wording. Change the texts, not the keys; placeholders in braces ({date}, {n} …) are filled in. Remove a line to keep the built-in wording.",
  },
  'help.unit.move': { id: 'pindahkan unit kerja ke urutan ke-N; semua laporan dan unit list memakai urutan ini', en: 'move a unit to place N; every report and unit list follow this order' },
  'help.unit.move.unit': { id: 'nomor, nama atau singkatan unit', en: "the unit's number, name or short name" },
  'help.unit.move.position': { id: 'urutan barunya (1 = pertama)', en: 'its new place (1 = first)' },
  'unit.moved': { id: '{unit} kini di urutan ke-{position}', en: '{unit} is now in place {position}' },
  'help.photo': { id: 'foto dokumentasi untuk lampiran laporan hasil kegiatan', en: "documentation photos for the outcome report's appendix" },
  'help.photo.add': { id: 'simpan foto (PNG/JPEG) di berkas lokakarya; dicetak di Lampiran laporan hasil kegiatan', en: "keep a photo (PNG/JPEG) in the workshop file; printed in the outcome report's appendix" },
  'help.photo.add.file': { id: 'berkas PNG atau JPEG (paling besar 5 MB)', en: 'a PNG or JPEG file (5 MB at most)' },
  'help.photo.add.caption': { id: 'keterangan di bawah foto', en: 'the caption under the photo' },
  'photo.added': { id: 'foto {no} disimpan', en: 'photo {no} stored' },
  'report.error.templatesDir': { id: 'INNOLAB_TEMPLATES: folder {dir} tidak ada', en: 'INNOLAB_TEMPLATES: there is no folder {dir}' },
  'report.error.templateFile': { id: 'templat {file} tidak dapat dibaca: {problem}', en: 'cannot read the template {file}: {problem}' },
  'report.error.templateKey': {
    id: 'templat {file}: kunci "{key}" tidak dikenal atau isinya bukan teks',
    en: 'template {file}: key "{key}" is unknown or its value is not text',
  },
  'report.signature.acknowledged': { id: 'Mengetahui,', en: 'Acknowledged by,' },
  'field.cosignatory': { id: 'Penandatangan kedua', en: 'Second signatory' },
  'field.letterhead': { id: 'Kop surat', en: 'Letterhead' },
  'field.logos': { id: 'Logo', en: 'Logos' },
  'field.letterNumber': { id: 'Nomor surat', en: 'Letter number' },
  'field.certificate': { id: 'Sertifikat', en: 'Certificates' },
  'field.paper': { id: 'Ukuran kertas', en: 'Paper' },
  'error.tooLong': { id: '{field}: paling banyak {max} karakter', en: '{field}: at most {max} characters' },
  'error.text.control': {
    id: '{field}: berisi karakter kendali ({char}); ketik ulang tanpa karakter itu',
    en: '{field}: contains a control character ({char}); type it again without it',
  },
  'error.text.bidi': {
    id: '{field}: berisi karakter pembalik arah teks ({char}) yang dapat menyamarkan nilainya',
    en: '{field}: contains a text-direction override ({char}) that can disguise the value',
  },
  'error.text.invisible': { id: '{field}: tidak berisi huruf yang terlihat', en: '{field}: has no visible characters' },
  'error.path.nul': { id: 'nama berkas {path} berisi karakter NUL', en: 'the file name {path} contains a NUL character' },
  'error.path.tooLong': {
    id: 'nama berkas terlalu panjang: {path} (paling banyak 255 byte per nama, 4096 per jalur)',
    en: 'the file name is too long: {path} (at most 255 bytes a name, 4096 a path)',
  },
  'error.notImage': { id: '{field}: {file} bukan berkas PNG atau JPEG', en: '{field}: {file} is not a PNG or JPEG file' },
  'error.imageTooLarge': { id: '{field}: {file} lebih dari {max} MB', en: '{field}: {file} is larger than {max} MB' },
  'report.rowContinued': { id: '{row} (lanjutan)', en: '{row} (continued)' },
  'report.partner': { id: 'bekerja sama dengan {partner}', en: 'in cooperation with {partner}' },
  'report.label.date': { id: 'Hari/Tanggal', en: 'Date' },
  'report.label.venue': { id: 'Tempat', en: 'Venue' },
  'report.label.activity': { id: 'Kegiatan', en: 'Activity' },
  'report.nip': { id: 'NIP {nip}', en: 'NIP {nip}' },
  'report.unsigned': { id: '(....................................)', en: '(....................................)' },

  // Table headers
  'report.col.no': { id: 'No', en: 'No' },
  'report.col.name': { id: 'Nama', en: 'Name' },
  'report.col.nip': { id: 'NIP', en: 'NIP' },
  'report.col.position': { id: 'Jabatan', en: 'Position' },
  'report.col.unit': { id: 'Unit Kerja', en: 'Unit' },
  'report.col.signature': { id: 'Tanda Tangan', en: 'Signature' },
  'report.col.participants': { id: 'Jumlah Peserta', en: 'Participants' },
  'report.col.attended': { id: 'Hadir', en: 'Attended' },
  'report.col.percent': { id: '%', en: '%' },
  'report.col.present': { id: 'Hadir', en: 'Present' },
  'report.col.excused': { id: 'Izin', en: 'Excused' },
  'report.col.represented': { id: 'Diwakili', en: 'Represented' },
  'report.col.absent': { id: 'Tidak Hadir', en: 'Absent' },
  'report.col.day': { id: 'Hari', en: 'Day' },
  'report.col.date': { id: 'Tanggal', en: 'Date' },
  'report.col.dayShort': { id: 'H-{day}\n{date}', en: 'Day {day}\n{date}' },

  // Daftar hadir
  'report.attendance.title': { id: 'Daftar Hadir Peserta', en: 'Attendance Sheet' },
  'report.attendance.dayOf': { id: '{date} (hari ke-{day} dari {days})', en: '{date} (day {day} of {days})' },
  'report.attendance.continued': { id: 'Daftar Hadir, {date} (lanjutan)', en: 'Attendance sheet, {date} (continued)' },
  'report.attendance.titleOthers': { id: 'Daftar Hadir Narasumber, Fasilitator dan Panitia', en: 'Attendance Sheet: Speakers, Facilitators and Committee' },
  'report.attendance.role.narasumber': { id: 'Narasumber', en: 'Speakers' },
  'report.attendance.role.fasilitator': { id: 'Fasilitator', en: 'Facilitators' },
  'report.attendance.role.panitia': { id: 'Panitia', en: 'Committee' },
  'report.attendance.noUnit': { id: 'Tanpa unit kerja', en: 'No unit' },
  'report.attendance.walkIns': { id: 'Peserta tambahan', en: 'Walk-ins' },
  'report.attendance.represented': { id: 'diwakili: {name}', en: 'represented by: {name}' },
  'report.attendance.excused': { id: 'Izin: {note}', en: 'Excused: {note}' },
  'report.attendance.excusedNoReason': { id: 'Izin', en: 'Excused' },

  // Rekapitulasi kehadiran
  'report.recap.title': { id: 'Rekapitulasi Kehadiran', en: 'Attendance Recap' },
  'report.recap.continued': { id: 'Rekapitulasi Kehadiran (lanjutan)', en: 'Attendance recap (continued)' },
  'report.recap.noUnit': { id: 'Tanpa unit kerja', en: 'No unit' },
  'report.recap.legend': {
    id: 'Keterangan: ✓ hadir · W diwakili · I izin · – tidak hadir. Jumlah hadir menghitung hadir dan diwakili.',
    en: 'Key: ✓ present · W represented · I excused · – absent. Attended counts present and represented.',
  },
  'report.recap.byUnit': { id: 'Rekap per Unit Kerja (orang-hari)', en: 'By unit (person-days)' },
  'report.recap.byDay': { id: 'Rekap per Hari', en: 'By day' },
  'report.recap.total': { id: 'Jumlah', en: 'Total' },
  'report.recap.dayN': { id: 'Hari ke-{day}', en: 'Day {day}' },

  // Sertifikat
  'report.certificates.title': { id: 'Sertifikat', en: 'Certificates' },
  'report.certificates.none': {
    id: 'Tidak ada peserta dengan kehadiran minimal {percent}%.',
    en: 'No participant attended at least {percent}% of the workshop.',
  },
  'report.certificates.noneWarning': {
    id: 'tidak ada peserta dengan kehadiran minimal {percent}%; sertifikat berisi satu halaman keterangan',
    en: 'no participant attended at least {percent}%; the certificate file holds one page saying so',
  },
  'report.error.template': {
    id: 'templat sertifikat {file} tidak dapat dibaca: {reason}',
    en: 'cannot read the certificate template {file}: {reason}',
  },
  'report.error.templateHint': {
    id: 'periksa bahwa berkas itu JSON yang sah dengan kunci yang sama seperti templat bawaan',
    en: 'check that the file is valid JSON with the same keys as the template shipped with innolab',
  },
  'report.error.minAttendance': {
    id: '--min-attendance harus angka 0 sampai 100, bukan "{value}"',
    en: '--min-attendance must be a number from 0 to 100, not "{value}"',
  },
  'report.error.blankRows': {
    id: '--blank-rows harus bilangan bulat 0 sampai 500, bukan "{value}"',
    en: '--blank-rows must be a whole number from 0 to 500, not "{value}"',
  },
  'report.error.outDir': {
    id: '--out {dir} bukan folder',
    en: '--out {dir} is not a folder',
  },

  // Messages
  'report.written': { id: 'Ditulis: {file} ({pages} halaman)', en: 'Written: {file} ({pages} pages)' },
  'report.writtenFile': { id: 'Ditulis: {file}', en: 'Written: {file}' },
  'report.drawing': { id: 'Menyusun', en: 'Drawing' },

  // Help
  'help.report': { id: 'laporan PDF: daftar hadir, rekap, laporan hasil, matriks RTL, sertifikat', en: 'PDF reports: attendance sheet, recap, outcome report, follow-up matrix, certificates' },
  'help.report.out': { id: 'berkas PDF tujuan (bawaan: {file} di folder ini)', en: 'PDF file to write (default: {file} in the current folder)' },
  'help.report.paper': { id: 'ukuran kertas: a4, f4 (215 × 330 mm) atau letter (bawaan: a4)', en: 'paper size: a4, f4 (215 × 330 mm) or letter (default: a4)' },
  'help.report.attendance': { id: 'daftar hadir untuk ditandatangani, satu bagian per hari', en: 'attendance sheet to sign, one section per day' },
  'help.report.attendance.day': { id: 'hanya hari ke-N (1..jumlah hari)', en: 'only day N (1..number of days)' },
  'help.report.attendance.blankRows': { id: 'baris kosong bernomor untuk peserta tambahan (bawaan: 10)', en: 'blank numbered rows for walk-ins (default: 10)' },
  'help.report.recap': { id: 'rekapitulasi kehadiran: peserta × hari, jumlah per unit dan per hari', en: 'attendance recap: participant × day, totals per unit and per day' },
  'help.report.certificates': { id: 'sertifikat, satu halaman per peserta yang hadir cukup', en: 'certificates, one page per participant who attended enough' },
  'help.report.certificates.min': { id: 'kehadiran minimal dalam persen (bawaan: 100)', en: 'minimum attendance in percent (default: 100)' },
  'help.report.all': { id: 'tulis semua laporan ke satu folder dengan nama berkas tetap', en: 'write every report into one folder with stable file names' },
  'help.report.all.out': { id: 'folder tujuan, dibuat bila belum ada (bawaan: folder ini)', en: 'folder to write to, created if missing (default: the current folder)' },
} satisfies Catalogue;
