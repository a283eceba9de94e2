import type { Catalogue } from './types.js';

/** Many workshops at once: `innolab rollup`, `innolab push`, `innolab report rollup`. */
export const rollupMessages = {
  'help.rollup': {
    id: 'rekap banyak berkas lokakarya (dibaca saja, tidak diubah): per lokakarya, OPD, bentuk inovasi atau tahun',
    en: 'roll up many workshop files (read only, never changed): per workshop, OPD, form of innovation or year',
  },
  'help.rollup.paths': { id: 'berkas .innolab atau folder berisi berkas .innolab', en: '.innolab files or folders holding them' },
  'help.rollup.asOf': { id: 'tanggal acuan untuk keterlambatan RTL (bawaan: hari ini)', en: 'the date overdue follow-up is judged on (default: today)' },
  'help.rollup.since': {
    id: 'OPD tanpa pembaruan RTL sejak tanggal ini dicantumkan (bawaan: 30 hari sebelum --as-of)',
    en: 'list the OPDs with no follow-up update since this date (default: 30 days before --as-of)',
  },
  'help.rollup.by': { id: 'baris tabel: workshop, unit, form atau year (bawaan: workshop)', en: 'table rows: workshop, unit, form or year (default: workshop)' },
  'help.rollup.format': { id: 'table atau csv (bawaan: table)', en: 'table or csv (default: table)' },
  'help.rollup.out': { id: 'tulis CSV ke berkas ini, bukan ke layar', en: 'write the CSV to this file instead of stdout' },
  'help.rollup.unitMap': {
    id: 'CSV dua kolom: nama OPD di berkas, nama yang dipakai dalam rekap',
    en: 'a two-column CSV: the OPD name in a file, the name to count it under',
  },
  'help.rollup.strict': { id: 'berhenti pada berkas pertama yang tidak bisa dibaca', en: 'stop at the first file that cannot be read' },
  'help.examples.rollup': {
    id: [
      '# Rekap semua lokakarya dalam satu folder, per OPD',
      '{innolab} rollup lokakarya/ --by unit',
      '# Per tahun, untuk skrip, dengan nama OPD diseragamkan',
      '{innolab} rollup 2023/ 2024/ --by year --unit-map nama-opd.csv --json',
      '# Ke CSV untuk lembar kerja',
      '{innolab} rollup lokakarya/ --format csv --out rekap.csv',
    ].join('\n'),
    en: [
      '# Roll up every workshop in a folder, per OPD',
      '{innolab} rollup workshops/ --by unit',
      '# Per year, for a script, with OPD names reconciled',
      '{innolab} rollup 2023/ 2024/ --by year --unit-map opd-names.csv --json',
      '# To CSV for a spreadsheet',
      '{innolab} rollup workshops/ --format csv --out rollup.csv',
    ].join('\n'),
  },
  'help.more.rollup': {
    id: [
      '--by: workshop (satu baris per berkas), unit (OPD yang sama di berbagai lokakarya digabung menurut nama atau singkatan),',
      '      form (tata-kelola, pelayanan-publik, lainnya, unspecified), year (tahun mulai lokakarya).',
      'Berkas rusak, dari innolab yang lebih baru, atau bukan berkas innolab disebutkan dan dilewati; kode keluar 1 bila ada yang dilewati.',
    ].join('\n'),
    en: [
      '--by: workshop (one row per file), unit (the same OPD across workshops, matched by name or short name),',
      '      form (tata-kelola, pelayanan-publik, lainnya, unspecified), year (the year the workshop started).',
      'Damaged files, files from a newer innolab and non-innolab files are named and skipped; exit 1 when any were.',
    ].join('\n'),
  },
  'rollup.error.noSuchPath': { id: 'berkas atau folder {path} tidak ada', en: 'file or folder {path} does not exist' },
  'rollup.error.noFiles': { id: 'tidak ada berkas .innolab di jalur yang disebutkan', en: 'no .innolab files in the paths given' },
  'rollup.error.xlsx': {
    id: '--format xlsx belum tersedia untuk rollup; pakai --format csv',
    en: '--format xlsx is not available for rollup yet; use --format csv',
  },
  'rollup.error.unitMapRow': {
    id: '{file} baris {line}: kedua kolom (nama di berkas, nama rekap) harus diisi',
    en: '{file} line {line}: both columns (name in the file, name to count under) must be filled in',
  },
  'rollup.error.skippedFiles': {
    id: '{count} berkas dilewati (lihat peringatan di atas); angka di atas tanpa berkas tersebut',
    en: '{count} file(s) skipped (see the warnings above); the figures leave them out',
  },
  'rollup.error.strict': { id: 'berhenti pada {file} (--strict)', en: 'stopped at {file} (--strict)' },
  'rollup.skipped': { id: 'dilewati: {file}: {reason}', en: 'skipped: {file}: {reason}' },
  'rollup.reason.newer': {
    id: 'berkas dari innolab yang lebih baru (skema {found}); perbarui innolab',
    en: 'file from a newer innolab (schema {found}); update innolab',
  },
  'rollup.reason.duplicate': { id: 'lokakarya yang sama dengan {file} (uuid sama)', en: 'the same workshop as {file} (same uuid)' },
  'rollup.reason.notInnolab': { id: 'bukan berkas lokakarya innolab', en: 'not an innolab workshop file' },
  'rollup.reason.unreadable': { id: 'tidak dapat dibaca ({detail})', en: 'cannot be read ({detail})' },
  'rollup.reason.damaged': { id: 'berkas rusak ({detail})', en: 'damaged file ({detail})' },
  'rollup.written': { id: 'Rekap ditulis: {file} ({rows} baris)', en: 'Roll-up written: {file} ({rows} rows)' },
  'rollup.heading': { id: 'Rekap {read} lokakarya ({skipped} berkas dilewati)', en: 'Roll-up of {read} workshops ({skipped} files skipped)' },
  'rollup.heading.stale': { id: 'OPD tanpa pembaruan RTL sejak {since}', en: 'OPDs with no follow-up update since {since}' },
  'rollup.staleLine': {
    id: '{unit}: pembaruan terakhir {last}, {open} RTL masih terbuka',
    en: '{unit}: last update {last}, {open} commitments still open',
  },
  'rollup.heading.unmatched': {
    id: 'Nama OPD yang hanya muncul di satu lokakarya (samakan dengan --unit-map bila sama)',
    en: 'OPD names found in one workshop only (reconcile them with --unit-map if they are the same)',
  },
  'rollup.unmatchedLine': { id: '{unit} ({workshop})', en: '{unit} ({workshop})' },
  'rollup.heading.unusedMap': { id: 'Nama di --unit-map yang tidak ditemukan di berkas mana pun', en: 'Names in --unit-map found in no file' },
  'rollup.col.row': { id: 'Baris', en: 'Row' },
  'rollup.col.workshops': { id: 'Lokakarya', en: 'Workshops' },
  'rollup.col.participants': { id: 'Peserta', en: 'Participants' },
  'rollup.col.attendance': { id: 'Kehadiran', en: 'Attendance' },
  'rollup.col.ideas': { id: 'Ide', en: 'Ideas' },
  'rollup.col.selected': { id: 'Terpilih', en: 'Selected' },
  'rollup.col.implemented': { id: 'Diterapkan', en: 'Implemented' },
  'rollup.col.commitments': { id: 'RTL', en: 'Commitments' },
  'rollup.col.done': { id: 'Selesai', en: 'Done' },
  'rollup.col.overdue': { id: 'Terlambat', en: 'Overdue' },
  'help.push': {
    id: 'salin lokakarya ke basis data PostgreSQL (gudang data untuk dasbor); kontak tidak ikut kecuali diminta',
    en: 'copy workshops into a PostgreSQL database (a warehouse for dashboards); contacts stay out unless asked',
  },
  'help.push.paths': { id: 'berkas .innolab atau folder berisi berkas .innolab', en: '.innolab files or folders holding them' },
  'help.push.to': {
    id: 'alamat server, mis. postgres://pengguna@host/db (bawaan: INNOLAB_DATABASE_URL, lalu variabel PG*)',
    en: 'the server, e.g. postgres://user@host/db (default: INNOLAB_DATABASE_URL, then the PG* variables)',
  },
  'help.push.includeContacts': { id: 'ikut kirim nomor HP dan e-mail peserta', en: "also push participants' phone numbers and e-mails" },
  'help.push.redact': { id: 'kirim nama dan NIP tersamar (inisial, 1968***********004)', en: 'push names and NIPs masked (initials, 1968***********004)' },
  'help.examples.push': {
    id: [
      '# Kirim semua lokakarya tahun ini ke gudang data provinsi',
      '{innolab} push lokakarya/ --to postgres://innolab@db.bappeda.example/inovasi',
      '# Tanpa alamat di baris perintah: dari lingkungan, nama dan NIP tersamar',
      'INNOLAB_DATABASE_URL=postgres://innolab@db.bappeda.example/inovasi {innolab} push tanjungbalai-2022.innolab --redact',
    ].join('\n'),
    en: [
      "# Push this year's workshops to the province's warehouse",
      '{innolab} push workshops/ --to postgres://innolab@db.bappeda.example/inovasi',
      '# The server from the environment, names and NIPs masked',
      'INNOLAB_DATABASE_URL=postgres://innolab@db.bappeda.example/inovasi {innolab} push tanjungbalai-2022.innolab --redact',
    ].join('\n'),
  },
  'push.error.noServer': {
    id: 'server PostgreSQL belum disebutkan: pakai --to <url> atau INNOLAB_DATABASE_URL',
    en: 'no PostgreSQL server given: pass --to <url> or set INNOLAB_DATABASE_URL',
  },
  'push.error.connect': {
    id: 'tidak dapat terhubung ke server PostgreSQL {server} ({reason}); tidak ada yang ditulis',
    en: 'cannot connect to the PostgreSQL server {server} ({reason}); nothing was written',
  },
  'push.error.server': {
    id: 'server PostgreSQL {server} menolak ({reason}); lokakarya yang sedang dikirim tidak ditulis',
    en: 'the PostgreSQL server {server} refused ({reason}); the workshop being pushed was not written',
  },
  'push.error.newerWarehouse': {
    id: 'skema innolab di server berversi {found}, lebih baru dari yang dikenal versi ini ({known}); perbarui innolab',
    en: 'the innolab schema on the server is version {found}, newer than this innolab knows ({known}); update innolab',
  },
  'push.done': {
    id: '{count} lokakarya dikirim ke {server}: {rows} baris berubah',
    en: '{count} workshops pushed to {server}: {rows} rows changed',
  },
  'push.col.workshop': { id: 'Lokakarya', en: 'Workshop' },
  'push.col.inserted': { id: 'Baru', en: 'Inserted' },
  'push.col.updated': { id: 'Diubah', en: 'Updated' },
  'push.col.deleted': { id: 'Dihapus', en: 'Deleted' },
} satisfies Catalogue;
