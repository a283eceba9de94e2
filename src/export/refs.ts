// How an exported JSON record names another record: the same small objects as every command's --json
// (README "JSON output", commands/refs.ts; this layer may not import commands/). A unit {no, name,
// short_name}, a participant {no, name} (no null for a person written as text), an idea {no, title}.

export function unitRecordRef(no: number | null, name: string | null, shortName: string | null): { no: number; name: string; short_name: string | null } | null {
  return no === null || name === null ? null : { no, name, short_name: shortName };
}

export function participantRecordRef(no: number | null, name: string | null): { no: number | null; name: string } | null {
  return name === null ? null : { no, name };
}

export function ideaRecordRef(no: number | null, title: string | null): { no: number; title: string } | null {
  return no === null || title === null ? null : { no, title };
}
