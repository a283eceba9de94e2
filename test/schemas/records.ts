// The JSON shapes scripts rely on (README "JSON output"): one schema per record kind. A reference to another
// record is always the same small object: a unit {no, name, short_name}, a participant {no, name} (no is
// null for a person written as free text, e.g. a commitment owner who is not registered), an idea
// {no, title}. Records forbid properties they do not declare, so a new field is a decision written here.
// test/batch-conventions.test.ts checks every command's --json output against these.

type Schema = Record<string, unknown>;

const str = { type: 'string' } as const;
const strOrNull = { type: ['string', 'null'] } as const;
const int = { type: 'integer' } as const;
const intOrNull = { type: ['integer', 'null'] } as const;
const num = { type: 'number' } as const;
const numOrNull = { type: ['number', 'null'] } as const;
const bool = { type: 'boolean' } as const;
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const dateOrNull = { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const time = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$' } as const;
const timeOrNull = { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$' } as const;
const uuid = { type: 'string', pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' } as const;

/** An object whose every property is required and no other is allowed. */
function record(properties: Record<string, unknown>, optional: Record<string, unknown> = {}): Schema {
  return { type: 'object', properties: { ...properties, ...optional }, required: Object.keys(properties), additionalProperties: false };
}
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'null' }] });
const arrayOf = (items: unknown): Schema => ({ type: 'array', items });
const ref = (name: string): Schema => ({ $ref: `#/$defs/${name}` });

const ATTENDANCE_STATUS = ['present', 'excused', 'represented'];
const IDEA_STATUS = ['proposed', 'shortlisted', 'selected', 'trial', 'implemented', 'dropped'];
const COMMITMENT_STATUS = ['planned', 'in-progress', 'done', 'cancelled'];

/** The figures of a roll-up row, a workshop, an OPD or the totals (`rollup --json`, `push --json`). */
const ROLLUP_FIGURES = {
  participants: int,
  attendance: record({ attended: int, person_days: int, rate: numOrNull }),
  ideas: record({
    total: int,
    by_form: record({ tata_kelola: int, pelayanan_publik: int, lainnya: int, unspecified: int }),
    by_status: record(Object.fromEntries(IDEA_STATUS.map((s) => [s, int]))),
    selected: int,
    implemented: int,
  }),
  commitments: record({ total: int, by_status: record(Object.fromEntries(COMMITMENT_STATUS.map((s) => [s.replace('-', '_'), int]))), overdue: int }),
};

/** A stored image, or the file it was made from: `photo add`'s record and its `original`. */
const IMAGE = { type: { enum: ['image/png', 'image/jpeg'] }, width: int, height: int, bytes: int };

export const defs: Record<string, Schema> = {
  rollup_result: record(
    {
      as_of: date,
      since: date,
      by: { enum: ['workshop', 'unit', 'form', 'year'] },
      files: record({ read: int, skipped: int }),
      skipped: arrayOf(record({ file: str, reason: { enum: ['not-innolab', 'newer', 'damaged', 'unreadable', 'duplicate'] }, found_version: intOrNull, detail: str })),
      totals: record({ workshops: int, ...ROLLUP_FIGURES }),
      rows: arrayOf(record({ key: str, label: str, workshops: int, ...ROLLUP_FIGURES })),
      workshops: arrayOf(
        record({ file: str, uuid: str, title: str, organizer: strOrNull, city: strOrNull, start_date: date, end_date: date, schema_version: int, days_held: int, ...ROLLUP_FIGURES }),
      ),
      units: arrayOf(record({ name: str, names: arrayOf(str), workshops: int, last_update: dateOrNull, ...ROLLUP_FIGURES })),
      units_without_update: arrayOf(record({ name: str, last_update: dateOrNull, open_commitments: int })),
      unmatched_units: arrayOf(record({ name: str, names: arrayOf(str), workshop: str })),
      unused_unit_map_names: arrayOf(str),
    },
    // With --format csv --out: the file written.
    { out: str },
  ),
  push_result: record({
    server: str,
    schema_version: int,
    workshops: arrayOf(
      record({
        file: str,
        uuid,
        title: str,
        changed: int,
        tables: { type: 'object', additionalProperties: record({ inserted: int, updated: int, deleted: int }) },
      }),
    ),
    skipped: arrayOf(record({ file: str, reason: str, found_version: intOrNull, detail: str })),
    rows_changed: int,
    include_contacts: bool,
    redacted: bool,
  }),
  unit_ref: record({ no: int, name: str, short_name: strOrNull }),
  participant_ref: record({ no: intOrNull, name: str }),
  idea_ref: record({ no: int, title: str }),

  // partner: in unit commands' answers (not in `export`, whose unit rows are the file's columns).
  unit: record({ no: int, uuid, name: str, short_name: strOrNull, kind: str, participants: int, created_at: time, updated_at: time }, { partner: bool }),

  participant: record(
    {
      no: int,
      uuid,
      name: str,
      nip: strOrNull,
      position: strOrNull,
      unit: nullable(ref('unit_ref')),
      role: { enum: ['peserta', 'narasumber', 'fasilitator', 'panitia'] },
      phone: strOrNull,
      email: strOrNull,
      created_at: time,
      updated_at: time,
    },
    // `participant show` adds the person's days.
    {
      attendance: arrayOf(record({ date, day: int, status: { enum: ATTENDANCE_STATUS }, note: strOrNull, representative: strOrNull })),
      days_present: int,
    },
  ),

  /** One person on one day; `attendance list --absent` lists people with no record that day (status null). */
  attendance: record({
    participant: ref('participant_ref'),
    unit: nullable(ref('unit_ref')),
    date,
    day: int,
    status: { enum: [...ATTENDANCE_STATUS, null] },
    checked_in_at: timeOrNull,
    how: { enum: ['manual', 'import', 'scan', 'merge', null] },
    note: strOrNull,
    representative: strOrNull,
  }),

  /** One line of `checkin --scan --json` (JSON Lines: one such object per scanned line); attendance null when the code names nobody here. */
  scan: record({
    result: { enum: ['checked_in', 'already', 'duplicate', 'unknown', 'damaged', 'other_workshop'] },
    code: str,
    attendance: nullable(ref('attendance')),
  }),

  attendance_summary: record({
    days: arrayOf(record({ date, day: int, present: int, excused: int, represented: int, absent: int })),
    participants: arrayOf(
      record({
        participant: ref('participant_ref'),
        unit: nullable(ref('unit_ref')),
        days_present: int,
        percent: num,
        days: { type: 'object', propertyNames: date, additionalProperties: { enum: [...ATTENDANCE_STATUS, null] } },
      }),
    ),
    units: arrayOf(record({ unit: nullable(ref('unit_ref')), participants: int, present: int, excused: int, represented: int, absent: int, percent: num })),
  }),

  criterion: record({ name: str, label: strOrNull, weight: num, share: num, position: int }),

  idea: record(
    {
      no: int,
      uuid,
      unit: ref('unit_ref'),
      title: str,
      form: { enum: ['tata-kelola', 'pelayanan-publik', 'lainnya', null] },
      kind: { enum: ['digital', 'non-digital', null] },
      affair: strOrNull,
      problem: strOrNull,
      description: strOrNull,
      objective: strOrNull,
      benefit: strOrNull,
      expected_result: strOrNull,
      proposer: nullable(ref('participant_ref')),
      status: { enum: IDEA_STATUS },
      score: numOrNull,
      scorers: int,
      created_at: time,
      updated_at: time,
    },
    // `idea list --sort score` adds the rank (null for an idea with no score, which ranks after all others);
    // `idea show` (and every idea change) adds the scoring detail and the status history.
    {
      rank: intOrNull,
      criteria: arrayOf(record({ name: str, label: strOrNull, weight: num, share: num, mean: numOrNull, scorers: int })),
      scores: arrayOf(record({ criterion: str, value: int, scorer: nullable(ref('participant_ref')), at: time })),
      history: arrayOf(record({ from: { enum: [...IDEA_STATUS, null] }, to: { enum: IDEA_STATUS }, at: time, note: strOrNull })),
    },
  ),

  commitment: record(
    {
      no: int,
      uuid,
      unit: ref('unit_ref'),
      idea: nullable(ref('idea_ref')),
      action: str,
      owner: nullable(ref('participant_ref')),
      output: strOrNull,
      indicator: strOrNull,
      due_date: date,
      status: { enum: COMMITMENT_STATUS },
      progress: int,
      overdue: bool,
      days_overdue: int,
      created_at: time,
      updated_at: time,
    },
    // `commitment show` (and every commitment change) adds the updates.
    { updates: arrayOf(record({ uuid, date, progress: intOrNull, status: { enum: [...COMMITMENT_STATUS, null] }, note: strOrNull, at: time })) },
  ),

  workshop: record(
    {
      uuid,
      title: str,
      organizer: strOrNull,
      partner: strOrNull,
      city: strOrNull,
      venue: strOrNull,
      start_date: date,
      end_date: date,
      days: arrayOf(date),
      legal_basis: strOrNull,
      lang: { enum: ['id', 'en'] },
      signatory: record({ position: strOrNull, name: strOrNull, nip: strOrNull, rank: strOrNull, acting: strOrNull, on_behalf_of: strOrNull }),
      cosignatory: record({ caption: strOrNull, position: strOrNull, name: strOrNull, nip: strOrNull, rank: strOrNull }),
      letterhead: record({ institution: strOrNull, address: strOrNull, phone: strOrNull, website: strOrNull, letter_number: strOrNull, logos: int }),
      certificate: record({ number: strOrNull, jp: { type: ['number', 'null'] } }),
      paper: { enum: ['a4', 'f4', 'letter', null] },
      conclusion: strOrNull,
      report_date: dateOrNull,
      created_at: time,
      updated_at: time,
    },
    // `init` says which file it created.
    { file: str },
  ),

  log_entry: record({ uuid, at: time, command: str, action: str, entity: str, entity_uuid: { type: ['string', 'null'] }, detail: strOrNull, fields: { type: ['array', 'null'], items: str } }),

  /** Every command that writes a file (report, backup) says which, and what it holds. */
  file_written: { type: 'object', properties: { file: str }, required: ['file'] },

  /** A problem with one row of an input file, or one value. */
  invalid_row: record({ line: int, field: str, problem: str }),

  /** participant, unit and commitment import: counts, every invalid row, and whether it was a dry run. */
  import_result: {
    type: 'object',
    properties: {
      added: int,
      updated: int,
      unchanged: int,
      duplicates: int,
      existing: int,
      invalid: arrayOf(ref('invalid_row')),
      warnings: arrayOf(ref('invalid_row')),
      units_created: arrayOf(ref('unit_ref')),
      commitments: arrayOf(ref('commitment')),
      dry_run: bool,
    },
    required: ['invalid', 'dry_run'],
    additionalProperties: false,
  },

  export_result: record({ format: { enum: ['csv', 'json', 'xlsx'] }, redacted: bool, files: arrayOf(record({ table: str, file: str, rows: int })) }),
  /** `commitment export`: the workbook (or CSV) written for each OPD. */
  commitment_export_result: record({ format: { enum: ['xlsx', 'csv'] }, files: arrayOf(record({ unit: ref('unit_ref'), file: str, rows: int })) }),

  /** An attendance row of `export --format json`: its sheet's columns, with references as objects. */
  export_attendance: record({
    date,
    participant: ref('participant_ref'),
    nip: strOrNull,
    unit: nullable(ref('unit_ref')),
    status: { enum: ATTENDANCE_STATUS },
    checked_in_at: timeOrNull,
    how: { enum: ['manual', 'import', 'scan', 'merge', null] },
    representative: strOrNull,
    note: strOrNull,
    uuid,
    participant_uuid: uuid,
  }),

  /** A commitment of `export --format json`: the follow-up sheet's columns, with references as objects. */
  export_commitment: record({
    no: int,
    uuid,
    unit: ref('unit_ref'),
    idea: nullable(ref('idea_ref')),
    action: str,
    owner: nullable(ref('participant_ref')),
    output: strOrNull,
    indicator: strOrNull,
    due_date: date,
    status: { enum: COMMITMENT_STATUS },
    progress: int,
    last_update: dateOrNull,
    last_note: strOrNull,
  }),

  /** `export --json` without --out and without --table: every table's records, one array per table. */
  export_data: {
    type: 'object',
    properties: {
      participants: arrayOf(ref('participant')),
      units: arrayOf(ref('unit')),
      attendance: arrayOf(ref('export_attendance')),
      ideas: arrayOf(ref('idea')),
      commitments: arrayOf(ref('export_commitment')),
    },
    additionalProperties: false,
  },

  report_written: record({ report: str, file: str }, { format: str, day: int, pages: int, days: arrayOf(int), participants: int, certificates: int, badges: int, per_page: int, min_attendance: num, as_of: date, paper: str, workshops: int, skipped: int }),

  merge_result: {
    type: 'object',
    properties: {
      workshop_uuid: uuid,
      dry_run: bool,
      counts: { type: 'object', additionalProperties: record({ added: int, updated: int }, { removed: int }) },
      total: int,
      audit_entries: int,
      changes: { type: 'array' },
      conflicts: arrayOf(record({ nip: str, ours: record({ no: int, name: str }), theirs: record({ no: int, name: str }) })),
    },
    required: ['workshop_uuid', 'dry_run', 'counts', 'total', 'changes', 'conflicts'],
    additionalProperties: false,
  },

  check_result: {
    type: 'object',
    properties: {
      ok: bool,
      file: str,
      integrity: arrayOf(str),
      foreign_key_violations: { type: 'array' },
      schema_version: int,
      expected_schema_version: int,
      counts: { type: 'object', additionalProperties: int },
      problems: arrayOf(str),
    },
    required: ['ok', 'file', 'schema_version', 'counts'],
    additionalProperties: false,
  },

  status: record({
    workshop: record({ uuid, title: str, start_date: date, end_date: date, days: arrayOf(date) }),
    today: record({ date, day: intOrNull }),
    counts: record({ units: int, participants: int, ideas: int, commitments: int }),
    attendance: { type: 'object', properties: { days: arrayOf(record({ date, day: int, present: int, excused: int, represented: int, absent: int })) } },
    ideas: {
      type: 'object',
      properties: { total: int, by_status: { type: 'object' }, by_unit: arrayOf(record({ unit: ref('unit_ref'), total: int, by_status: { type: 'object' } })) },
    },
    commitments: {
      type: 'object',
      properties: {
        as_of: date,
        total: int,
        due_this_week: { type: 'object', properties: { commitments: arrayOf(ref('commitment')) } },
        overdue: { type: 'object', properties: { commitments: arrayOf(ref('commitment')) } },
      },
    },
  }),

  /** `photo add`: the photo's number in print order, its caption and what was stored; `original`: the file as given, when it was reduced for print. */
  photo: record({ no: int, caption: strOrNull, ...IMAGE, original: nullable(record(IMAGE)) }),

  /** `template export`: the folder and every file written into it. */
  template_export: record({ dir: str, files: arrayOf(str) }),

  demo_result: { type: 'object', properties: { file: str, out: str, workshop: ref('workshop'), reports: arrayOf(ref('report_written')) }, required: ['file', 'workshop'] },
};

export const schemas = {
  unit: ref('unit'),
  units: arrayOf(ref('unit')),
  participant: ref('participant'),
  participants: arrayOf(ref('participant')),
  attendance: arrayOf(ref('attendance')),
  attendance_summary: ref('attendance_summary'),
  criterion: ref('criterion'),
  criteria: arrayOf(ref('criterion')),
  idea: ref('idea'),
  ideas: arrayOf(ref('idea')),
  commitment: ref('commitment'),
  commitments: arrayOf(ref('commitment')),
  workshop: ref('workshop'),
  template_export: ref('template_export'),
  photo: ref('photo'),
  log: arrayOf(ref('log_entry')),
  file_written: ref('file_written'),
  import_result: ref('import_result'),
  export_result: ref('export_result'),
  commitment_export_result: ref('commitment_export_result'),
  /** `export`: the files it wrote (--out), or the data itself (every table, or one table's array). */
  export: {
    anyOf: [
      ref('export_result'),
      ref('export_data'),
      ...['participant', 'unit', 'export_attendance', 'idea', 'export_commitment'].map((kind) => arrayOf(ref(kind))),
    ],
  },
  report_written: ref('report_written'),
  reports_written: arrayOf(ref('report_written')),
  merge_result: ref('merge_result'),
  check_result: ref('check_result'),
  status: ref('status'),
  demo_result: ref('demo_result'),
  rollup_result: ref('rollup_result'),
  push_result: ref('push_result'),
} satisfies Record<string, Schema>;

export type SchemaName = keyof typeof schemas;

/** A schema that may use every definition above. */
export function withDefs(name: SchemaName): Schema {
  return { ...schemas[name], $defs: defs };
}

export { bool, date, int, num, str };

/**
 * The schema of each command's --json output, by command path. Every command the program registers must be
 * here (test/batch-conventions.test.ts fails on one that is not), so a new command decides its shape.
 */
export const COMMAND_SCHEMAS: Record<string, SchemaName> = {
  init: 'workshop',
  'workshop show': 'workshop',
  'workshop set': 'workshop',
  status: 'status',
  'unit add': 'unit',
  'unit list': 'units',
  'unit import': 'import_result',
  'participant add': 'participant',
  'participant list': 'participants',
  'participant show': 'participant',
  'participant edit': 'participant',
  'participant remove': 'participant',
  'participant import': 'import_result',
  checkin: 'attendance',
  'attendance list': 'attendance',
  'attendance summary': 'attendance_summary',
  'idea add': 'idea',
  'idea list': 'ideas',
  'idea show': 'idea',
  'idea edit': 'idea',
  'idea status': 'idea',
  'idea score': 'idea',
  'criteria list': 'criteria',
  'criteria set': 'criterion',
  'commitment add': 'commitment',
  'commitment list': 'commitments',
  'commitment show': 'commitment',
  'commitment update': 'commitment',
  'commitment import': 'import_result',
  'commitment export': 'commitment_export_result',
  'report attendance': 'report_written',
  'report recap': 'report_written',
  'report outcome': 'report_written',
  'report commitments': 'report_written',
  'report certificates': 'report_written',
  'report badges': 'report_written',
  'report all': 'reports_written',
  export: 'export',
  merge: 'merge_result',
  log: 'log',
  check: 'check_result',
  backup: 'file_written',
  'template export': 'template_export',
  'unit move': 'units',
  'photo add': 'photo',
  'unit edit': 'unit',
  'unit remove': 'unit',
  'unit merge': 'unit',
  'idea remove': 'idea',
  'criteria remove': 'criterion',
  'commitment edit': 'commitment',
  demo: 'demo_result',
  rollup: 'rollup_result',
  'report rollup': 'report_written',
  push: 'push_result',
};
