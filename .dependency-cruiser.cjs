/** Module boundaries (docs/ARCHITECTURE.md): enforced in `npm run lint`. */
const modules = 'catalog|credentials|dossier|logistics|insights|materials|teachers|programme|reference';
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Import cycles are not allowed.', from: {}, to: { circular: true } },
    {
      name: 'platform-is-domain-free',
      severity: 'error',
      comment: 'The platform layer knows nothing of the domain modules or the composition root.',
      from: { path: '^src/platform/' },
      to: { path: [`^src/(${modules})/`, '^src/(app|main|modules|startup|migrate)\\.ts$', '^src/demo/'] },
    },
    {
      name: 'modules-use-platform-index',
      severity: 'error',
      comment: 'Modules import the platform only through src/platform/index.ts.',
      from: { path: `^src/(${modules})/` },
      to: { path: '^src/platform/', pathNot: '^src/platform/index\\.ts$' },
    },
    {
      name: 'modules-use-each-others-index',
      severity: 'error',
      comment: 'A module imports another module only through its index.ts.',
      from: { path: `^src/(${modules})/` },
      to: { path: `^src/(${modules})/`, pathNot: [`^src/$1/`, `^src/(${modules})/index\\.ts$`] },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'domain/ folders hold pure TypeScript: no I/O, no framework, no store.',
      from: { path: `^src/(${modules})/domain/` },
      to: {
        path: ['^node_modules/(fastify|kysely|pg|@electric-sql|@fastify)', '^src/platform/', `^src/(${modules})/(store|routes)`],
        pathNot: '^node_modules/zod',
      },
    },
    {
      name: 'src-does-not-import-tests',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|bench|scripts)/' },
    },
    {
      name: 'web-talks-http-only',
      severity: 'error',
      comment: 'The web app reaches the server over HTTP; it may share pure domain code only.',
      from: { path: '^web/' },
      to: { path: '^src/', pathNot: `^src/(${modules})/domain/` },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^dist/|^scratch/|\\.d\\.ts$)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js'],
    },
  },
};
