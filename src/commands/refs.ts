// How one record names another in --json output, the same everywhere (README "JSON output";
// test/schemas/records.ts): a unit {no, name, short_name}, a participant {no, name}, an idea {no, title}.
// A participant reference with no number is a person written as free text (a commitment owner who is not
// registered).

export interface UnitRef {
  no: number;
  name: string;
  short_name: string | null;
}

export interface ParticipantRef {
  no: number | null;
  name: string;
}

export interface IdeaRef {
  no: number;
  title: string;
}

/** A unit reference from the columns a query joined in; null when the record has no unit. */
export function unitRef(no: number | null | undefined, name: string | null | undefined, shortName: string | null | undefined): UnitRef | null {
  if (no === null || no === undefined || name === null || name === undefined) return null;
  return { no, name, short_name: shortName ?? null };
}

/** A registered person (no and name), or a name written as free text (no null); null when neither. */
export function participantRef(no: number | null | undefined, name: string | null | undefined): ParticipantRef | null {
  if (name === null || name === undefined) return null;
  return { no: no ?? null, name };
}

export function ideaRef(no: number | null | undefined, title: string | null | undefined): IdeaRef | null {
  if (no === null || no === undefined || title === null || title === undefined) return null;
  return { no, title };
}
