// Lines made of pieces that must not be split: a name's degree group ("S.E., M.Si."), the NIP, a unit's
// trailing number ("Dinas … 5"). Used by the certificates and the badges.
import type { Canvas } from './layout/index.js';

/**
 * A name's pieces: its words, the front titles with the first word of the name ("Drs. H. Peserta180", never
 * "Drs. H." alone on a line), and the degrees after the first comma as one ("…Siregar," "S.E., M.Si.").
 */
export function nameTokens(name: string): string[] {
  const words = name.trim().split(/ +/);
  // The degree group: after a word ending in a comma, every following piece a single word ("S.E.,", "M.Si.").
  const start = words.findIndex((_, i) => i > 0 && words[i - 1]!.endsWith(',') && words.slice(i).every((d) => d.length <= 12 && /\./.test(d)));
  const given = start < 0 ? words : words.slice(0, start);
  const degrees = start < 0 ? [] : [words.slice(start).join(' ')];
  // Front titles and initials ("Drs.", "H.", "Hj.", "dr.", "Ir.", "Prof.", "K.H.", "M."): short, ending in a dot.
  let titles = 0;
  while (titles < given.length - 1 && /^(\p{L}{1,4}\.)+$/u.test(given[titles]!)) titles++;
  const front = titles === 0 ? given : [given.slice(0, titles + 1).join(' '), ...given.slice(titles + 1)];
  return [...front, ...degrees];
}

/** "NIP … · position · unit": the NIP whole, each "·" kept with the word before it, a unit's trailing number with the word before it. */
export function whoTokens(nip: string | null, position: string | null, unit: string | null): string[] {
  const parts = [nip === null ? [] : [nip], words(position), words(unit)].filter((part) => part.length > 0);
  const tokens: string[] = [];
  parts.forEach((part, i) => {
    const last = part.length - 1;
    part.forEach((word, j) => {
      const glue = j === last && j > 0 && /^(\d{1,3}|[IVX]{1,4})$/.test(word);
      if (glue) tokens[tokens.length - 1] += ` ${word}`;
      else tokens.push(word);
    });
    if (i < parts.length - 1) tokens[tokens.length - 1] += ' ·';
  });
  return tokens;
}

const words = (text: string | null): string[] => (text ?? '').trim().split(/ +/).filter(Boolean);

/**
 * `tokens` in as few lines as a plain wrap needs, the lines of about even length (so no word or number is
 * left alone on the last line); a piece wider than `room` is broken inside it.
 */
export function evenLines(report: Canvas, tokens: readonly string[], room: number): string[] {
  const wrap = (width: number): string[] => {
    const lines: string[] = [];
    let line = '';
    for (const token of tokens) {
      const joined = line === '' ? token : `${line} ${token}`;
      if (report.widthOf(joined) <= width) {
        line = joined;
        continue;
      }
      if (line !== '') lines.push(line);
      line = token;
      if (report.widthOf(token) > width) {
        const pieces = report.wrapLines(token, width);
        lines.push(...pieces.slice(0, -1));
        line = pieces.at(-1) ?? '';
      }
    }
    if (line !== '') lines.push(line);
    return lines;
  };
  const lines = wrap(room);
  if (lines.length < 2) return lines;
  // The narrowest width that still gives as many lines, and no narrower than the widest piece (a narrower
  // one would split a piece that fits the room: "Drs. H." / "Peserta180").
  const widest = Math.max(...tokens.map((token) => report.widthOf(token)));
  let [low, high] = [room / lines.length, room];
  while (high - low > 1) {
    const mid = (low + high) / 2;
    if (mid >= widest && wrap(mid).length <= lines.length) high = mid;
    else low = mid;
  }
  return wrap(high);
}
