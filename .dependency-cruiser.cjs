/* global module */
// The house's layering (STYLE.md "Data flows one way"), checked by `npm run lint` and CI:
//   command → domain → store, and command → reports/output; nothing below commands/ imports cli/ or
//   commands/; reports/ reads data it is given (types from the store only); domain/ is pure rules.
// A wrong arrow fails the build instead of waiting for a reviewer.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other work only by the accident of evaluation order.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'lower-layers-not-to-cli-or-commands',
      severity: 'error',
      comment: 'store/, import/, reports/, domain/, export/ and runtime/ never know about the command line.',
      from: { path: '^src/(store|import|reports|domain|export|runtime)/' },
      to: { path: '^src/(cli|commands)/' },
    },
    {
      name: 'cli-not-to-commands',
      severity: 'error',
      comment: 'cli/ is the plumbing commands use (io, output, prompts); it does not know the commands.',
      from: { path: '^src/cli/' },
      to: { path: '^src/commands/' },
    },
    {
      name: 'reports-only-store-types',
      severity: 'error',
      comment: 'A report is a data model in, a document out: it never opens or queries the database.',
      from: { path: '^src/reports/' },
      to: { path: '^src/store/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'domain/ holds rules with no I/O: it imports other domain rules, src/errors.ts and i18n types only.',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/', '^src/errors\\.ts$', '^src/i18n/'] },
    },
    {
      name: 'domain-only-i18n-types',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/i18n/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-heavy-below-commands',
      severity: 'error',
      comment: 'commander, inquirer, chalk and cli-table3 belong to the command line (STYLE.md).',
      from: { path: '^src/(store|import|reports|domain|export)/' },
      to: { path: 'node_modules/(commander|@inquirer|inquirer|chalk|cli-table3)/' },
    },
    {
      name: 'no-pdfkit-outside-reports',
      severity: 'error',
      comment: 'pdfkit is loaded only by the reports (start-up speed, SPEC §6).',
      from: { path: '^src/', pathNot: '^src/(reports|runtime)/' },
      to: { path: 'node_modules/pdfkit/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
