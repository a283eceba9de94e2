// What a text value may hold (issue 17): a name typed or imported must not carry terminal escapes, NUL,
// bidi overrides that make "Dinas A" look like another unit, or nothing visible at all. Tab and line break
// only in a field written as paragraphs (an idea's problem, a commitment's output, a note). One rule for
// every parser: the store's add/edit functions, the imports, the commitment sheet, check-in flags.
// visible() is the second line of defence: whatever reaches a terminal shows such characters as escapes.
/* eslint-disable no-control-regex, no-misleading-character-class -- finding these characters is the point */

/** Fields written as paragraphs: tab and line breaks allowed. */
const MULTILINE: ReadonlySet<string> = new Set([
  'problem',
  'description',
  'objective',
  'benefit',
  'expected_result',
  'expectedResult',
  'output',
  'indicator',
  'note',
  'action',
  'caption',
  'legal_basis',
  'conclusion',
]);

function isMultiline(field: string): boolean {
  return MULTILINE.has(field);
}

export type TextProblemCode = 'control' | 'bidi' | 'invisible';

// One regex test per value on the hot path (the participant import): any character that may make a value
// refused. Only a value that matches is looked at again to say why.
const SUSPECT_LINE = /[\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\u3164\ufeff\uffa0]/;
const SUSPECT_MULTILINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\u3164\ufeff\uffa0]/;
const CONTROL_LINE = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_MULTILINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
/** Nothing a reader can see: spaces, zero-width and other invisible characters (fillers, marks, BOM). */
const INVISIBLE_ONLY = /^[\s\u00ad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f\u2060-\u2064\u3164\ufeff\uffa0]*$/;

/** The import's one cheap pass per single-line cell: false = nothing to refuse (textProblem is null). */
export function mayRefuseLine(value: string): boolean {
  return SUSPECT_LINE.test(value);
}

/** Why a value is refused, or null; `multiline` allows tab and line breaks. */
export function textProblem(value: string, multiline = false): TextProblemCode | null {
  if (!(multiline ? SUSPECT_MULTILINE : SUSPECT_LINE).test(value)) return null;
  if ((multiline ? CONTROL_MULTILINE : CONTROL_LINE).test(value)) return 'control';
  if (BIDI.test(value)) return 'bidi';
  if (INVISIBLE_ONLY.test(value)) return 'invisible';
  return null;
}

/** The first refused character of a value, written as an escape (`U+001B`), for the message. */
function refusedChar(value: string, multiline = false): string {
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if ((multiline ? CONTROL_MULTILINE : CONTROL_LINE).test(ch) || BIDI.test(ch)) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return '';
}

/** What the message keys say about a problem (see error.text.* and import.problem.*). */
export interface TextRefusal {
  field: string;
  code: TextProblemCode;
  char: string;
}

/** The refusal for one field's value, or null when it may be stored. */
export function checkTextValue(field: string, value: string): TextRefusal | null {
  const multiline = isMultiline(field);
  const code = textProblem(value, multiline);
  return code === null ? null : { field, code, char: refusedChar(value, multiline) };
}

// Everything a terminal could act on: C0 and C1 controls but tab and line feed, DEL, bidi overrides and
// isolates. Colour codes of the kind chalk writes (ESC [ n m, one number) are left alone where asked, but
// not SGR 8 (concealed text: a value could hide what follows it).
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_OR_COLOUR = /\u001b\[(?!8m)\d{1,2}m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_ANY = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function escapeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** A value for a terminal: control characters and bidi overrides shown as `\x1b`, `\u202e`. */
export function visible(text: string): string {
  return UNSAFE_ANY.test(text) ? text.replace(UNSAFE, escapeChar) : text;
}

/** Like visible(), but the program's own colour codes stay (a line already styled with chalk). */
export function visibleKeepColour(text: string): string {
  return UNSAFE_ANY.test(text) ? text.replace(UNSAFE_OR_COLOUR, (m) => (m.length > 1 ? m : escapeChar(m))) : text;
}
