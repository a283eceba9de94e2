import type { Catalogue } from './types.js';

/** Name badges (`report badges`) and check-in by scanning them (`checkin --scan`, the loop's scan path). */
export const badgeMessages = {
  // report badges
  'help.report.badges': {
    id: 'tanda pengenal (name tag) dengan kode QR untuk absen pindai, 8 atau 10 per lembar, dengan tanda potong',
    en: 'name badges with a QR code for check-in by scan, 8 or 10 to a sheet, with cut marks',
  },
  'help.report.badges.perPage': {
    id: 'tanda pengenal per lembar: 8 atau 10 (bawaan: 8)',
    en: 'badges per sheet: 8 or 10 (default: 8)',
  },
  'help.report.badges.role': {
    id: 'hanya peran ini (peserta, narasumber, fasilitator, panitia)',
    en: 'only this role (peserta, narasumber, fasilitator, panitia)',
  },
  'help.report.badges.unit': {
    id: 'hanya unit kerja ini (nama atau singkatan)',
    en: 'only this unit (name or short name)',
  },
  'help.report.badges.who': {
    id: 'hanya peserta ini: nomor, NIP atau nama (boleh beberapa), mis. peserta yang baru mendaftar di meja',
    en: 'only these participants: number, NIP or name (one or more), e.g. a walk-in registered at the desk',
  },
  'report.badges.title': { id: 'Tanda Pengenal', en: 'Name Badges' },
  'report.badges.number': { id: 'No. {no}', en: 'No. {no}' },
  'report.badges.none': {
    id: 'Tidak ada peserta yang cocok: tidak ada tanda pengenal.',
    en: 'No participant matches: no badges.',
  },
  'report.badges.noneWarning': {
    id: 'tidak ada peserta yang cocok; PDF tanpa tanda pengenal',
    en: 'no participant matches; the PDF has no badges',
  },
  'report.error.perPage': {
    id: '--per-page {value}: pilih 8 atau 10',
    en: '--per-page {value}: use 8 or 10',
  },
  // checkin --scan
  'help.checkin.scan': {
    id: 'absen pindai: baca satu kode per baris (pemindai USB, keyboard, atau berkas lewat stdin); dengan --json satu objek JSON per baris',
    en: 'check-in by scan: read one code per line (USB scanner, keyboard, or a file on stdin); with --json one JSON object per line',
  },
  'attendance.error.scanWithWho': {
    id: '--scan membaca kode dari masukan; jangan sebut <who> (atau jalankan tanpa --scan)',
    en: '--scan reads codes from its input; do not pass <who> (or run without --scan)',
  },
  'attendance.error.scanWithUndo': {
    id: '--scan tidak bisa dipakai dengan --undo',
    en: '--scan cannot be used with --undo',
  },
  'attendance.scan.start': {
    id: 'Siap memindai untuk {day} ({date}). Satu kode per baris; Ctrl+D untuk selesai.',
    en: 'Ready to scan for {day} ({date}). One code a line; Ctrl+D ends.',
  },
  'attendance.scan.checkedIn': { id: 'HADIR — {day}', en: 'PRESENT — {day}' },
  'attendance.scan.already': {
    id: 'SUDAH TERCATAT {status} {time} — tidak dicatat dua kali',
    en: 'ALREADY RECORDED {status} {time} — not recorded twice',
  },
  'attendance.scan.duplicate': {
    id: 'pindaian ganda — sudah dicatat barusan',
    en: 'double scan — recorded a moment ago',
  },
  'attendance.scan.unknown': {
    id: 'KODE TIDAK DIKENAL: {code}',
    en: 'UNKNOWN CODE: {code}',
  },
  'attendance.scan.damaged': {
    id: 'KODE RUSAK, pindai lagi atau ketik nomor peserta: {code}',
    en: 'DAMAGED CODE, scan again or type the number: {code}',
  },
  'attendance.scan.otherWorkshop': {
    id: 'LENCANA LOKAKARYA LAIN — bukan peserta lokakarya ini',
    en: 'BADGE OF ANOTHER WORKSHOP — not a participant of this one',
  },
  'attendance.scan.done': {
    id: 'Pindaian selesai ({day}): {checked_in} tercatat, {already} sudah tercatat sebelumnya, {duplicate} pindaian ganda, {unknown} tidak dikenal, {other_workshop} lokakarya lain',
    en: 'Scanning done ({day}): {checked_in} checked in, {already} already recorded, {duplicate} double scans, {unknown} unknown, {other_workshop} other workshop',
  },
} satisfies Catalogue;
