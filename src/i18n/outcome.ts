import type { Catalogue } from './types.js';

/**
 * The outcome report (Laporan Hasil Kegiatan) and the commitments matrix (Matriks RTL): command help,
 * messages, and the labels both PDFs print. The outcome report's chapters and paragraphs live in
 * templates/outcome.<lang>.json so an office can reword them without touching code.
 */
export const outcomeMessages = {
  'help.report.outcome': {
    id: 'Laporan Hasil Kegiatan (PDF): pendahuluan, pelaksanaan, hasil, rencana tindak lanjut, penutup',
    en: 'outcome report (PDF): introduction, implementation, results, follow-up plan, closing',
  },
  'help.report.outcome.asOf': {
    id: 'tanggal laporan untuk tanda tangan dan keterlambatan RTL (YYYY-MM-DD) (bawaan: hari ini)',
    en: 'date of the report, for the signature and overdue follow-up (YYYY-MM-DD) (default: today)',
  },
  'help.report.commitments': {
    id: 'Matriks Rencana Tindak Lanjut (PDF) per unit kerja, yang terlambat ditandai',
    en: 'follow-up commitments matrix (PDF) by unit, overdue ones highlighted',
  },
  'help.report.commitments.asOf': {
    id: 'keadaan per tanggal ini (YYYY-MM-DD) (bawaan: hari ini)',
    en: 'status as of this date (YYYY-MM-DD) (default: today)',
  },

  'outcome.templateBroken': {
    id: 'templat laporan {file} tidak dapat dipakai: {problem}',
    en: 'report template {file} cannot be used: {problem}',
  },
  'outcome.templateBrokenHint': {
    id: 'perbaiki berkas JSON itu atau pulihkan dari paket innolab',
    en: 'fix that JSON file or restore it from the innolab package',
  },

  'outcome.ideaStatus.proposed': { id: 'Diusulkan', en: 'Proposed' },
  'outcome.ideaStatus.shortlisted': { id: 'Nominasi', en: 'Shortlisted' },
  'outcome.ideaStatus.selected': { id: 'Terpilih', en: 'Selected' },
  'outcome.ideaStatus.trial': { id: 'Uji Coba', en: 'Trial' },
  'outcome.ideaStatus.implemented': { id: 'Penerapan', en: 'Implemented' },
  'outcome.ideaStatus.dropped': { id: 'Tidak Dilanjutkan', en: 'Dropped' },
  'outcome.form.tata-kelola': { id: 'Tata Kelola Pemerintahan', en: 'Governance' },
  'outcome.form.pelayanan-publik': { id: 'Pelayanan Publik', en: 'Public Service' },
  'outcome.form.lainnya': { id: 'Lainnya', en: 'Other' },
  'outcome.kind.digital': { id: 'Digital', en: 'Digital' },
  'outcome.kind.non-digital': { id: 'Non-Digital', en: 'Non-digital' },
  'outcome.commitmentStatus.planned': { id: 'Direncanakan', en: 'Planned' },
  'outcome.commitmentStatus.in-progress': { id: 'Berjalan', en: 'In progress' },
  'outcome.commitmentStatus.done': { id: 'Selesai', en: 'Done' },
  'outcome.commitmentStatus.cancelled': { id: 'Dibatalkan', en: 'Cancelled' },
  'outcome.overdueDays': { id: 'Terlambat {n} hari', en: '{n} days overdue' },
  'outcome.overdueDay': { id: 'Terlambat 1 hari', en: '1 day overdue' },
  'outcome.continued': { id: '{group} (lanjutan)', en: '{group} (continued)' },
  'outcome.chapter': { id: 'BAB {n}', en: 'CHAPTER {n}' },

  'matrix.heading': { id: 'MATRIKS RENCANA TINDAK LANJUT', en: 'FOLLOW-UP COMMITMENTS MATRIX' },
  'matrix.title': { id: 'Matriks Rencana Tindak Lanjut', en: 'Follow-up Commitments Matrix' },
  'matrix.asOfLabel': { id: 'Keadaan per', en: 'Status as of' },
  'matrix.col.no': { id: 'No. RTL', en: 'Ref.' },
  'matrix.col.action': { id: 'Rencana Aksi', en: 'Action' },
  'matrix.col.idea': { id: 'Inovasi', en: 'Innovation' },
  'matrix.col.owner': { id: 'Penanggung Jawab', en: 'Owner' },
  'matrix.col.output': { id: 'Keluaran', en: 'Output' },
  'matrix.col.due': { id: 'Batas Waktu', en: 'Due' },
  'matrix.col.status': { id: 'Status', en: 'Status' },
  'matrix.col.progress': { id: 'Progres', en: 'Progress' },
  'matrix.col.note': { id: 'Keterangan', en: 'Remarks' },
  'matrix.lastUpdate': { id: 'Pembaruan {date}: {note}', en: 'Update {date}: {note}' },
  'matrix.doneOn': { id: 'Selesai {date}', en: 'Done on {date}' },
  'matrix.none': { id: 'Belum ada rencana tindak lanjut yang tercatat.', en: 'No follow-up commitments have been recorded.' },
  'matrix.summary': { id: 'Ringkasan', en: 'Summary' },
  'matrix.summary.total': { id: 'Jumlah rencana aksi', en: 'Actions in total' },
  'matrix.summary.done': { id: 'Selesai', en: 'Done' },
  'matrix.summary.inProgress': { id: 'Berjalan', en: 'In progress' },
  'matrix.summary.planned': { id: 'Direncanakan', en: 'Planned' },
  'matrix.summary.cancelled': { id: 'Dibatalkan', en: 'Cancelled' },
  'matrix.summary.overdue': { id: 'Terlambat (per {date})', en: 'Overdue (as of {date})' },
  'matrix.summary.progress': { id: 'Rata-rata progres (tanpa yang dibatalkan)', en: 'Average progress (cancelled excluded)' },
  'matrix.summary.units': { id: 'Unit kerja dengan rencana aksi terlambat', en: 'Units with overdue actions' },
  'matrix.legend': {
    id: 'TERLAMBAT (tebal, di kolom Status): rencana aksi yang melewati batas waktu dan belum selesai per {date}.',
    en: 'OVERDUE (bold, in the Status column): actions past their due date and not done as of {date}.',
  },
  'matrix.unitCount': { id: '{n} rencana aksi', en: '{n} actions' },
  'matrix.unitCount.one': { id: '{n} rencana aksi', en: '{n} action' },
  'matrix.overdueMark': { id: 'TERLAMBAT', en: 'OVERDUE' },
  // No-break spaces keep the dash with the mark and the number with its unit when the cell wraps.
  'matrix.overdueStatus': { id: '{status} —\u00a0TERLAMBAT {n}\u00a0hari', en: '{status} —\u00a0OVERDUE {n}\u00a0days' },
  'matrix.overdueStatus.one': { id: '{status} —\u00a0TERLAMBAT {n}\u00a0hari', en: '{status} —\u00a0OVERDUE {n}\u00a0day' },
  'matrix.col.indicator': { id: 'Indikator', en: 'Indicator' },
} satisfies Catalogue;
