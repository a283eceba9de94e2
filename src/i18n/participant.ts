import type { Catalogue } from './types.js';

export const participantMessages = {
  // Errors
  'error.participantNotFound': {
    id: 'peserta "{who}" tidak ditemukan',
    en: 'participant "{who}" not found',
  },
  'error.participantNotFoundHint': {
    id: 'cari dengan: {innolab} participant list --search "{who}", atau daftarkan dengan: {innolab} participant add --name "…"',
    en: 'search with: {innolab} participant list --search "{who}", or register with: {innolab} participant add --name "…"',
  },
  'error.participantNotFoundDidYouMean': {
    id: 'peserta "{who}" tidak ditemukan; mungkin maksudnya {match}?',
    en: 'participant "{who}" not found; did you mean {match}?',
  },
  'error.participantAmbiguous': {
    id: '"{who}" cocok dengan beberapa peserta: {matches}',
    en: '"{who}" matches several participants: {matches}',
  },
  'error.participantAmbiguousHint': {
    id: 'sebut nomornya atau NIP-nya',
    en: 'give the number or the NIP instead',
  },
  'error.nipTaken': {
    id: 'NIP {nip} sudah terdaftar untuk {who}',
    en: 'NIP {nip} is already registered for {who}',
  },
  'error.emailTaken': {
    id: 'e-mail {email} sudah terdaftar untuk {who}',
    en: 'e-mail {email} is already registered for {who}',
  },
  'participant.didYouMean': {
    id: 'mungkin maksudnya {who}? (nama yang sama atau mirip sudah terdaftar; periksa agar tidak terdaftar dua kali)',
    en: 'did you mean {who}? (the same or a similar name is already registered; check it is not a second registration)',
  },
  'error.nipInvalid': {
    id: '{field}: "{value}" bukan NIP yang valid: {reason}',
    en: '{field}: "{value}" is not a valid NIP: {reason}',
  },
  'nip.length': {
    id: 'NIP harus 18 angka (spasi dan titik boleh)',
    en: 'a NIP has 18 digits (spaces and dots allowed)',
  },
  'nip.birthDate': {
    id: 'angka 1–8 harus tanggal lahir yang ada (YYYYMMDD)',
    en: 'digits 1–8 must be a real birth date (YYYYMMDD)',
  },
  'nip.gender': {
    id: 'angka ke-15 (jenis kelamin) harus 1 atau 2',
    en: 'digit 15 (gender) must be 1 or 2',
  },
  'nip.appointment': {
    id: 'NIP {nip}: angka 9–14 bukan tahun dan bulan pengangkatan yang lazim (wajar untuk PPPK); tetap disimpan',
    en: 'NIP {nip}: digits 9–14 are not a usual appointment year and month (normal for PPPK); kept as given',
  },
  'error.emailInvalid': {
    id: '{field}: "{value}" bukan alamat email yang valid',
    en: '{field}: "{value}" is not a valid e-mail address',
  },
  'error.phoneInvalid': {
    id: '{field}: "{value}" bukan nomor telepon yang valid (8–15 angka, boleh diawali +)',
    en: '{field}: "{value}" is not a valid phone number (8–15 digits, may start with +)',
  },
  'error.nameRequired': {
    id: 'nama peserta wajib diisi; tambahkan --name',
    en: 'the participant name is required; pass --name',
  },
  'error.hasAttendance': {
    id: '{who} sudah punya {count} catatan kehadiran; tidak dihapus',
    en: '{who} has {count} attendance records; not removed',
  },
  'error.hasAttendanceHint': {
    id: 'tambahkan --force untuk menghapus peserta beserta kehadirannya',
    en: 'pass --force to remove the participant together with the attendance',
  },
  'warn.formulaName': {
    id: 'nama "{name}" diawali {char} seperti rumus spreadsheet; disimpan apa adanya, ekspor akan menetralkannya',
    en: 'name "{name}" starts with {char} like a spreadsheet formula; kept as given, exports neutralise it',
  },

  // Results
  'participant.added': { id: 'Peserta terdaftar: {label}', en: 'Participant registered: {label}' },
  'participant.updated': { id: 'Peserta diperbarui: {label} ({fields})', en: 'Participant updated: {label} ({fields})' },
  'participant.unchanged': { id: 'Tidak ada yang berubah: {label}', en: 'Nothing changed: {label}' },
  'participant.removed': { id: 'Peserta dihapus: {label}', en: 'Participant removed: {label}' },
  'participant.removeWhat': { id: 'menghapus peserta {label}', en: 'removing participant {label}' },
  'participant.removeQuestion': { id: 'Hapus peserta {label}?', en: 'Remove participant {label}?' },
  'participant.none': { id: 'Belum ada peserta yang cocok.', en: 'No matching participants.' },
  'participant.count': { id: '{count} peserta', en: '{count} participants' },

  'participant.attendance.present': { id: 'hadir', en: 'present' },
  'participant.attendance.excused': { id: 'izin', en: 'excused' },
  'participant.attendance.represented': { id: 'diwakili', en: 'represented' },
  'prompt.participantName': { id: 'Nama lengkap (dengan gelar)', en: 'Full name (with titles)' },

  // Field labels, table headers
  'field.nip': { id: 'NIP', en: 'NIP' },
  'field.position': { id: 'jabatan', en: 'position' },
  'field.unit': { id: 'unit kerja', en: 'unit' },
  'field.role': { id: 'peran', en: 'role' },
  'field.phone': { id: 'no. HP', en: 'phone' },
  'field.email': { id: 'email', en: 'e-mail' },
  'field.attendance': { id: 'kehadiran', en: 'attendance' },
  'field.created': { id: 'didaftarkan', en: 'registered' },
  'col.nip': { id: 'NIP', en: 'NIP' },
  'col.position': { id: 'Jabatan', en: 'Position' },
  'col.unit': { id: 'Unit Kerja', en: 'Unit' },
  'col.role': { id: 'Peran', en: 'Role' },
  'role.peserta': { id: 'peserta', en: 'participant' },
  'role.narasumber': { id: 'narasumber', en: 'speaker' },
  'role.fasilitator': { id: 'fasilitator', en: 'facilitator' },
  'role.panitia': { id: 'panitia', en: 'committee' },
  // CSV reading (shared by every import)
  'error.csvNotFound': { id: 'berkas CSV {file} tidak ada', en: 'CSV file {file} does not exist' },
  'error.csvNotUtf8': {
    id: '{file} bukan teks UTF-8 (mungkin disimpan Excel lama sebagai Windows-1252)',
    en: '{file} is not UTF-8 text (perhaps saved by an older Excel as Windows-1252)',
  },
  'error.csvNotUtf8Hint': { id: 'tambahkan --encoding latin1', en: 'pass --encoding latin1' },
  'error.csvParse': { id: 'CSV tidak dapat dibaca pada baris {line}: {reason}', en: 'cannot read the CSV at line {line}: {reason}' },
  'error.csvDelimiter': {
    id: '--delimiter: "{value}" harus satu karakter, mis. , atau ; atau tab',
    en: '--delimiter: "{value}" must be one character, e.g. , or ; or tab',
  },
  'error.csvEmpty': { id: '{file} tidak berisi baris judul kolom', en: '{file} has no header row' },
  'error.mapInvalid': {
    id: '--map: "{value}" harus berbentuk <bidang>=<judul kolom>; bidang: {fields}',
    en: '--map: "{value}" must be <field>=<header>; fields: {fields}',
  },
  'error.mapHeaderMissing': {
    id: '--map: kolom "{header}" tidak ada di berkas; kolom yang ada: {headers}',
    en: '--map: there is no column "{header}" in the file; its columns: {headers}',
  },
  'error.columnMissing': {
    id: 'kolom {field} tidak ditemukan; kolom yang ada: {headers}',
    en: 'no {field} column found; the file has: {headers}',
  },
  'error.columnMissingHint': {
    id: 'sebutkan kolomnya dengan --map {field}="<judul kolom>"',
    en: 'name the column with --map {field}="<header>"',
  },

  // participant import
  'error.importInvalid': {
    id: '{count} baris tidak valid (lihat di atas); tidak ada yang diimpor',
    en: '{count} invalid rows (listed above); nothing was imported',
  },
  'error.importInvalidHint': {
    id: 'perbaiki baris tersebut, atau tambahkan --skip-invalid untuk mengimpor baris yang valid saja',
    en: 'fix those rows, or pass --skip-invalid to import only the valid rows',
  },
  'import.line': { id: 'baris {line}: {field}: {problem}', en: 'line {line}: {field}: {problem}' },
  'import.problem.required': { id: 'wajib diisi', en: 'is required' },
  'import.problem.tooLong': { id: 'paling banyak {ref} karakter', en: 'at most {ref} characters' },
  'import.problem.control': { id: 'berisi karakter kendali ({ref})', en: 'contains a control character ({ref})' },
  'import.problem.bidi': { id: 'berisi karakter pembalik arah teks ({ref})', en: 'contains a text-direction override ({ref})' },
  'import.problem.invisible': { id: 'tidak berisi huruf yang terlihat', en: 'has no visible characters' },
  'import.problem.formula': {
    id: 'diawali = + - @ seperti rumus spreadsheet',
    en: 'looks like a spreadsheet formula',
  },
  'import.problem.nip.length': { id: 'NIP harus 18 angka', en: 'a NIP has 18 digits' },
  'import.problem.nip.birthDate': {
    id: 'angka 1–8 NIP bukan tanggal lahir yang ada',
    en: 'digits 1–8 of the NIP are not a real birth date',
  },
  'import.problem.nip.gender': { id: 'angka ke-15 NIP harus 1 atau 2', en: 'digit 15 of the NIP must be 1 or 2' },
  'import.problem.nip.appointment': {
    id: 'angka 9–14 NIP bukan tahun dan bulan pengangkatan yang lazim (wajar untuk PPPK); tetap diimpor',
    en: 'digits 9–14 of the NIP are not a usual appointment year and month (normal for PPPK); imported anyway',
  },
  'import.problem.email': { id: 'bukan alamat email yang valid', en: 'not a valid e-mail address' },
  'import.problem.phone': {
    id: 'bukan nomor telepon yang valid (8–15 angka)',
    en: 'not a valid phone number (8–15 digits)',
  },
  'import.problem.role': {
    id: 'peran tidak dikenal; pilih peserta, narasumber, fasilitator atau panitia',
    en: 'unknown role; use peserta, narasumber, fasilitator or panitia',
  },
  'import.problem.duplicate.registered': { id: 'sudah terdaftar sebagai {ref}', en: 'already registered as {ref}' },
  'import.problem.duplicate.inFile': { id: 'sama dengan baris {ref}', en: 'same person as line {ref}' },
  'import.progress': { id: 'Mengimpor', en: 'Importing' },
  'import.debugWorker': {
    id: 'baris berkas dibaca dan diperiksa di thread kedua sementara thread utama menulis',
    en: 'the rows of the file are parsed and checked on a second thread while the main one writes',
  },
  'import.ignoredColumns': { id: 'Kolom diabaikan: {columns}', en: 'Columns ignored: {columns}' },
  'import.summary': {
    id: 'ditambahkan {added}, diperbarui {updated}, duplikat dilewati {duplicates}, baris tidak valid {invalid}',
    en: 'added {added}, updated {updated}, duplicates skipped {duplicates}, invalid rows {invalid}',
  },
  'import.summaryDry': {
    id: 'Uji coba (tidak ada yang ditulis): {added} akan ditambahkan, {updated} diperbarui, {duplicates} duplikat, {invalid} baris tidak valid',
    en: 'Dry run (nothing written): would add {added}, update {updated}; duplicates {duplicates}, invalid rows {invalid}',
  },
  'import.unitsCreated': { id: 'Unit baru dibuat: {units}', en: 'New units created: {units}' },
  'import.unitsWouldCreate': { id: 'Unit baru yang akan dibuat: {units}', en: 'New units that would be created: {units}' },

  // unit import
  'unit.import.summary': {
    id: '{added} unit ditambahkan, {existing} sudah ada, {invalid} baris tidak valid',
    en: '{added} units added, {existing} already existed, {invalid} invalid rows',
  },
  'unit.import.summaryDry': {
    id: 'Uji coba (tidak ada yang ditulis): {added} unit akan ditambahkan, {existing} sudah ada, {invalid} baris tidak valid',
    en: 'Dry run (nothing written): would add {added} units; {existing} already existed, {invalid} invalid rows',
  },
  'import.problem.kind': {
    id: 'jenis tidak dikenal; pilih: {ref}',
    en: 'unknown kind; choose one of: {ref}',
  },

  // Help
  'help.participant': { id: 'peserta: daftar, tambah, ubah, impor', en: 'participants: list, add, edit, import' },
  'help.participant.add': { id: 'daftarkan satu peserta', en: 'register one participant' },
  'help.participant.list': { id: 'daftar peserta', en: 'list participants' },
  'help.participant.show': { id: 'data satu peserta dan kehadirannya', en: 'one participant and their attendance' },
  'help.participant.edit': { id: 'ubah data peserta', en: 'change a participant' },
  'help.participant.remove': { id: 'hapus peserta (meminta konfirmasi)', en: 'remove a participant (asks first)' },
  'help.participant.remove.force': {
    id: 'hapus juga bila sudah ada kehadiran tercatat',
    en: 'remove even when attendance is recorded',
  },
  'help.participant.import': {
    id: 'impor peserta dari CSV (ekspor Excel/Google Form)',
    en: 'import participants from a CSV (Excel/Google Forms export)',
  },
  'help.participant.who': {
    id: 'nomor, NIP, atau bagian nama yang cocok dengan satu orang',
    en: 'number, NIP, or part of a name matching one person',
  },
  'help.participant.opt.name': { id: 'nama lengkap dengan gelar', en: 'full name with titles' },
  'help.participant.opt.nip': { id: 'NIP 18 angka (spasi/titik boleh)', en: '18-digit NIP (spaces/dots allowed)' },
  'help.participant.opt.position': { id: 'jabatan', en: 'position (jabatan)' },
  'help.participant.opt.unit': { id: 'unit kerja (OPD): nomor, nama atau singkatan', en: 'unit (OPD): number, name or short name' },
  'help.participant.opt.role': {
    id: 'peserta | narasumber | fasilitator | panitia',
    en: 'peserta | narasumber | fasilitator | panitia',
  },
  'help.participant.opt.phone': { id: 'nomor HP (tidak pernah dicetak)', en: 'phone number (never printed)' },
  'help.participant.opt.email': { id: 'alamat email', en: 'e-mail address' },
  'help.participant.list.unit': { id: 'hanya unit ini', en: 'only this unit' },
  'help.participant.list.role': { id: 'hanya peran ini', en: 'only this role' },
  'help.participant.list.search': {
    id: 'cari di nama, NIP, jabatan, email, unit',
    en: 'search name, NIP, position, e-mail, unit',
  },
  'help.import.csv': { id: 'berkas CSV', en: 'CSV file' },
  'help.import.map': {
    id: 'kolom lain untuk sebuah bidang: <bidang>=<judul kolom> (bisa diulang)',
    en: 'another column for a field: <field>=<header> (repeatable)',
  },
  'help.import.delimiter': { id: 'pemisah kolom: , ; atau tab (bawaan: ditebak dari isi berkas)', en: 'column separator: , ; or tab (default: guessed from the file)' },
  'help.import.encoding': { id: 'utf8 atau latin1 (Windows-1252) (bawaan: utf8)', en: 'utf8 or latin1 (Windows-1252) (default: utf8)' },
  'help.import.onDuplicate': {
    id: 'bila NIP/email sudah terdaftar: skip (lewati), update (perbarui) atau error (batalkan) (bawaan: skip)',
    en: 'when the NIP/e-mail is already registered: skip, update or error (default: skip)',
  },
  'help.import.skipInvalid': {
    id: 'impor baris yang valid, lewati dan laporkan sisanya',
    en: 'import the valid rows, skip and list the rest',
  },
  'help.import.dryRun': { id: 'periksa dan laporkan tanpa menulis', en: 'check and report without writing' },
  'help.unit.import': { id: 'impor unit dari CSV (nama, singkatan, jenis)', en: 'import units from a CSV (name, short, kind)' },
} satisfies Catalogue;
