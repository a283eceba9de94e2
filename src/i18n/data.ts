import type { Catalogue } from './types.js';

/** Exports, merging laptops' copies and importing an OPD's follow-up sheet. */
export const dataMessages = {
  'help.export': {
    id: 'ekspor data ke CSV (untuk Excel) atau JSON',
    en: 'export data as CSV (for Excel) or JSON',
  },
  'help.export.format': { id: 'csv atau json (bawaan: csv)', en: 'csv or json (default: csv)' },
  'help.export.table': {
    id: 'participants, units, attendance, ideas, commitments, atau all: satu berkas per tabel di folder --out (bawaan: all)',
    en: 'participants, units, attendance, ideas, commitments, or all: one file per table in the --out folder (default: all)',
  },
  'help.export.unit': { id: 'hanya data satu unit (nomor, nama, atau singkatan)', en: 'only the data of one unit (number, name or short name)' },
  'help.export.out': {
    id: 'berkas atau folder tujuan; tanpa ini satu tabel ditulis ke stdout',
    en: 'file or folder to write; without it one table goes to stdout',
  },
  'help.export.redact': {
    id: 'samarkan NIP (4 digit awal dan 3 akhir tetap), telepon, dan email',
    en: 'mask NIP (keeps the first 4 and last 3 digits), phone and email',
  },
  'export.allNeedsOut': {
    id: 'ekspor semua tabel sebagai CSV memerlukan folder tujuan; tambahkan --out <folder>, atau pilih satu tabel dengan --table',
    en: 'exporting every table as CSV needs a folder; pass --out <folder>, or choose one table with --table',
  },
  'export.jsonWithCsv': {
    id: '--json mencetak JSON di stdout; pakai --format json, atau --out <berkas> untuk CSV',
    en: '--json prints JSON on stdout; use --format json, or --out <file> for CSV',
  },
  'export.outNotDir': {
    id: '--out: {path} adalah berkas, padahal semua tabel memerlukan folder',
    en: '--out: {path} is a file, but exporting every table needs a folder',
  },
  'export.wrote': { id: '{file}: {rows} baris', en: '{file}: {rows} rows' },

  'help.merge': {
    id: 'gabungkan salinan lokakarya yang sama dari laptop lain ke berkas ini',
    en: "merge another laptop's copy of the same workshop into this file",
  },
  'help.merge.other': { id: 'berkas .innolab dari laptop lain (tidak diubah)', en: "the other laptop's .innolab file (left unchanged)" },
  'help.merge.dryRun': { id: 'tampilkan apa yang akan berubah tanpa menulis apa pun', en: 'show what would change and write nothing' },
  'help.merge.prefer': {
    id: 'ours|theirs: satu NIP untuk dua nama berbeda: NIP tetap milik orang di berkas ini (ours) atau orang di salinan lain (theirs)',
    en: 'ours|theirs: one NIP given to two different names: the NIP stays with the person in this file (ours) or goes to the other copy’s (theirs)',
  },
  'merge.otherNotFound': { id: 'berkas {file} tidak ada', en: 'file {file} does not exist' },
  'merge.sameFile': {
    id: '{file} adalah berkas ini sendiri; gabungkan salinan dari laptop lain',
    en: '{file} is this very file; merge the copy from another laptop',
  },
  'merge.otherWorkshop': {
    id: '{file} berisi lokakarya lain (UUID lokakarya berbeda); tidak ada yang digabungkan',
    en: '{file} holds a different workshop (its workshop UUID differs); nothing was merged',
  },
  'merge.otherWorkshopHint': {
    id: 'hanya salinan dari berkas yang sama yang dapat digabungkan; bandingkan: {innolab} workshop show --json',
    en: 'only copies of the same file can be merged; compare: {innolab} workshop show --json',
  },
  'merge.olderSchema': {
    id: '{file} memakai skema lama ({found}, versi ini {known}); berkas itu tidak diubah',
    en: '{file} uses an older schema ({found}, this version has {known}); that file was not changed',
  },
  'merge.olderSchemaHint': {
    id: 'perbarui dulu berkas itu: {innolab} -f {file} check, lalu gabungkan lagi',
    en: 'upgrade it first: {innolab} -f {file} check, then merge again',
  },
  'merge.nipConflict': {
    id: '{file}: {count} NIP terdaftar untuk orang yang berbeda nama di kedua salinan ({conflicts}); tidak ada yang digabung',
    en: '{file}: {count} NIP(s) registered for differently named people on the two copies ({conflicts}); nothing merged',
  },
  'merge.nipConflictHint': {
    id: 'lihat dengan --dry-run; lalu pilih pemilik NIP dengan --prefer ours (orang di berkas ini) atau --prefer theirs (orang di salinan lain); orang yang lain masuk tanpa NIP',
    en: 'see them with --dry-run; then say whose NIP it is with --prefer ours (the person in this file) or --prefer theirs (the other copy’s); the other person comes in without the NIP',
  },
  'merge.otherDamaged': {
    id: '{file} rusak (pemeriksaan {check} gagal); salinan ini tidak digabung',
    en: '{file} is damaged (the {check} check fails); this copy is not merged',
  },
  'merge.otherDamagedHint': {
    id: 'periksa dengan: {innolab} -f "{file}" check',
    en: 'see what is wrong with: {innolab} -f "{file}" check',
  },
  'merge.conflictLine': { id: 'konflik NIP {nip}: {ours} (di sini) / {theirs} (di {file})', en: 'NIP conflict {nip}: {ours} (here) / {theirs} (in {file})' },
  'merge.col.removed': { id: 'Dihapus', en: 'Removed' },
  'merge.col.table': { id: 'Tabel', en: 'Table' },
  'merge.col.added': { id: 'Baru', en: 'Added' },
  'merge.col.updated': { id: 'Diubah', en: 'Updated' },
  'merge.nothing': { id: 'tidak ada yang baru di {file}; tidak ada yang diubah', en: 'nothing new in {file}; nothing changed' },
  'merge.onlyLog': {
    id: 'tidak ada data baru di {file}; {entries} entri jejak audit disalin',
    en: 'no new data in {file}; {entries} audit entries copied',
  },
  'merge.done': {
    id: '{total} perubahan dari {file} digabungkan ({entries} entri jejak audit disalin)',
    en: 'merged {total} changes from {file} ({entries} audit entries copied)',
  },
  'merge.dryRunDone': {
    id: 'uji coba: {total} perubahan dari {file} akan digabungkan; tidak ada yang ditulis',
    en: 'dry run: {total} changes from {file} would be merged; nothing was written',
  },

  'help.commitment.import': {
    id: 'terapkan lembar kemajuan RTL yang diisi OPD (dari export --table commitments --unit <u>)',
    en: 'apply the follow-up sheet an OPD filled in (from export --table commitments --unit <u>)',
  },
  'help.commitment.import.csv': {
    id: 'berkas CSV dengan kolom no atau uuid, dan progress, status, note, date',
    en: 'CSV file with a no or uuid column, and progress, status, note, date',
  },
  'help.commitment.import.skipInvalid': {
    id: 'terapkan baris yang valid dan tetap sebutkan yang tidak valid',
    en: 'apply the valid rows and still list the invalid ones',
  },
  'help.commitment.import.dryRun': { id: 'periksa dan hitung tanpa menulis apa pun', en: 'check and count without writing anything' },
  'cimport.columnHint': {
    id: 'pakai lembar dari: {innolab} export --table commitments --unit <unit> --out rtl.csv',
    en: 'use the sheet from: {innolab} export --table commitments --unit <unit> --out rtl.csv',
  },
  'cimport.problem.required': { id: 'isi no atau uuid RTL', en: 'give the commitment no or uuid' },
  'cimport.problem.tooLong': { id: 'paling banyak {ref} karakter', en: 'at most {ref} characters' },
  'cimport.problem.control': { id: 'berisi karakter kendali ({ref})', en: 'contains a control character ({ref})' },
  'cimport.problem.bidi': { id: 'berisi karakter pembalik arah teks ({ref})', en: 'contains a text-direction override ({ref})' },
  'cimport.problem.invisible': { id: 'tidak berisi huruf yang terlihat', en: 'has no visible characters' },
  'cimport.problem.notFound': { id: 'tidak ada RTL "{value}"', en: 'there is no commitment "{value}"' },
  'cimport.problem.uuidMismatch': {
    id: 'uuid ini milik RTL no. {ref}, bukan no. {value}',
    en: 'this uuid belongs to commitment no. {ref}, not no. {value}',
  },
  'cimport.problem.duplicate': { id: 'RTL no. {value} sudah ada di baris {ref}', en: 'commitment no. {value} is already on line {ref}' },
  'cimport.problem.progress': { id: '"{value}" bukan bilangan bulat 0–100', en: '"{value}" is not a whole number 0–100' },
  'cimport.problem.status': {
    id: 'status "{value}" tidak dikenal; pilih planned, in-progress, done, cancelled (atau direncanakan, berjalan, selesai, dibatalkan)',
    en: 'unknown status "{value}"; use planned, in-progress, done, cancelled (or direncanakan, berjalan, selesai, dibatalkan)',
  },
  'cimport.problem.date': {
    id: '"{value}" bukan tanggal; tulis 2022-11-07 atau 07/11/2022',
    en: '"{value}" is not a date; write 2022-11-07 or 07/11/2022',
  },
  'cimport.problem.doneNeedsNote': {
    id: 'wajib diisi: selesai dengan kemajuan {ref}% (di bawah 100%) memerlukan catatan alasannya',
    en: 'is required: done with progress {ref}% (below 100%) needs a note saying why',
  },
  'cimport.summary': {
    id: '{updated} RTL diperbarui, {unchanged} tidak berubah, {invalid} baris tidak valid',
    en: '{updated} commitments updated, {unchanged} unchanged, {invalid} invalid rows',
  },
  'cimport.summaryDry': {
    id: 'Uji coba (tidak ada yang ditulis): {updated} RTL akan diperbarui, {unchanged} tidak berubah, {invalid} baris tidak valid',
    en: 'Dry run (nothing written): {updated} commitments would be updated, {unchanged} unchanged, {invalid} invalid rows',
  },
} satisfies Catalogue;
