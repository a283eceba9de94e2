// The order names are printed in: by the name itself, not by the academic and religious titles written in
// front of it ("Drs. H. Zul Abdiman, M.Si" sorts under Z, after "Herman"), accents ignored.

/** Titles written before a name, without their dots, lower case. */
const FRONT_TITLES = new Set(['dr', 'drs', 'dra', 'h', 'hj', 'ir', 'prof', 'kh', 'tgk', 'ust', 'ustadz', 'ns', 'apt', 'drg', 'bpk', 'ibu', 'sdr', 'sdri']);

/** Initials and short titles with their dots ("H.", "A.Md."); made once (the bundle builds these with new RegExp). */
const DOTTED = /^(\p{L}{1,4}\.)+$/u;
const MARKS = /\p{M}/gu;

/** The name without front titles and without what follows its first comma (degrees), folded for sorting. */
export function nameSortKey(name: string): string {
  const words = name.split(',')[0]!.trim().split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && (FRONT_TITLES.has(words[i]!.toLowerCase().replace(/\.+$/, '')) || DOTTED.test(words[i]!))) i++;
  return words.slice(i).join(' ').normalize('NFD').replace(MARKS, '').toLowerCase();
}

let collator: Intl.Collator | undefined;

/**
 * The collator names sort by (Indonesian, accents and case ignored, numbers by value). Made on first use:
 * ICU takes ~5 ms to make one, which every start-up paid when it was made as the program loaded.
 */
export function nameCollator(): Intl.Collator {
  return (collator ??= new Intl.Collator('id', { sensitivity: 'base', numeric: true }));
}
