import type { Catalogue } from './types.js';

/** The follow-up plan (rencana tindak lanjut, RTL): commitment add | list | show | update, status, demo. */
export const commitmentMessages = {
  // Help
  'help.commitment': {
    id: 'rencana tindak lanjut (RTL): komitmen tiap OPD setelah lokakarya',
    en: 'follow-up plan (RTL): what each OPD commits to after the workshop',
  },
  'help.commitment.add': { id: 'catat komitmen RTL baru', en: 'record a new follow-up commitment' },
  'help.commitment.add.unit': { id: 'unit (OPD) yang berkomitmen: nomor, nama atau singkatan', en: 'committing unit (OPD): number, name or short name' },
  'help.commitment.add.action': { id: 'rencana aksi yang akan dilakukan', en: 'the action to be taken' },
  'help.commitment.add.due': { id: 'tenggat waktu (YYYY-MM-DD)', en: 'due date (YYYY-MM-DD)' },
  'help.commitment.add.idea': { id: 'nomor ide inovasi yang ditindaklanjuti', en: 'number of the idea this follows up' },
  'help.commitment.add.owner': {
    id: 'penanggung jawab (PIC): peserta (nomor, NIP, nama) atau teks bebas, mis. "Kepala Bidang Pelayanan"',
    en: 'person in charge: a participant (number, NIP, name) or free text, e.g. "Kepala Bidang Pelayanan"',
  },
  'help.commitment.add.output': { id: 'keluaran yang dihasilkan', en: 'deliverable (output)' },
  'help.commitment.add.indicator': { id: 'indikator keberhasilan', en: 'success indicator' },
  'help.commitment.list': { id: 'daftar komitmen RTL, dengan yang terlambat ditandai', en: 'list follow-up commitments, overdue ones marked' },
  'help.commitment.list.unit': { id: 'hanya unit ini', en: 'only this unit' },
  'help.commitment.list.status': { id: 'hanya status ini: planned, in-progress, done, cancelled', en: 'only this status: planned, in-progress, done, cancelled' },
  'help.commitment.list.overdue': { id: 'hanya yang terlambat (lewat tenggat, belum selesai/dibatalkan)', en: 'only overdue ones (past due, not done or cancelled)' },
  'help.commitment.list.dueWithin': { id: 'hanya yang jatuh tempo dalam N hari ke depan', en: 'only those due within the next N days' },
  'help.commitment.asOf': { id: 'tanggal acuan (YYYY-MM-DD) (bawaan: hari ini)', en: 'reference date (YYYY-MM-DD) (default: today)' },
  'help.commitment.show': { id: 'tampilkan satu komitmen dan riwayat pembaruannya', en: 'show one commitment and its history of updates' },
  'help.commitment.no': { id: 'nomor komitmen', en: 'commitment number' },
  'help.commitment.update': { id: 'catat kemajuan atau status komitmen', en: 'record the progress or status of a commitment' },
  'help.commitment.update.progress': {
    id: 'kemajuan dalam persen, 0–100 (100 berarti selesai)',
    en: 'progress in percent, 0–100 (100 means done)',
  },
  'help.commitment.update.status': { id: 'status: planned, in-progress, done, cancelled', en: 'status: planned, in-progress, done, cancelled' },
  'help.commitment.update.note': {
    id: 'catatan (wajib bila selesai dengan kemajuan di bawah 100%)',
    en: 'note (required for done with progress below 100%)',
  },
  'help.commitment.update.date': { id: 'tanggal laporan kemajuan (YYYY-MM-DD) (bawaan: hari ini)', en: 'date of the progress report (YYYY-MM-DD) (default: today)' },

  // Errors
  'commitment.error.notFound': { id: 'komitmen RTL no. {no} tidak ditemukan', en: 'commitment no. {no} not found' },
  'commitment.error.notFoundHint': { id: 'lihat daftarnya dengan: {innolab} commitment list', en: 'see the list with: {innolab} commitment list' },
  'commitment.error.progress': {
    id: '{field}: "{value}" bukan kemajuan yang valid; tulis bilangan bulat 0 sampai 100',
    en: '{field}: "{value}" is not a valid progress; write a whole number from 0 to 100',
  },
  'commitment.error.doneNeedsNote': {
    id: '{field} wajib diisi: status done dengan kemajuan {progress}% (di bawah 100%) memerlukan catatan alasannya',
    en: '{field} is required: status done with progress {progress}% (below 100%) needs a note saying why',
  },
  'commitment.error.nothingToUpdate': {
    id: 'tidak ada yang diperbarui; berikan --progress, --status atau --note',
    en: 'nothing to update; pass --progress, --status or --note',
  },
  'commitment.error.days': {
    id: '{field}: "{value}" bukan jumlah hari yang valid; tulis bilangan bulat 0 atau lebih',
    en: '{field}: "{value}" is not a valid number of days; write a whole number, 0 or more',
  },
  'commitment.error.fixture': {
    id: 'data contoh {file}, entri {index}: {problem}',
    en: 'sample data {file}, entry {index}: {problem}',
  },

  // Messages
  'commitment.warn.ideaOtherUnit': {
    id: 'ide no. {idea} milik unit {ideaUnit}, bukan {unit}; komitmen tetap dicatat untuk {unit}',
    en: 'idea no. {idea} belongs to {ideaUnit}, not {unit}; the commitment is recorded for {unit} anyway',
  },
  'commitment.info.ownerText': {
    id: 'PIC "{owner}" bukan satu peserta terdaftar; disimpan sebagai teks',
    en: 'owner "{owner}" is not one registered participant; kept as text',
  },
  'commitment.added': { id: 'RTL ditambahkan: no. {no} ({unit}), tenggat {due}', en: 'Commitment added: no. {no} ({unit}), due {due}' },
  'commitment.updated': { id: 'RTL no. {no} diperbarui: {status}, {progress}%', en: 'Commitment no. {no} updated: {status}, {progress}%' },
  'commitment.unchanged': {
    id: 'RTL no. {no} tidak berubah ({status}, {progress}%)',
    en: 'Commitment no. {no} unchanged ({status}, {progress}%)',
  },
  'commitment.none': { id: 'Tidak ada RTL yang cocok.', en: 'No matching commitments.' },
  'commitment.overdueCount': { id: '{count} RTL terlambat per {date}', en: '{count} commitments overdue as of {date}' },
  'commitment.overdueCount.one': { id: '{count} RTL terlambat per {date}', en: '{count} commitment overdue as of {date}' },
  'commitment.noUpdates': { id: 'Belum ada pembaruan.', en: 'No updates yet.' },
  'commitment.daysLate': { id: '{n} hari', en: '{n} days' },
  'commitment.daysLate.one': { id: '{n} hari', en: '{n} day' },
  'commitment.prompt.unit': { id: 'Unit (OPD) yang berkomitmen', en: 'Committing unit (OPD)' },
  'commitment.prompt.action': { id: 'Rencana aksi', en: 'Action' },
  'commitment.prompt.due': { id: 'Tenggat (YYYY-MM-DD)', en: 'Due date (YYYY-MM-DD)' },
  'commitment.field.unit': { id: 'unit (OPD)', en: 'unit (OPD)' },
  'commitment.field.action': { id: 'rencana aksi', en: 'action' },
  'commitment.field.due': { id: 'tenggat', en: 'due date' },

  // Status names as people read them (JSON keeps the English codes)
  'commitment.status.planned': { id: 'direncanakan', en: 'planned' },
  'commitment.status.in-progress': { id: 'berjalan', en: 'in progress' },
  'commitment.status.done': { id: 'selesai', en: 'done' },
  'commitment.status.cancelled': { id: 'dibatalkan', en: 'cancelled' },

  // Columns and labels
  'commitment.col.unit': { id: 'Unit', en: 'Unit' },
  'commitment.col.action': { id: 'Rencana Aksi', en: 'Action' },
  'commitment.col.idea': { id: 'Ide', en: 'Idea' },
  'commitment.col.owner': { id: 'PIC', en: 'Owner' },
  'commitment.col.output': { id: 'Keluaran', en: 'Output' },
  'commitment.col.indicator': { id: 'Indikator', en: 'Indicator' },
  'commitment.col.due': { id: 'Tenggat', en: 'Due' },
  'commitment.col.status': { id: 'Status', en: 'Status' },
  'commitment.col.progress': { id: 'Kemajuan', en: 'Progress' },
  'commitment.col.late': { id: 'Terlambat', en: 'Overdue' },
  'commitment.col.date': { id: 'Tanggal', en: 'Date' },
  'commitment.col.note': { id: 'Catatan', en: 'Note' },
  'commitment.col.count': { id: 'Jumlah', en: 'Count' },
  'commitment.col.uuid': { id: 'UUID', en: 'UUID' },
  'commitment.heading.updates': { id: 'Riwayat pembaruan', en: 'History of updates' },

  // Status dashboard
  'commitment.dash.heading': { id: 'Rencana Tindak Lanjut (per {date})', en: 'Follow-up commitments (as of {date})' },
  'commitment.dash.none': { id: 'Belum ada RTL.', en: 'No commitments yet.' },
  'commitment.dash.dueThisWeek': { id: 'Jatuh tempo sampai {until}: {count}', en: 'Due by {until}: {count}' },
  'commitment.dash.overdue': { id: 'Terlambat: {count}', en: 'Overdue: {count}' },
  'commitment.dash.unitsOverdue': { id: 'Unit dengan RTL terlambat', en: 'Units with overdue commitments' },
} satisfies Catalogue;
