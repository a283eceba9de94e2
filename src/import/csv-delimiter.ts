// The character between a CSV's cells: `,` `;` or tab (Indonesian Excel writes `;` because `,` is the
// decimal mark), as the person typed it with --delimiter or as guessed from the header line.
import { UsageError } from '../errors.js';

/** `--delimiter` as typed: one character, or the words/escapes people use for tab. */
export function parseDelimiter(raw: string): string {
  const lower = raw.toLowerCase();
  if (lower === '\\t' || lower === 'tab' || lower === '\t') return '\t';
  if (lower === 'semicolon') return ';';
  if (lower === 'comma') return ',';
  if ([...raw].length !== 1 || raw === '"' || raw === '\n' || raw === '\r') {
    throw new UsageError('error.csvDelimiter', { value: raw });
  }
  return raw;
}

/**
 * The delimiter of the header line: whichever of `,` `;` tab occurs most outside quotes; `,` when none does.
 * The header is the line people never put a stray delimiter in, unlike addresses in data rows.
 */
export function guessDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let sawText = false;
  for (let i = 0; i < text.length && i < 65536; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\n') {
      if (sawText && counts[',']! + counts[';']! + counts['\t']! > 0) break;
    } else if (!quoted && c in counts) counts[c]!++;
    else if (c.trim() !== '') sawText = true;
  }
  const best = (['\t', ';', ','] as const).reduce((a, b) => (counts[b]! > counts[a]! ? b : a), ',' as string);
  return counts[best]! > 0 ? best : ',';
}
