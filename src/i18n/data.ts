import type { Catalogue } from './types.js';

/** Exports, merging laptops' copies and importing an OPD's follow-up sheet. */
export const dataMessages = {
  'help.export': {
    id: 'ekspor data ke CSV (untuk Excel) atau JSON',
    en: 'export data as CSV (for Excel) or JSON',
  },
  'help.export.format': { id: 'csv (bawaan) atau json', en: 'csv (default) or json' },
  'help.export.table': {
    id: 'participants, units, attendance, ideas, commitments, atau all (bawaan: satu berkas per tabel di folder --out)',
    en: 'participants, units, attendance, ideas, commitments, or all (default: one file per table in the --out folder)',
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
    id: 'hanya salinan dari berkas yang sama yang dapat digabungkan; bandingkan: innolab workshop show --json',
    en: 'only copies of the same file can be merged; compare: innolab workshop show --json',
  },
  'merge.olderSchema': {
    id: '{file} memakai skema lama ({found}, versi ini {known}); berkas itu tidak diubah',
    en: '{file} uses an older schema ({found}, this version has {known}); that file was not changed',
  },
  'merge.olderSchemaHint': {
    id: 'perbarui dulu berkas itu: innolab -f {file} check, lalu gabungkan lagi',
    en: 'upgrade it first: innolab -f {file} check, then merge again',
  },
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
} satisfies Catalogue;
