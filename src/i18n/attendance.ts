import type { Catalogue } from './types.js';

/** Daily attendance: checkin, the check-in loop, attendance list/summary, the dashboard section. */
export const attendanceMessages = {
  // --help
  'help.checkin': {
    id: 'catat kehadiran (tanpa <who> di terminal: mode absen berulang; ketik nama, NIP, nomor atau pindai lencana)',
    en: 'record attendance (no <who> on a terminal: a check-in loop; type a name, NIP, number or scan a badge)',
  },
  'help.checkin.who': { id: 'nomor, NIP atau potongan nama peserta (boleh beberapa)', en: "participant's number, NIP or part of the name (one or more)" },
  'help.checkin.day': { id: 'hari ke-n lokakarya (bawaan: hari ini)', en: 'day n of the workshop (default: today)' },
  'help.checkin.date': { id: 'tanggal hari lokakarya (YYYY-MM-DD)', en: 'date of a workshop day (YYYY-MM-DD)' },
  'help.checkin.at': { id: 'jam datang HH:MM (bawaan: sekarang)', en: 'arrival time HH:MM (default: now)' },
  'help.checkin.status': {
    id: 'present (hadir), excused (izin, perlu --note) atau represented (diwakili, perlu --representative) (bawaan: present)',
    en: 'present, excused (needs --note) or represented (needs --representative) (default: present)',
  },
  'help.checkin.note': { id: 'keterangan, mis. alasan izin: sakit, tugas lain', en: 'note, e.g. the reason for an excused absence' },
  'help.checkin.representative': { id: 'nama wakil yang hadir (status diwakili)', en: 'name of the deputy who attends (status represented)' },
  'help.checkin.undo': { id: 'hapus catatan kehadiran hari itu', en: "remove that day's attendance record" },
  'help.attendance': { id: 'daftar dan rekap kehadiran', en: 'attendance lists and recap' },
  'help.attendance.list': {
    id: 'siapa yang hadir/izin/diwakili pada suatu hari (tanpa --day: hari ini, atau semua hari di luar lokakarya)',
    en: 'who is present/excused/represented on a day (no --day: today, or every day outside the workshop)',
  },
  'help.attendance.list.day': { id: 'hari ke-n lokakarya', en: 'day n of the workshop' },
  'help.attendance.list.date': { id: 'tanggal hari lokakarya (YYYY-MM-DD)', en: 'date of a workshop day (YYYY-MM-DD)' },
  'help.attendance.list.absent': { id: 'tampilkan yang belum tercatat sama sekali hari itu', en: 'list who has no record that day' },
  'help.attendance.summary': {
    id: 'rekap: hari hadir dan persentase per peserta (diwakili dihitung hadir, izin tidak), per unit dan per hari',
    en: 'recap: days attended and percent per person (represented counts as attended, excused not), per unit and per day',
  },

  // Errors
  'attendance.error.dayAndDate': { id: 'pilih salah satu: --day atau --date, jangan keduanya', en: 'give --day or --date, not both' },
  'attendance.error.dayOutOfRange': {
    id: '--day {day}: lokakarya ini hanya {days} hari',
    en: '--day {day}: the workshop has {days} days',
  },
  'attendance.hint.dayRange': {
    id: 'gunakan --day 1 sampai --day {days}, atau --date YYYY-MM-DD',
    en: 'use --day 1 to --day {days}, or --date YYYY-MM-DD',
  },
  'attendance.error.notWorkshopDay': {
    id: '--date {date} bukan hari lokakarya ({start} s.d. {end})',
    en: '--date {date} is not a workshop day ({start} to {end})',
  },
  'attendance.error.todayNotWorkshopDay': {
    id: 'hari ini ({today}) bukan hari lokakarya ({start} s.d. {end}); sebutkan harinya dengan --day <n> atau --date',
    en: 'today ({today}) is not a workshop day ({start} to {end}); say which day with --day <n> or --date',
  },
  'attendance.error.invalidTime': {
    id: '--at: "{value}" bukan jam; tulis JJ:MM, mis. 08:15',
    en: '--at: "{value}" is not a time; write HH:MM, e.g. 08:15',
  },
  'attendance.error.noteRequired': {
    id: '--status excused perlu alasannya: tambahkan --note, mis. --note sakit',
    en: '--status excused needs the reason: pass --note, e.g. --note sakit',
  },
  'attendance.error.representativeRequired': {
    id: '--status represented perlu nama wakilnya: tambahkan --representative <nama>',
    en: "--status represented needs the deputy's name: pass --representative <name>",
  },
  'attendance.error.representativeOnlyRepresented': {
    id: '--representative hanya untuk --status represented',
    en: '--representative goes with --status represented',
  },
  'attendance.error.undoWithDetails': {
    id: '--undo menghapus catatan hari itu; jangan digabung dengan --status, --note, --representative atau --at',
    en: "--undo removes that day's record; do not combine it with --status, --note, --representative or --at",
  },
  'attendance.error.undoNeedsWho': {
    id: '--undo perlu <who>: sebutkan peserta yang catatannya dihapus',
    en: '--undo needs <who>: name the participant whose record to remove',
  },
  'attendance.error.whoRequired': {
    id: 'siapa yang dicatat belum diberikan; sebutkan <who> (nomor, NIP atau nama), atau jalankan di terminal untuk mode absen berulang',
    en: 'nobody to check in; pass <who> (number, NIP or name), or run it on a terminal for the check-in loop',
  },

  // Statuses as people say them
  'attendance.status.present': { id: 'hadir', en: 'present' },
  'attendance.status.excused': { id: 'izin', en: 'excused' },
  'attendance.status.represented': { id: 'diwakili', en: 'represented' },
  'attendance.status.absent': { id: 'tidak hadir', en: 'absent' },
  'attendance.status.notYet': { id: 'belum hadir', en: 'not yet' },
  'attendance.mark.present': { id: 'H', en: 'P' },
  'attendance.mark.excused': { id: 'I', en: 'E' },
  'attendance.mark.represented': { id: 'D', en: 'R' },
  'attendance.mark.absent': { id: '-', en: '-' },
  'attendance.marksLegend': {
    id: 'H = hadir, D = diwakili (dihitung hadir), I = izin, - = tidak tercatat',
    en: 'P = present, R = represented (counts as attended), E = excused, - = no record',
  },

  // checkin results: "✓ Nama — OPD — hari ke-2"
  'attendance.day': { id: 'hari ke-{day}', en: 'day {day}' },
  'attendance.checkedIn': { id: '✓ {who} — {day}', en: '✓ {who} — {day}' },
  'attendance.checkedInExcused': { id: '✓ {who} — {day}: izin ({note})', en: '✓ {who} — {day}: excused ({note})' },
  'attendance.checkedInRepresented': {
    id: '✓ {who} — {day}: diwakili oleh {representative}',
    en: '✓ {who} — {day}: represented by {representative}',
  },
  'attendance.already': { id: '= {who} — {day}: sudah tercatat {status}, tidak ada yang diubah', en: '= {who} — {day}: already recorded {status}; nothing changed' },
  'attendance.undone': { id: '✗ {who} — {day}: catatan kehadiran dihapus', en: '✗ {who} — {day}: attendance record removed' },
  'attendance.undoNone': { id: '{who} — {day}: tidak ada catatan kehadiran; tidak ada yang dihapus', en: '{who} — {day}: no attendance record; nothing removed' },

  // The check-in loop
  'attendance.loop.start': {
    id: 'Absen {day}, {date}. Ketik nama, NIP atau nomor (atau pindai lencana) lalu Enter; Enter kosong untuk selesai.',
    en: 'Check-in for {day}, {date}. Type a name, NIP or number (or scan a badge) and Enter; an empty line ends.',
  },
  'attendance.loop.prompt': { id: 'Nama, NIP atau nomor', en: 'Name, NIP or number' },
  'attendance.loop.pick': { id: 'Beberapa peserta cocok dengan "{text}"; pilih satu', en: 'Several participants match "{text}"; pick one' },
  'attendance.loop.pickNone': { id: '(bukan salah satunya, ketik lagi)', en: '(none of these, type again)' },
  'attendance.loop.registerWalkIn': {
    id: 'Tidak ada peserta yang cocok dengan "{text}". Daftarkan sebagai peserta baru (walk-in)?',
    en: 'No participant matches "{text}". Register a walk-in?',
  },
  'attendance.loop.walkInName': { id: 'Nama lengkap (dengan gelar)', en: 'Full name (with titles)' },
  'attendance.loop.walkInUnit': { id: 'Unit kerja / OPD (kosongkan bila tidak ada)', en: 'Unit / OPD (leave empty if none)' },
  'attendance.loop.walkInPosition': { id: 'Jabatan (boleh kosong)', en: 'Position (may be empty)' },
  'attendance.loop.walkInRegistered': { id: '+ {who} terdaftar sebagai peserta no. {no}', en: '+ {who} registered as participant no. {no}' },
  'attendance.loop.unitCreated': { id: '+ unit baru dibuat: {unit}', en: '+ new unit created: {unit}' },
  'attendance.loop.done': { id: '{count} orang tercatat pada {day}', en: '{count} checked in on {day}' },

  // Tables
  'attendance.col.unit': { id: 'Unit Kerja', en: 'Unit' },
  'attendance.col.date': { id: 'Tanggal', en: 'Date' },
  'attendance.col.day': { id: 'Hari', en: 'Day' },
  'attendance.col.status': { id: 'Status', en: 'Status' },
  'attendance.col.position': { id: 'Jabatan', en: 'Position' },
  'attendance.col.time': { id: 'Jam', en: 'Time' },
  'attendance.col.note': { id: 'Keterangan', en: 'Note' },
  'attendance.col.daysPresent': { id: 'Hari hadir', en: 'Days attended' },
  'attendance.col.percent': { id: '%', en: '%' },
  'attendance.col.present': { id: 'Hadir', en: 'Present' },
  'attendance.col.excused': { id: 'Izin', en: 'Excused' },
  'attendance.col.represented': { id: 'Diwakili', en: 'Represented' },
  'attendance.col.absent': { id: 'Tidak hadir', en: 'Absent' },
  'attendance.noUnit': { id: '(tanpa unit)', en: '(no unit)' },
  'attendance.representedBy': { id: 'diwakili {representative}', en: 'represented by {representative}' },
  'attendance.none': { id: 'belum ada catatan kehadiran', en: 'no attendance recorded yet' },
  'attendance.noneAbsent': { id: 'semua peserta sudah tercatat ({day})', en: 'everyone has a record ({day})' },
  'attendance.noParticipants': { id: 'belum ada peserta; tambahkan dengan {innolab} participant add atau {innolab} participant import', en: 'no participants yet; add them with {innolab} participant add or {innolab} participant import' },
  'attendance.heading.people': { id: 'Kehadiran per peserta', en: 'Attendance per participant' },
  'attendance.heading.units': { id: 'Per unit (orang-hari)', en: 'Per unit (person-days)' },
  'attendance.heading.days': { id: 'Per hari', en: 'Per day' },
  'attendance.heading.listDay': { id: 'Kehadiran {day}, {date}', en: 'Attendance on {day}, {date}' },
  'attendance.heading.absentDay': { id: 'Belum tercatat pada {day}, {date}', en: 'No record on {day}, {date}' },
  'attendance.heading.status': { id: 'Kehadiran', en: 'Attendance' },
  'attendance.status.today': {
    id: 'Hari ini ({day}): {present} hadir, {represented} diwakili, {excused} izin, {notYet} belum hadir dari {total} peserta',
    en: 'Today ({day}): {present} present, {represented} represented, {excused} excused, {notYet} not yet of {total} participants',
  },
} satisfies Catalogue;
