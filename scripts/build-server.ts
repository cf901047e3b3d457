/*
 * Builds the server into dist/server with esbuild: the platform's own modules and the packages that
 * ship as hundreds of small ES modules are bundled into a few files, so that the process loads and
 * links about a hundred modules at start-up instead of over a thousand (ADR 0058). Every other
 * package stays external and loads from node_modules as installed: those that read files next to
 * their own code, start workers or have native parts, and those whose internals the platform patches
 * (jsonld, see ADR 0027), which must stay one copy.
 *
 * Entry points are the process entry and the worker threads; they land side by side in dist/server,
 * where the pools find their workers (`new URL('./crypto-worker.js', import.meta.url)`).
 */
import { rm } from 'node:fs/promises';
import { build, type Plugin } from 'esbuild';

/** Packages bundled with the platform: pure JavaScript made of many small modules, no files read at run time. */
const BUNDLED = new Set(['kysely', 'zod', 'oidc-provider', 'jose']);

const packageOf = (specifier: string): string => {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? specifier);
};

/** Keeps every package external except those in BUNDLED. */
const externalPackages: Plugin = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { external: true };
      return BUNDLED.has(packageOf(args.path)) ? undefined : { external: true };
    });
  },
};

const outdir = 'dist/server';
await rm(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: ['src/main.ts', 'src/credentials/signing/crypto-worker.ts', 'src/logistics/simulation/simulation-worker.ts'],
  outdir,
  entryNames: '[name]',
  // Chunks next to the entry points: code in a chunk finds the workers beside it.
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
  plugins: [externalPackages],
});
const files = Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js')).length;
console.log(`Server built into ${outdir} (${files} files)`);
