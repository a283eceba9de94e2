import type { Catalogue } from './types.js';

export const participantMessages = {
  // Errors
  'error.participantNotFound': {
    id: 'peserta "{who}" tidak ditemukan',
    en: 'participant "{who}" not found',
  },
  'error.participantNotFoundHint': {
    id: 'cari dengan: innolab participant list --search "{who}", atau daftarkan dengan: innolab participant add --name "…"',
    en: 'search with: innolab participant list --search "{who}", or register with: innolab participant add --name "…"',
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

  // Field labels, table headers
  'field.nip': { id: 'NIP', en: 'NIP' },
  'field.position': { id: 'jabatan', en: 'position' },
  'field.unit': { id: 'unit kerja', en: 'unit' },
  'field.role': { id: 'peran', en: 'role' },
  'field.phone': { id: 'no. HP', en: 'phone' },
  'field.email': { id: 'email', en: 'e-mail' },
  'field.attendance': { id: 'kehadiran', en: 'attendance' },
  'field.created': { id: 'didaftarkan', en: 'registered' },
  'field.updated': { id: 'diubah', en: 'updated' },
  'col.nip': { id: 'NIP', en: 'NIP' },
  'col.position': { id: 'Jabatan', en: 'Position' },
  'col.unit': { id: 'Unit Kerja', en: 'Unit' },
  'col.role': { id: 'Peran', en: 'Role' },
  'role.peserta': { id: 'peserta', en: 'participant' },
  'role.narasumber': { id: 'narasumber', en: 'resource person' },
  'role.fasilitator': { id: 'fasilitator', en: 'facilitator' },
  'role.panitia': { id: 'panitia', en: 'committee' },
} satisfies Catalogue;
