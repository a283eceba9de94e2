// What the program is told when it starts (the typed handshake between bin/innolab.js or scripts/build.mjs
// and the bundle, see entry.ts). Tests run the sources and tell it nothing: every trick then falls back to
// loading modules as usual.

export interface RuntimeSettings {
  /**
   * V8's code cache for pdfkit and the packages it loads (module-cache.ts): the file to read it from, or,
   * when `record` (the build), to write it to after a report has run.
   */
  pdfkitCache?: { file: string; record: boolean };
}

let settings: RuntimeSettings = {};

export function configureRuntime(given: RuntimeSettings): void {
  settings = given;
}

export function runtimeSettings(): RuntimeSettings {
  return settings;
}
