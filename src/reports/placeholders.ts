// The wording an office may edit (templates/*.json) holds `{name}` placeholders.

export type Vars = Record<string, string | number>;

/** `{name}` placeholders filled from `vars`; unknown ones are left as written so a typo shows on paper. */
export function fill(text: string, vars: Vars): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (vars[name] === undefined ? whole : String(vars[name])));
}
