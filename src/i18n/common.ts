import type { Catalogue } from './types.js';

export const common = {
  // Errors shared by every command
  'error.unexpected': {
    id: 'kesalahan tak terduga: {message}',
    en: 'unexpected failure: {message}',
  },
  'error.unexpectedHint': {
    id: 'ini kemungkinan bug di innolab; jalankan lagi dengan INNOLAB_DEBUG=1 untuk rinciannya dan laporkan',
    en: 'this is probably a bug in innolab; run again with INNOLAB_DEBUG=1 for details and report it',
  },
  'error.missingFlag': {
    id: 'nilai {what} belum diberikan; tambahkan {flag}',
    en: '{what} is missing; pass {flag}',
  },
  'error.invalidLang': {
    id: 'bahasa "{value}" tidak dikenal; gunakan --lang id atau --lang en',
    en: 'unknown language "{value}"; use --lang id or --lang en',
  },
  'error.invalidDate': {
    id: '{field}: "{value}" bukan tanggal yang valid; tulis sebagai YYYY-MM-DD, misalnya 2022-11-07',
    en: '{field}: "{value}" is not a valid date; write it as YYYY-MM-DD, e.g. 2022-11-07',
  },
  'error.dateOutOfRange': {
    id: '{field}: tanggal {value} di luar rentang yang diterima (tahun {from}–{to})',
    en: '{field}: {value} is outside the accepted range (years {from}–{to})',
  },
  'error.numberOutOfRange': {
    id: '{field}: "{value}" harus bilangan bulat dari {min} sampai {max}',
    en: '{field}: "{value}" must be a whole number from {min} to {max}',
  },
  'error.workshopValueDamaged': {
    id: 'berkas {file} menyimpan nilai yang tidak valid: {field} = "{value}"',
    en: 'file {file} holds an invalid value: {field} = "{value}"',
  },
  'error.workshopValueDamagedHint': {
    id: 'perbaiki dengan: {innolab} workshop set {setting} YYYY-MM-DD',
    en: 'repair it with: {innolab} workshop set {setting} YYYY-MM-DD',
  },
  'workshop.alsoSetEnd': {
    id: 'tanggal selesai yang tersimpan ({value}) tidak valid; diatur sama dengan tanggal mulai',
    en: 'the stored end date ({value}) was invalid; it is set to the start date',
  },
  'error.isFolder': {
    id: '{file} adalah folder, bukan berkas',
    en: '{file} is a folder, not a file',
  },
  'error.inputNotFound': {
    id: 'berkas {file} tidak ada',
    en: 'file {file} does not exist',
  },
  'error.folderMissing': {
    id: 'folder {folder} tidak ada; tidak ada yang dibuat',
    en: 'folder {folder} does not exist; nothing was created',
  },
  'error.folderReadOnly': {
    id: 'folder {folder} tidak bisa ditulisi; tidak ada yang dibuat',
    en: 'folder {folder} is not writable; nothing was created',
  },
  'error.folderDiskFull': {
    id: 'disk penuh di folder {folder}; tidak ada yang dibuat',
    en: 'the disk is full in folder {folder}; nothing was created',
  },
  'error.invalidNumber': {
    id: '{field}: "{value}" bukan bilangan bulat positif',
    en: '{field}: "{value}" is not a positive whole number',
  },
  'error.endBeforeStart': {
    id: 'tanggal selesai {end} lebih awal dari tanggal mulai {start}',
    en: 'end date {end} is before start date {start}',
  },
  'error.workshopTooLong': {
    id: 'lokakarya {days} hari terlalu panjang; paling lama 60 hari',
    en: 'a {days}-day workshop is too long; at most 60 days',
  },
  'error.noFile': {
    id: 'tidak tahu berkas lokakarya mana yang dipakai',
    en: 'no workshop file chosen',
  },
  'error.noFileHint': {
    id: 'beri -f <berkas.innolab>, atur INNOLAB_FILE, atau jalankan di folder yang berisi tepat satu berkas .innolab',
    en: 'pass -f <file.innolab>, set INNOLAB_FILE, or run in a folder that holds exactly one .innolab file',
  },
  'error.manyFiles': {
    id: 'ada beberapa berkas .innolab di folder ini ({files})',
    en: 'several .innolab files in this folder ({files})',
  },
  'error.fileNotFound': {
    id: 'berkas lokakarya {file} tidak ada',
    en: 'workshop file {file} does not exist',
  },
  'error.fileNotFoundHint': {
    id: 'buat dengan: {innolab} init {file} --title "..." --start YYYY-MM-DD',
    en: 'create it with: {innolab} init {file} --title "..." --start YYYY-MM-DD',
  },
  'error.fileExists': {
    id: 'berkas {file} sudah ada; tidak ada yang diubah',
    en: 'file {file} already exists; nothing was changed',
  },
  'error.notInnolab': {
    id: '{file} bukan berkas lokakarya innolab (bukan basis data SQLite innolab)',
    en: '{file} is not an innolab workshop file (not an innolab SQLite database)',
  },
  'error.damaged': {
    id: 'berkas {file} rusak atau tidak dapat dibaca: {reason}',
    en: 'file {file} is damaged or unreadable: {reason}',
  },
  'error.damagedHint': {
    id: 'pulihkan dari cadangan ({innolab} backup) atau periksa dengan: {innolab} check',
    en: 'restore it from a backup ({innolab} backup) or inspect it with: {innolab} check',
  },
  'error.newerFile': {
    id: '{file} dibuat oleh innolab yang lebih baru (skema {found}, versi ini mengenal sampai {known}); berkas tidak diubah',
    en: '{file} was written by a newer innolab (schema {found}, this version knows up to {known}); the file was not changed',
  },
  'error.newerFileHint': {
    id: 'perbarui innolab: npm install -g innolab@latest',
    en: 'update innolab: npm install -g innolab@latest',
  },
  'error.readOnly': {
    id: 'berkas {file} hanya-baca; tidak ada yang diubah',
    en: 'file {file} is read-only; nothing was changed',
  },
  'error.readOnlyHint': {
    id: 'beri izin tulis (chmod u+w {file}) atau salin berkas ke folder yang bisa ditulisi',
    en: 'make it writable (chmod u+w {file}) or copy it to a writable folder',
  },
  'error.busy': {
    id: 'berkas {file} sedang dikunci oleh proses lain terlalu lama; tidak ada yang diubah',
    en: 'file {file} is locked by another process for too long; nothing was changed',
  },
  'error.busyHint': {
    id: 'tunggu perintah lain selesai, lalu ulangi',
    en: 'wait for the other command to finish, then try again',
  },
  'error.diskFull': {
    id: 'disk penuh saat menulis {file}; tidak ada yang diubah',
    en: 'the disk is full while writing {file}; nothing was changed',
  },
  'error.io': {
    id: 'gagal membaca/menulis {file}: {reason}',
    en: 'cannot read or write {file}: {reason}',
  },
  'error.write.diskFull': {
    id: 'disk folder {folder} penuh; {file} tidak ditulis',
    en: 'the disk holding folder {folder} is full; {file} was not written',
  },
  'error.write.diskFullHint': {
    id: 'kosongkan ruang di disk itu, atau tulis ke folder lain',
    en: 'free some space on that disk, or write to another folder',
  },
  'error.write.readOnly': {
    id: 'folder {folder} tidak bisa ditulisi; {file} tidak ditulis',
    en: 'folder {folder} cannot be written to; {file} was not written',
  },
  'error.write.readOnlyHint': {
    id: 'pilih folder yang bisa ditulisi, atau beri izin tulis (chmod u+w {folder})',
    en: 'choose a writable folder, or make it writable (chmod u+w {folder})',
  },
  'error.write.noFolder': {
    id: 'folder {folder} tidak ada; {file} tidak ditulis',
    en: 'folder {folder} does not exist; {file} was not written',
  },
  'error.write.isFolder': {
    id: '{file} adalah folder; sebutkan nama berkas yang ditulis',
    en: '{file} is a folder; name the file to write',
  },
  'error.write.failed': {
    id: 'gagal menulis {file}: {reason}',
    en: 'cannot write {file}: {reason}',
  },
  'error.write.workshopFile': {
    id: '{file} adalah berkas lokakarya {workshop} atau pendampingnya (-wal, -shm, -journal); tidak ada yang ditulis',
    en: '{file} is the workshop file {workshop} or one of its companions (-wal, -shm, -journal); nothing was written',
  },
  'error.write.notAFile': {
    id: '{file} bukan berkas biasa; sebutkan nama berkas yang ditulis',
    en: '{file} is not a regular file; name the file to write',
  },
  'error.write.notAFolder': {
    id: '{folder} bukan folder (ada berkas dengan nama itu); sebutkan folder yang ditulis',
    en: '{folder} is not a folder (a file has that name); name the folder to write into',
  },
  'error.noPrompt': {
    id: '{what} harus dikonfirmasi; tambahkan --yes',
    en: '{what} needs confirmation; pass --yes',
  },
  'error.aborted': { id: 'dibatalkan; tidak ada yang diubah', en: 'cancelled; nothing was changed' },
  'error.unknownField': {
    id: 'bidang "{field}" tidak dikenal; pilih salah satu: {fields}',
    en: 'unknown field "{field}"; choose one of: {fields}',
  },
  'error.invalidChoice': {
    id: '{field}: "{value}" tidak valid; pilih salah satu: {choices}',
    en: '{field}: "{value}" is not valid; choose one of: {choices}',
  },
  'error.required': {
    id: '{field} wajib diisi',
    en: '{field} is required',
  },
  'error.datesHaveAttendance': {
    id: 'ada kehadiran tercatat pada {dates}, di luar tanggal baru lokakarya',
    en: 'attendance is recorded on {dates}, outside the new workshop dates',
  },
  'error.unitExists': {
    id: 'unit "{name}" sudah ada (no. {no})',
    en: 'unit "{name}" already exists (no. {no})',
  },
  'error.unitNotFound': {
    id: 'unit "{unit}" tidak ditemukan',
    en: 'unit "{unit}" not found',
  },
  'error.unitNotFoundHint': {
    id: 'lihat daftarnya dengan: {innolab} unit list, atau tambahkan: {innolab} unit add "{unit}"',
    en: 'see the list with: {innolab} unit list, or add it: {innolab} unit add "{unit}"',
  },
  'error.unitAmbiguous': {
    id: 'unit "{unit}" cocok dengan beberapa: {matches}',
    en: 'unit "{unit}" matches several: {matches}',
  },
  'error.demoFixtures': {
    id: 'data contoh tidak ditemukan di {dir}',
    en: 'sample data not found in {dir}',
  },

  // Prompts
  'prompt.title': { id: 'Judul kegiatan', en: 'Title of the workshop' },
  'prompt.start': { id: 'Tanggal mulai (YYYY-MM-DD)', en: 'Start date (YYYY-MM-DD)' },
  'prompt.end': { id: 'Tanggal selesai (YYYY-MM-DD, kosongkan bila satu hari)', en: 'End date (YYYY-MM-DD, empty for one day)' },
  'prompt.organizer': { id: 'Penyelenggara (mis. Pemerintah Kota Tanjungbalai)', en: 'Organizer (e.g. Pemerintah Kota Tanjungbalai)' },
  'prompt.city': { id: 'Kota tempat kegiatan', en: 'City of the workshop' },
  'prompt.venue': { id: 'Tempat (mis. Aula Kantor Wali Kota)', en: 'Venue (e.g. Aula Kantor Wali Kota)' },
  // inquirer's own words, in the run's language (cli/prompter.ts)
  'prompt.key.navigate': { id: 'pindah', en: 'navigate' },
  'prompt.key.select': { id: 'pilih', en: 'select' },
  'prompt.required': { id: 'isian ini wajib diisi', en: 'a value is required' },
  'prompt.answer.yes': { id: 'Ya', en: 'Yes' },
  'prompt.answer.no': { id: 'Tidak', en: 'No' },
  'prompt.editor.launch': { id: 'Tekan {key} untuk membuka editor teks.', en: 'Press {key} to open your text editor.' },
  'prompt.editor.received': { id: 'Diterima', en: 'Received' },

  // Labels for fields
  'field.title': { id: 'judul', en: 'title' },
  'field.start': { id: 'tanggal mulai', en: 'start date' },
  'field.organizer': { id: 'penyelenggara', en: 'organizer' },
  'field.partner': { id: 'mitra', en: 'partner' },
  'field.city': { id: 'kota', en: 'city' },
  'field.venue': { id: 'tempat', en: 'venue' },
  'field.legalBasis': { id: 'dasar hukum', en: 'legal basis' },
  'field.lang': { id: 'bahasa', en: 'language' },
  'field.days': { id: 'hari', en: 'days' },
  'field.signatory': { id: 'penandatangan', en: 'signatory' },
  'field.name': { id: 'nama', en: 'name' },
  'field.no': { id: 'no', en: 'no' },
  'field.file': { id: 'berkas', en: 'file' },
  'field.uuid': { id: 'uuid', en: 'uuid' },
  // The columns a store reports as changed (participant edit, idea edit), named as people know them
  'column.name': { id: 'nama', en: 'name' },
  'column.nip': { id: 'NIP', en: 'NIP' },
  'column.position': { id: 'jabatan', en: 'position' },
  'column.unit_id': { id: 'unit', en: 'unit' },
  'column.role': { id: 'peran', en: 'role' },
  'column.phone': { id: 'nomor HP', en: 'phone' },
  'column.email': { id: 'email', en: 'e-mail' },
  'column.title': { id: 'judul', en: 'title' },
  'column.form': { id: 'bentuk', en: 'form' },
  'column.kind': { id: 'jenis', en: 'kind' },
  'column.affair': { id: 'urusan', en: 'government affair' },
  'column.problem': { id: 'permasalahan', en: 'problem' },
  'column.description': { id: 'rancang bangun', en: 'description' },
  'column.objective': { id: 'tujuan', en: 'objective' },
  'column.benefit': { id: 'manfaat', en: 'benefit' },
  'column.expected_result': { id: 'hasil yang diharapkan', en: 'expected result' },
  'column.proposer_id': { id: 'pengusul', en: 'proposer' },
  'column.proposer_name': { id: 'pengusul', en: 'proposer' },

  // Results
  'init.created': { id: 'Berkas lokakarya dibuat: {file}', en: 'Workshop file created: {file}' },
  'init.next': {
    id: 'Berikutnya: {innolab} -f {file} participant import peserta.csv',
    en: 'Next: {innolab} -f {file} participant import participants.csv',
  },
  'workshop.updated': { id: '{field} diperbarui', en: '{field} updated' },
  'unit.added': { id: 'Unit ditambahkan: {no}. {name}', en: 'Unit added: {no}. {name}' },
  'unit.none': { id: 'Belum ada unit.', en: 'No units yet.' },
  'log.none': { id: 'Log audit kosong.', en: 'The audit log is empty.' },
  'check.ok': { id: 'Berkas sehat.', en: 'The file is healthy.' },
  'migrate.backup': {
    id: 'Berkas diperbarui ke skema {to}; salinan lama disimpan di {backup}',
    en: 'File upgraded to schema {to}; the old copy is kept at {backup}',
  },
  'demo.building': { id: 'Membangun lokakarya contoh di {file}', en: 'Building the sample workshop in {file}' },
  'demo.done': { id: 'Lokakarya contoh siap: {file}', en: 'Sample workshop ready: {file}' },
  'demo.reports': { id: 'Laporan ditulis ke {dir}', en: 'Reports written to {dir}' },
  'demo.tryNext': {
    id: 'Coba: {innolab} -f {file} status',
    en: 'Try: {innolab} -f {file} status',
  },

  // Headings and table headers
  'heading.counts': { id: 'Jumlah', en: 'Counts' },
  'col.no': { id: 'No', en: 'No' },
  'col.name': { id: 'Nama', en: 'Name' },
  'col.short': { id: 'Singkatan', en: 'Short' },
  'col.kind': { id: 'Jenis', en: 'Kind' },
  'col.participants': { id: 'Peserta', en: 'Participants' },
  'col.when': { id: 'Waktu', en: 'When' },
  'col.command': { id: 'Perintah', en: 'Command' },
  'col.action': { id: 'Aksi', en: 'Action' },
  'col.entity': { id: 'Entitas', en: 'Entity' },
  'col.fields': { id: 'Bidang', en: 'Fields' },
  'col.field': { id: 'Bidang', en: 'Field' },
  'col.value': { id: 'Nilai', en: 'Value' },
  'col.count': { id: 'Jumlah', en: 'Count' },
  'status.title': { id: '{title} — {dates}', en: '{title} — {dates}' },
  'status.day': { id: 'hari ke-{n} dari {total}', en: 'day {n} of {total}' },
  'status.notToday': { id: 'hari ini bukan hari lokakarya', en: 'today is not a workshop day' },
  'check.integrity': { id: 'Integritas', en: 'Integrity' },
  'check.foreignKeys': { id: 'Kunci asing', en: 'Foreign keys' },
  'check.schema': { id: 'Versi skema', en: 'Schema version' },
  'check.values': { id: 'Nilai tersimpan', en: 'Stored values' },
  'check.okWord': { id: 'baik', en: 'ok' },
  'count.units': { id: 'Unit (OPD)', en: 'Units (OPD)' },
  'count.participants': { id: 'Peserta', en: 'Participants' },
  'count.ideas': { id: 'Ide inovasi', en: 'Innovation ideas' },
  'count.commitments': { id: 'Rencana tindak lanjut', en: 'Follow-up commitments' },
} satisfies Catalogue;
