import type { Catalogue } from './types.js';

/**
 * What `--help` shows after a command's options (src/cli/help.ts): help.more.<command path> lists the fields
 * and values a command accepts ("term<TAB>text" lines are aligned, a blank line starts another list), and
 * help.examples.<command path> gives commands to copy ("# what it does", then the command line). {innolab} is
 * the command as this person types it (innolab, or npx innolab inside a project).
 */
export const helpExtras = {
  'help.examples.program': {
    id: [
      '# Mulai lokakarya baru, daftarkan peserta, catat kehadiran',
      '{innolab} init tanjungbalai-2022.innolab --title "Laboratorium Inovasi" --start 2022-11-07 --end 2022-11-09',
      '{innolab} participant import peserta.csv',
      '{innolab} checkin 12',
      '# Ringkasan hari ini, lalu semua laporan PDF',
      '{innolab} status',
      '{innolab} report all --out laporan',
      '# Lokakarya contoh lengkap untuk dicoba',
      '{innolab} demo',
    ].join('\n'),
    en: [
      '# Start a new workshop, register participants, record attendance',
      '{innolab} init tanjungbalai-2022.innolab --title "Laboratorium Inovasi" --start 2022-11-07 --end 2022-11-09',
      '{innolab} participant import participants.csv',
      '{innolab} checkin 12',
      "# Today's dashboard, then every PDF report",
      '{innolab} status',
      '{innolab} report all --out reports',
      '# A complete sample workshop to try things on',
      '{innolab} demo',
    ].join('\n'),
  },

  'help.examples.init': {
    id: [
      '# Lokakarya tiga hari, berbahasa Indonesia',
      '{innolab} init tanjungbalai-2022.innolab --title "Laboratorium Inovasi Kota Tanjungbalai" --start 2022-11-07 --end 2022-11-09',
      '# Dengan penyelenggara dan tempat, pesan dan laporan dalam bahasa Inggris',
      '{innolab} init lab.innolab --title "Innovation Lab" --start 2024-03-04 --organizer "Pemerintah Kota Tanjungbalai" --venue "Aula Kantor Wali Kota" --lang en',
    ].join('\n'),
    en: [
      '# A three-day workshop, in Indonesian',
      '{innolab} init tanjungbalai-2022.innolab --title "Laboratorium Inovasi Kota Tanjungbalai" --start 2022-11-07 --end 2022-11-09',
      '# With organizer and venue, messages and reports in English',
      '{innolab} init lab.innolab --title "Innovation Lab" --start 2024-03-04 --organizer "Pemerintah Kota Tanjungbalai" --venue "Aula Kantor Wali Kota" --lang en',
    ].join('\n'),
  },

  'help.examples.workshop': {
    id: ['# Data lokakarya', '{innolab} workshop show', '# Ubah tempat kegiatan', '{innolab} workshop set venue "Aula Sutrisno Hadi Lt. 3"'].join('\n'),
    en: ['# The workshop details', '{innolab} workshop show', '# Change the venue', '{innolab} workshop set venue "Aula Sutrisno Hadi Lt. 3"'].join('\n'),
  },
  'help.examples.workshop.show': {
    id: ['# Data lokakarya, untuk dibaca', '{innolab} workshop show', '# Untuk skrip', '{innolab} workshop show --json'].join('\n'),
    en: ['# The workshop details, to read', '{innolab} workshop show', '# For scripts', '{innolab} workshop show --json'].join('\n'),
  },
  'help.more.workshop.set': {
    id: [
      'Bidang:',
      'title\tjudul kegiatan (tidak boleh kosong)',
      'organizer\tpenyelenggara',
      'partner\tmitra',
      'city\tkota',
      'venue\ttempat kegiatan',
      'start, start_date\ttanggal mulai (YYYY-MM-DD)',
      'end, end_date\ttanggal selesai (YYYY-MM-DD)',
      'legal-basis, legal_basis\tdasar hukum',
      'lang\tbahasa lokakarya: id atau en',
      'signatory.position\tjabatan penandatangan laporan',
      'signatory.name\tnama penandatangan laporan',
      'signatory.nip\tNIP penandatangan (18 angka)',
      'Nilai "" mengosongkan organizer, partner, city, venue, legal-basis dan signatory.*.',
    ].join('\n'),
    en: [
      'Fields:',
      'title\ttitle of the workshop (cannot be empty)',
      'organizer\torganizer',
      'partner\tpartner',
      'city\tcity',
      'venue\tvenue',
      'start, start_date\tfirst day (YYYY-MM-DD)',
      'end, end_date\tlast day (YYYY-MM-DD)',
      'legal-basis, legal_basis\tlegal basis',
      'lang\tlanguage of the workshop: id or en',
      "signatory.position\tthe reports' signatory: position",
      "signatory.name\tthe reports' signatory: name",
      "signatory.nip\tthe reports' signatory: NIP (18 digits)",
      'A value of "" clears organizer, partner, city, venue, legal-basis and signatory.*.',
    ].join('\n'),
  },
  'help.examples.workshop.set': {
    id: [
      '# Mundurkan hari terakhir',
      '{innolab} workshop set end 2022-11-10',
      '# Penandatangan laporan',
      '{innolab} workshop set signatory.name "Ir. Rahmat Hidayat Siregar, M.Si"',
      '{innolab} workshop set signatory.nip 197203141998031005',
      '# Kosongkan mitra',
      '{innolab} workshop set partner ""',
    ].join('\n'),
    en: [
      '# Move the last day',
      '{innolab} workshop set end 2022-11-10',
      "# The reports' signatory",
      '{innolab} workshop set signatory.name "Ir. Rahmat Hidayat Siregar, M.Si"',
      '{innolab} workshop set signatory.nip 197203141998031005',
      '# Clear the partner',
      '{innolab} workshop set partner ""',
    ].join('\n'),
  },

  'help.examples.status': {
    id: ['# Ringkasan hari ini', '{innolab} status', '# Seperti pada hari kedua lokakarya', '{innolab} status --as-of 2022-11-08'].join('\n'),
    en: ["# Today's dashboard", '{innolab} status', '# As it stood on the second day', '{innolab} status --as-of 2022-11-08'].join('\n'),
  },

  'help.examples.unit': {
    id: ['# Tambah satu unit, lalu lihat daftarnya', '{innolab} unit add "Dinas Kesehatan" --short Dinkes --kind dinas', '{innolab} unit list'].join('\n'),
    en: ['# Add a unit, then see the list', '{innolab} unit add "Dinas Kesehatan" --short Dinkes --kind dinas', '{innolab} unit list'].join('\n'),
  },
  'help.examples.unit.add': {
    id: [
      '# Unit dengan singkatan dan jenisnya',
      '{innolab} unit add "Badan Perencanaan Pembangunan Daerah" --short Bappeda --kind badan',
      '# Cukup namanya',
      '{innolab} unit add "Kecamatan Datuk Bandar"',
    ].join('\n'),
    en: [
      '# A unit with its short name and kind',
      '{innolab} unit add "Badan Perencanaan Pembangunan Daerah" --short Bappeda --kind badan',
      '# Just the name',
      '{innolab} unit add "Kecamatan Datuk Bandar"',
    ].join('\n'),
  },
  'help.examples.unit.list': {
    id: ['# Semua unit dengan jumlah pesertanya', '{innolab} unit list', '# Untuk skrip', '{innolab} unit list --json'].join('\n'),
    en: ['# Every unit with its number of participants', '{innolab} unit list', '# For scripts', '{innolab} unit list --json'].join('\n'),
  },
  'help.more.unit.import': {
    id: [
      'Bidang untuk --map (kolom dengan judul berikut dikenali tanpa --map):',
      'name\tnama unit (wajib): nama, nama unit, nama opd, opd, unit kerja, perangkat daerah, instansi',
      'short\tsingkatan: singkatan, short name, nama singkat, akronim',
      'kind\tjenis: jenis, type, tipe',
      '',
      'Nilai kolom jenis:',
      'dinas, badan, sekretariat, bagian, kecamatan, kelurahan, inspektorat, rsud, lainnya',
    ].join('\n'),
    en: [
      'Fields for --map (columns with these headers are found without --map):',
      'name\tname of the unit (required): nama, nama unit, nama opd, opd, unit kerja, perangkat daerah, instansi',
      'short\tshort name: singkatan, short name, nama singkat, akronim',
      'kind\tkind: jenis, type, tipe',
      '',
      'Values of the kind column:',
      'dinas, badan, sekretariat, bagian, kecamatan, kelurahan, inspektorat, rsud, lainnya',
    ].join('\n'),
  },
  'help.examples.unit.import': {
    id: [
      '# Periksa dulu tanpa menulis, lalu impor',
      '{innolab} unit import opd.csv --dry-run',
      '{innolab} unit import opd.csv',
      '# Kolom nama unit berjudul lain',
      '{innolab} unit import opd.csv --map name="Perangkat Daerah Pengusul"',
    ].join('\n'),
    en: [
      '# Check first without writing, then import',
      '{innolab} unit import units.csv --dry-run',
      '{innolab} unit import units.csv',
      "# The unit's name is in a column with another header",
      '{innolab} unit import units.csv --map name="Perangkat Daerah Pengusul"',
    ].join('\n'),
  },

  'help.examples.participant': {
    id: [
      '# Impor dari ekspor Google Form, lalu cari seseorang',
      '{innolab} participant import pendaftaran.csv',
      '{innolab} participant list --search siregar',
      '{innolab} participant show 12',
    ].join('\n'),
    en: [
      '# Import a Google Forms export, then look someone up',
      '{innolab} participant import registrations.csv',
      '{innolab} participant list --search siregar',
      '{innolab} participant show 12',
    ].join('\n'),
  },
  'help.examples.participant.add': {
    id: [
      '# Peserta dengan NIP dan unitnya (singkatan unit)',
      '{innolab} participant add --name "Budi Santoso, S.Kom" --nip 198705122010011003 --unit Bappeda --position "Analis Kebijakan"',
      '# Narasumber dari luar',
      '{innolab} participant add --name "Dr. Siti Aminah" --role narasumber',
    ].join('\n'),
    en: [
      "# A participant with a NIP and a unit (the unit's short name)",
      '{innolab} participant add --name "Budi Santoso, S.Kom" --nip 198705122010011003 --unit Bappeda --position "Analis Kebijakan"',
      '# A speaker from outside',
      '{innolab} participant add --name "Dr. Siti Aminah" --role narasumber',
    ].join('\n'),
  },
  'help.examples.participant.list': {
    id: [
      '# Semua peserta',
      '{innolab} participant list',
      '# Peserta satu unit; narasumber saja',
      '{innolab} participant list --unit Bappeda',
      '{innolab} participant list --role narasumber',
      '# Cari nama, NIP, jabatan, email atau unit',
      '{innolab} participant list --search 1987',
    ].join('\n'),
    en: [
      '# Every participant',
      '{innolab} participant list',
      "# One unit's participants; speakers only",
      '{innolab} participant list --unit Bappeda',
      '{innolab} participant list --role narasumber',
      '# Search names, NIPs, positions, e-mails and units',
      '{innolab} participant list --search 1987',
    ].join('\n'),
  },
  'help.examples.participant.show': {
    id: ['# Dengan nomor, NIP, atau bagian nama', '{innolab} participant show 12', '{innolab} participant show 198705122010011003', '{innolab} participant show "budi sant"'].join('\n'),
    en: ['# By number, NIP, or part of the name', '{innolab} participant show 12', '{innolab} participant show 198705122010011003', '{innolab} participant show "budi sant"'].join('\n'),
  },
  'help.examples.participant.edit': {
    id: ['# Pindah unit dan ganti jabatan', '{innolab} participant edit 12 --unit Diskominfo --position "Pranata Komputer"', '# Hapus email', '{innolab} participant edit 12 --email ""'].join('\n'),
    en: ['# Move to another unit and change the position', '{innolab} participant edit 12 --unit Diskominfo --position "Pranata Komputer"', '# Clear the e-mail', '{innolab} participant edit 12 --email ""'].join('\n'),
  },
  'help.examples.participant.remove': {
    id: ['# Hapus (meminta konfirmasi)', '{innolab} participant remove 12', '# Tanpa pertanyaan, juga bila sudah ada kehadiran', '{innolab} participant remove 12 --force --yes'].join('\n'),
    en: ['# Remove (asks first)', '{innolab} participant remove 12', '# Without asking, even when attendance is recorded', '{innolab} participant remove 12 --force --yes'].join('\n'),
  },
  'help.more.participant.import': {
    id: [
      'Bidang untuk --map (kolom dengan judul berikut dikenali tanpa --map):',
      'name\tnama lengkap (wajib): nama, nama lengkap, nama peserta, name',
      'nip\tNIP 18 angka: nip, nip/nik, nomor induk pegawai, nip baru',
      'position\tjabatan: jabatan, position',
      'unit\tunit kerja (OPD), nama atau singkatan: opd, instansi, unit kerja, perangkat daerah, skpd',
      'phone\tnomor HP: no hp, hp, wa, whatsapp, telepon',
      'email\talamat email: email, e-mail, surel',
      'role\tperan: peran, role, sebagai',
      '',
      'Nilai kolom peran (bawaan: peserta):',
      'peserta\tjuga: participant',
      'narasumber\tjuga: nara sumber, pembicara, speaker, resource person',
      'fasilitator\tjuga: facilitator',
      'panitia\tjuga: committee, organizer',
    ].join('\n'),
    en: [
      'Fields for --map (columns with these headers are found without --map):',
      'name\tfull name (required): nama, nama lengkap, nama peserta, name',
      'nip\t18-digit NIP: nip, nip/nik, nomor induk pegawai, nip baru',
      'position\tposition: jabatan, position',
      'unit\tunit (OPD), name or short name: opd, instansi, unit kerja, perangkat daerah, skpd',
      'phone\tphone number: no hp, hp, wa, whatsapp, telepon',
      'email\te-mail address: email, e-mail, surel',
      'role\trole: peran, role, sebagai',
      '',
      'Values of the role column (default: peserta):',
      'peserta\talso: participant',
      'narasumber\talso: nara sumber, pembicara, speaker, resource person',
      'fasilitator\talso: facilitator',
      'panitia\talso: committee, organizer',
    ].join('\n'),
  },
  'help.examples.participant.import': {
    id: [
      '# Periksa dulu tanpa menulis, lalu impor',
      '{innolab} participant import pendaftaran.csv --dry-run',
      '{innolab} participant import pendaftaran.csv',
      '# Kolom berjudul lain; ekspor Excel lama dengan titik koma',
      '{innolab} participant import form.csv --map nip="NIP Baru (tanpa spasi)" --map unit="Asal OPD"',
      '{innolab} participant import data.csv --delimiter ";" --encoding latin1',
      '# Impor yang valid, perbarui yang sudah terdaftar',
      '{innolab} participant import pendaftaran.csv --skip-invalid --on-duplicate update',
    ].join('\n'),
    en: [
      '# Check first without writing, then import',
      '{innolab} participant import registrations.csv --dry-run',
      '{innolab} participant import registrations.csv',
      '# Columns with other headers; an old Excel export with semicolons',
      '{innolab} participant import form.csv --map nip="NIP Baru (tanpa spasi)" --map unit="Asal OPD"',
      '{innolab} participant import data.csv --delimiter ";" --encoding latin1',
      '# Import the valid rows, update people already registered',
      '{innolab} participant import registrations.csv --skip-invalid --on-duplicate update',
    ].join('\n'),
  },

  'help.examples.checkin': {
    id: [
      '# Mode absen di meja registrasi: ketik nama, NIP, nomor, atau pindai lencana',
      '{innolab} checkin',
      '# Satu atau beberapa peserta, hari ini',
      '{innolab} checkin 12 15 "budi sant"',
      '# Hari kedua, datang pukul 08.15',
      '{innolab} checkin 12 --day 2 --at 08:15',
      '# Izin dengan alasannya; diwakili',
      '{innolab} checkin 12 --status excused --note "sakit"',
      '{innolab} checkin 15 --status represented --representative "Rina Lubis"',
      '# Batalkan catatan hari ini',
      '{innolab} checkin 12 --undo',
      '# Absen pindai dengan pemindai USB (tanda pengenal dari report badges); atau berkas pindaian dari aplikasi ponsel',
      '{innolab} checkin --scan',
      '{innolab} checkin --scan --day 1 --json < pindaian.txt',
    ].join('\n'),
    en: [
      '# The check-in loop at the registration desk: type a name, NIP, number, or scan a badge',
      '{innolab} checkin',
      '# One or more participants, today',
      '{innolab} checkin 12 15 "budi sant"',
      '# Day two, arrived at 08:15',
      '{innolab} checkin 12 --day 2 --at 08:15',
      '# Excused with the reason; represented by a deputy',
      '{innolab} checkin 12 --status excused --note "sick"',
      '{innolab} checkin 15 --status represented --representative "Rina Lubis"',
      "# Remove today's record",
      '{innolab} checkin 12 --undo',
      '# Check-in by scan with a USB scanner (badges from report badges); or a file of scans from a phone app',
      '{innolab} checkin --scan',
      '{innolab} checkin --scan --day 1 --json < scans.txt',
    ].join('\n'),
  },

  'help.examples.attendance': {
    id: ['# Siapa yang hadir hari ini, dan rekap semua hari', '{innolab} attendance list', '{innolab} attendance summary'].join('\n'),
    en: ["# Who is here today, and the recap of every day", '{innolab} attendance list', '{innolab} attendance summary'].join('\n'),
  },
  'help.examples.attendance.list': {
    id: ['# Hari ini', '{innolab} attendance list', '# Siapa yang belum datang pada hari kedua', '{innolab} attendance list --day 2 --absent', '# Menurut tanggal', '{innolab} attendance list --date 2022-11-08'].join('\n'),
    en: ['# Today', '{innolab} attendance list', '# Who has not come on day two', '{innolab} attendance list --day 2 --absent', '# By date', '{innolab} attendance list --date 2022-11-08'].join('\n'),
  },
  'help.examples.attendance.summary': {
    id: ['# Rekap per peserta, per unit dan per hari', '{innolab} attendance summary', '# Untuk skrip', '{innolab} attendance summary --json'].join('\n'),
    en: ['# The recap per person, per unit and per day', '{innolab} attendance summary', '# For scripts', '{innolab} attendance summary --json'].join('\n'),
  },

  'help.examples.idea': {
    id: ['# Usulkan ide, nilai, lalu lihat peringkatnya', '{innolab} idea add --unit Dinkes --title "Antrean Puskesmas Daring"', '{innolab} idea score 1 dampak=4 kelayakan=3', '{innolab} idea list --sort score'].join('\n'),
    en: ['# Propose an idea, score it, then see the ranking', '{innolab} idea add --unit Dinkes --title "Antrean Puskesmas Daring"', '{innolab} idea score 1 dampak=4 kelayakan=3', '{innolab} idea list --sort score'].join('\n'),
  },
  'help.examples.idea.add': {
    id: [
      '# Di terminal: isian ditanyakan satu per satu',
      '{innolab} idea add',
      '# Sekaligus, dengan pengusulnya (nomor peserta)',
      '{innolab} idea add --unit Dinkes --title "Antrean Puskesmas Daring" --form pelayanan-publik --kind digital --proposer 12',
      '# Uraian panjang dari berkas',
      '{innolab} idea add --unit Disdukcapil --title "KIA Keliling" --problem "$(cat masalah.txt)"',
    ].join('\n'),
    en: [
      '# At a terminal: asks for each field in turn',
      '{innolab} idea add',
      "# All at once, with its proposer (a participant's number)",
      '{innolab} idea add --unit Dinkes --title "Antrean Puskesmas Daring" --form pelayanan-publik --kind digital --proposer 12',
      '# A long text from a file',
      '{innolab} idea add --unit Disdukcapil --title "KIA Keliling" --problem "$(cat problem.txt)"',
    ].join('\n'),
  },
  'help.examples.idea.list': {
    id: ['# Semua ide', '{innolab} idea list', '# Peringkat menurut skor tertimbang', '{innolab} idea list --sort score', '# Ide terpilih dari satu unit', '{innolab} idea list --unit Dinkes --status selected'].join('\n'),
    en: ['# Every idea', '{innolab} idea list', '# Ranked by weighted score', '{innolab} idea list --sort score', "# One unit's selected ideas", '{innolab} idea list --unit Dinkes --status selected'].join('\n'),
  },
  'help.examples.idea.show': {
    id: ['# Semua isian, nilai dan riwayat ide no. 3', '{innolab} idea show 3'].join('\n'),
    en: ['# Every field, the scores and the history of idea no. 3', '{innolab} idea show 3'].join('\n'),
  },
  'help.examples.idea.edit': {
    id: ['# Perbaiki judul dan jenisnya', '{innolab} idea edit 3 --title "Antrean Puskesmas Daring" --kind digital', '# Kosongkan manfaat', '{innolab} idea edit 3 --benefit ""'].join('\n'),
    en: ['# Fix the title and the kind', '{innolab} idea edit 3 --title "Antrean Puskesmas Daring" --kind digital', '# Clear the benefit', '{innolab} idea edit 3 --benefit ""'].join('\n'),
  },
  'help.examples.idea.status': {
    id: ['# Masuk daftar pendek, lalu terpilih', '{innolab} idea status 3 shortlisted', '{innolab} idea status 3 selected --note "peringkat 1 rapat penilaian"', '# Tidak dilanjutkan', '{innolab} idea status 5 dropped --note "digabung dengan ide no. 3"'].join('\n'),
    en: ['# Shortlisted, then selected', '{innolab} idea status 3 shortlisted', '{innolab} idea status 3 selected --note "ranked first by the panel"', '# Dropped', '{innolab} idea status 5 dropped --note "merged into idea no. 3"'].join('\n'),
  },
  'help.more.idea.score': {
    id: ['Nama kriteria adalah milik lokakarya ini: lihat dengan criteria list, tambah dengan criteria set.'].join('\n'),
    en: ["The criteria's names are this workshop's own: see them with criteria list, add one with criteria set."].join('\n'),
  },
  'help.examples.idea.score': {
    id: [
      '# Nilai dari fasilitator',
      '{innolab} idea score 3 dampak=4 kelayakan=3 kebaruan=5 keberlanjutan=4',
      '# Nilai dari seorang juri (nomor peserta); memberi nilai lagi menimpa nilainya',
      '{innolab} idea score 3 dampak=5 kelayakan=4 --by 7',
    ].join('\n'),
    en: [
      "# The facilitator's scores",
      '{innolab} idea score 3 dampak=4 kelayakan=3 kebaruan=5 keberlanjutan=4',
      "# A judge's scores (a participant's number); scoring again replaces them",
      '{innolab} idea score 3 dampak=5 kelayakan=4 --by 7',
    ].join('\n'),
  },

  'help.examples.criteria': {
    id: ['# Kriteria dan bobotnya', '{innolab} criteria list', '{innolab} criteria set dampak --weight 0.4'].join('\n'),
    en: ['# The criteria and their weights', '{innolab} criteria list', '{innolab} criteria set dampak --weight 0.4'].join('\n'),
  },
  'help.examples.criteria.list': {
    id: ['# Bobot dan bagiannya dari jumlah bobot', '{innolab} criteria list'].join('\n'),
    en: ['# Weights and their share of the sum of weights', '{innolab} criteria list'].join('\n'),
  },
  'help.examples.criteria.set': {
    id: ['# Ubah bobot', '{innolab} criteria set dampak --weight 0.4', '# Kriteria baru dengan labelnya di laporan', '{innolab} criteria set replikasi --weight 0.1 --label "Kemudahan Replikasi"'].join('\n'),
    en: ['# Change a weight', '{innolab} criteria set dampak --weight 0.4', '# A new criterion with its label in reports', '{innolab} criteria set replikasi --weight 0.1 --label "Kemudahan Replikasi"'].join('\n'),
  },

  'help.examples.commitment': {
    id: ['# Catat RTL, lalu lihat yang terlambat', '{innolab} commitment add --unit Dinkes --action "Uji coba antrean daring di 3 puskesmas" --due 2023-02-28', '{innolab} commitment list --overdue'].join('\n'),
    en: ['# Record a commitment, then see the overdue ones', '{innolab} commitment add --unit Dinkes --action "Uji coba antrean daring di 3 puskesmas" --due 2023-02-28', '{innolab} commitment list --overdue'].join('\n'),
  },
  'help.examples.commitment.add': {
    id: [
      '# RTL untuk ide no. 3, dengan penanggung jawab (teks bebas)',
      '{innolab} commitment add --unit Dinkes --action "Uji coba antrean daring di 3 puskesmas" --due 2023-02-28 --idea 3 --owner "Kepala Bidang Pelayanan"',
      '# Dengan keluaran dan indikatornya',
      '{innolab} commitment add --unit Bappeda --action "Susun Perwal inovasi daerah" --due 2023-03-31 --output "Perwal" --indicator "Perwal ditetapkan"',
    ].join('\n'),
    en: [
      '# A commitment for idea no. 3, with a person in charge (free text)',
      '{innolab} commitment add --unit Dinkes --action "Uji coba antrean daring di 3 puskesmas" --due 2023-02-28 --idea 3 --owner "Kepala Bidang Pelayanan"',
      '# With its deliverable and indicator',
      '{innolab} commitment add --unit Bappeda --action "Susun Perwal inovasi daerah" --due 2023-03-31 --output "Perwal" --indicator "Perwal ditetapkan"',
    ].join('\n'),
  },
  'help.examples.commitment.list': {
    id: ['# Semua RTL', '{innolab} commitment list', '# Yang terlambat; yang jatuh tempo dalam 14 hari', '{innolab} commitment list --overdue', '{innolab} commitment list --due-within 14', '# RTL satu unit yang sedang berjalan', '{innolab} commitment list --unit Dinkes --status in-progress'].join('\n'),
    en: ['# Every commitment', '{innolab} commitment list', '# Overdue ones; those due within 14 days', '{innolab} commitment list --overdue', '{innolab} commitment list --due-within 14', "# One unit's commitments in progress", '{innolab} commitment list --unit Dinkes --status in-progress'].join('\n'),
  },
  'help.examples.commitment.show': {
    id: ['# Satu RTL dan riwayat pembaruannya', '{innolab} commitment show 4'].join('\n'),
    en: ['# One commitment and its history of updates', '{innolab} commitment show 4'].join('\n'),
  },
  'help.examples.commitment.update': {
    id: ['# Kemajuan 60%', '{innolab} commitment update 4 --progress 60 --note "2 dari 3 puskesmas sudah memakai"', '# Selesai', '{innolab} commitment update 4 --progress 100 --date 2023-02-20'].join('\n'),
    en: ['# 60% done', '{innolab} commitment update 4 --progress 60 --note "2 of 3 puskesmas use it"', '# Done', '{innolab} commitment update 4 --progress 100 --date 2023-02-20'].join('\n'),
  },
  'help.more.commitment.import': {
    id: [
      'Kolom lembar RTL:',
      'no, uuid\tRTL mana (salah satu wajib; uuid dari lembar ekspor)',
      'progress\tkemajuan dalam persen, 0–100',
      'status\tplanned, in-progress, done atau cancelled',
      'note\tcatatan',
      'date\ttanggal laporan (YYYY-MM-DD)',
    ].join('\n'),
    en: [
      'Columns of the follow-up sheet:',
      'no, uuid\twhich commitment (one of them is required; uuid from the exported sheet)',
      'progress\tprogress in percent, 0–100',
      'status\tplanned, in-progress, done or cancelled',
      'note\tnote',
      'date\tdate of the report (YYYY-MM-DD)',
    ].join('\n'),
  },
  'help.examples.commitment.import': {
    id: [
      '# Kirim lembar RTL ke satu OPD, lalu terapkan lembar yang sudah diisi',
      '{innolab} export --table commitments --unit Dinkes --out rtl-dinkes.csv',
      '{innolab} commitment import rtl-dinkes.csv --dry-run',
      '{innolab} commitment import rtl-dinkes.csv',
    ].join('\n'),
    en: [
      "# Send one unit its follow-up sheet, then apply the sheet it filled in",
      '{innolab} export --table commitments --unit Dinkes --out rtl-dinkes.csv',
      '{innolab} commitment import rtl-dinkes.csv --dry-run',
      '{innolab} commitment import rtl-dinkes.csv',
    ].join('\n'),
  },
  'help.examples.commitment.export': {
    id: [
      '# Satu buku kerja RTL per OPD (status dari daftar pilihan, progres 0–100) ke folder rtl/',
      '{innolab} commitment export --out rtl',
      '# Hanya Dinkes; setelah diisi, impor kembali',
      '{innolab} commitment export --unit Dinkes --out rtl-dinkes.xlsx',
      '{innolab} commitment import rtl-dinkes.xlsx',
    ].join('\n'),
    en: [
      '# One follow-up workbook per unit (status from a drop-down, progress 0–100) into rtl/',
      '{innolab} commitment export --out rtl',
      '# Dinkes only; once filled in, import it back',
      '{innolab} commitment export --unit Dinkes --out rtl-dinkes.xlsx',
      '{innolab} commitment import rtl-dinkes.xlsx',
    ].join('\n'),
  },

  'help.examples.report': {
    id: ['# Semua laporan ke satu folder', '{innolab} report all --out laporan', '# Daftar hadir hari pertama di kertas F4', '{innolab} report attendance --day 1 --paper f4'].join('\n'),
    en: ['# Every report into one folder', '{innolab} report all --out reports', '# The day-one attendance sheet on F4 paper', '{innolab} report attendance --day 1 --paper f4'].join('\n'),
  },
  'help.examples.report.attendance': {
    id: ['# Semua hari', '{innolab} report attendance', '# Hari kedua, 20 baris kosong, kertas F4', '{innolab} report attendance --day 2 --blank-rows 20 --paper f4 --out hadir-hari-2.pdf'].join('\n'),
    en: ['# Every day', '{innolab} report attendance', '# Day two, 20 blank rows, F4 paper', '{innolab} report attendance --day 2 --blank-rows 20 --paper f4 --out day-2.pdf'].join('\n'),
  },
  'help.examples.report.recap': {
    id: ['# Rekap kehadiran', '{innolab} report recap', '{innolab} report recap --paper f4 --out rekap.pdf'].join('\n'),
    en: ['# The attendance recap', '{innolab} report recap', '{innolab} report recap --paper f4 --out recap.pdf'].join('\n'),
  },
  'help.examples.report.outcome': {
    id: ['# Laporan hasil kegiatan, ditandatangani pada tanggal tertentu', '{innolab} report outcome --as-of 2022-11-16'].join('\n'),
    en: ['# The outcome report, signed on a given date', '{innolab} report outcome --as-of 2022-11-16'].join('\n'),
  },
  'help.examples.report.commitments': {
    id: ['# Matriks RTL hari ini; keadaan per akhir triwulan', '{innolab} report commitments', '{innolab} report commitments --as-of 2023-03-31 --out rtl-tw1.pdf'].join('\n'),
    en: ['# The follow-up matrix today; as of the end of a quarter', '{innolab} report commitments', '{innolab} report commitments --as-of 2023-03-31 --out rtl-q1.pdf'].join('\n'),
  },
  'help.examples.report.certificates': {
    id: ['# Untuk yang hadir setiap hari', '{innolab} report certificates', '# Untuk yang hadir sedikitnya 2 dari 3 hari', '{innolab} report certificates --min-attendance 66'].join('\n'),
    en: ['# For those who attended every day', '{innolab} report certificates', '# For those who attended at least 2 days of 3', '{innolab} report certificates --min-attendance 66'].join('\n'),
  },
  'help.examples.report.badges': {
    id: [
      '# Tanda pengenal semua peserta, 8 per lembar A4',
      '{innolab} report badges',
      '# Narasumber saja, 10 per lembar F4',
      '{innolab} report badges --role narasumber --paper f4 --per-page 10',
      '# Peserta yang baru didaftarkan di meja (no. 41), langsung dicetak',
      '{innolab} report badges --who 41 --out tanda-41.pdf',
    ].join('\n'),
    en: [
      '# Badges for everyone, 8 to an A4 sheet',
      '{innolab} report badges',
      '# Resource persons only, 10 to an F4 sheet',
      '{innolab} report badges --role narasumber --paper f4 --per-page 10',
      '# A walk-in just registered at the desk (no. 41), printed at once',
      '{innolab} report badges --who 41 --out badge-41.pdf',
    ].join('\n'),
  },
  'help.examples.report.all': {
    id: ['# Semua laporan, nama berkas tetap, ke folder laporan/', '{innolab} report all --out laporan', '{innolab} report all --out laporan --paper f4'].join('\n'),
    en: ['# Every report, stable file names, into reports/', '{innolab} report all --out reports', '{innolab} report all --out reports --paper f4'].join('\n'),
  },

  'help.examples.export': {
    id: [
      '# Semua tabel sebagai CSV ke satu folder',
      '{innolab} export --out ekspor',
      '# Satu tabel ke layar, atau JSON ke berkas',
      '{innolab} export --table participants',
      '{innolab} export --table ideas --format json --out ide.json',
      '# Data peserta untuk dibagikan: NIP, telepon dan email disamarkan',
      '{innolab} export --table participants --redact --out peserta.csv',
      '# Untuk Excel: buku kerja XLSX (NIP sebagai teks), atau CSV dengan pemisah ;',
      '{innolab} export --format xlsx --out lokakarya.xlsx',
      "{innolab} export --table participants --delimiter ';' --out peserta.csv",
    ].join('\n'),
    en: [
      '# Every table as CSV into one folder',
      '{innolab} export --out export',
      '# One table to the screen, or JSON to a file',
      '{innolab} export --table participants',
      '{innolab} export --table ideas --format json --out ideas.json',
      '# Participants to share: NIPs, phones and e-mails masked',
      '{innolab} export --table participants --redact --out participants.csv',
      '# For Excel: an XLSX workbook (NIPs as text), or CSV split on ;',
      '{innolab} export --format xlsx --out workshop.xlsx',
      "{innolab} export --table participants --delimiter ';' --out participants.csv",
    ].join('\n'),
  },
  'help.examples.merge': {
    id: ['# Lihat dulu apa yang akan berubah, lalu gabungkan salinan laptop meja registrasi 2', '{innolab} merge laptop-2.innolab --dry-run', '{innolab} merge laptop-2.innolab'].join('\n'),
    en: ["# See what would change first, then merge the second registration desk's copy", '{innolab} merge laptop-2.innolab --dry-run', '{innolab} merge laptop-2.innolab'].join('\n'),
  },
  'help.examples.log': {
    id: ['# 50 perubahan terakhir', '{innolab} log', '# 200 terakhir, untuk skrip', '{innolab} log --limit 200 --json'].join('\n'),
    en: ['# The last 50 changes', '{innolab} log', '# The last 200, for scripts', '{innolab} log --limit 200 --json'].join('\n'),
  },
  'help.examples.check': {
    id: ['# Periksa berkas setelah disalin dari laptop lain', '{innolab} -f salinan.innolab check'].join('\n'),
    en: ['# Check a file copied from another laptop', '{innolab} -f copy.innolab check'].join('\n'),
  },
  'help.examples.backup': {
    id: ['# Cadangan di akhir hari kedua, juga saat mode absen masih berjalan', '{innolab} backup cadangan/hari-2.innolab', '# Timpa cadangan yang sudah ada', '{innolab} backup cadangan/terbaru.innolab --yes'].join('\n'),
    en: ['# A backup at the end of day two, even while the check-in loop runs', '{innolab} backup backups/day-2.innolab', '# Overwrite an earlier backup', '{innolab} backup backups/latest.innolab --yes'].join('\n'),
  },
  'help.examples.demo': {
    id: ['# Lokakarya contoh dan semua laporannya di ./innolab-demo', '{innolab} demo', '# Di folder lain, dalam bahasa Inggris', '{innolab} demo --out /tmp/contoh --lang en'].join('\n'),
    en: ['# The sample workshop and all its reports in ./innolab-demo', '{innolab} demo', '# In another folder, in English', '{innolab} demo --out /tmp/sample --lang en'].join('\n'),
  },
} satisfies Catalogue;
