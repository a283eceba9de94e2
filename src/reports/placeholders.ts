// The wording an office may edit (templates/*.json) holds `{name}` placeholders.

export type Vars = Record<string, string | number>;

/**
 * `{name}` placeholders filled from `vars`; `{seq:03}` pads a value with zeros to 3 digits. Unknown ones are
 * left as written so a typo shows on paper.
 */
export function fill(text: string, vars: Vars): string {
  return text.replace(/\{(\w+)(?::0(\d))?\}/g, (whole, name: string, pad: string | undefined) =>
    vars[name] === undefined ? whole : String(vars[name]).padStart(pad === undefined ? 0 : Number(pad), '0'),
  );
}
