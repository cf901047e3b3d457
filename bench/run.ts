/*
 * `npm run bench [-- <suite>… ] [--no-build]`: runs the suites in bench/suites, prints a table per
 * suite, stores its figures in bench/results/<suite>.json and regenerates docs/BENCHMARKS.md.
 * `npm run bench -- --doc-only` only regenerates docs/BENCHMARKS.md from the stored results.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeBenchmarksDoc } from './lib/benchmarks-doc.js';
import { Cleanup } from './lib/cleanup.js';
import { ensureWrk } from './lib/http-load.js';
import { describeMachine, machineLine } from './lib/machine.js';
import { checkpoint, defaultAdminUrl } from './lib/postgres.js';
import { readResultFiles, writeResultFile } from './lib/results.js';
import { isSuite, type BenchContext, type Suite } from './lib/suite.js';
import { figureTable, renderText } from './lib/table.js';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const suitesDir = join(repoRoot, 'bench', 'suites');
const resultsDir = join(repoRoot, 'bench', 'results');
const docPath = join(repoRoot, 'docs', 'BENCHMARKS.md');

/** Every suite exported by a file directly in bench/suites (sub-folders hold a suite's own helpers). */
async function discoverSuites(): Promise<Suite[]> {
  const files = (await readdir(suitesDir)).filter((name) => name.endsWith('.ts')).sort();
  const suites: Suite[] = [];
  for (const file of files) {
    const exports = (await import(pathToFileURL(join(suitesDir, file)).href)) as Record<string, unknown>;
    for (const value of Object.values(exports)) {
      if (!isSuite(value)) continue;
      if (suites.some((s) => s.name === value.name)) throw new Error(`Two suites are named ${value.name}`);
      suites.push(value);
    }
  }
  return suites;
}

function secondsFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number of seconds (got ${JSON.stringify(raw)})`);
  return value;
}

function runCommand(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolveRun() : reject(new Error(`${command} ${args.join(' ')} exited with ${String(code)}`)),
    );
  });
}

/** Builds the server at most once per run, and only when a suite asks for it. */
function serverScriptOnce(build: boolean, log: (line: string) => void): () => Promise<string> {
  let built: Promise<string> | undefined;
  return () => {
    built ??= (async () => {
      if (build) {
        log('building the server (npm run build:server)');
        await runCommand('npm', ['run', '--silent', 'build:server']);
      }
      const script = join(repoRoot, 'dist', 'server', 'main.js');
      if (!existsSync(script)) throw new Error(`${script} is missing; run npm run build:server`);
      return script;
    })();
    return built;
  };
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const unknownFlag = args.find((a) => a.startsWith('-') && a !== '--no-build' && a !== '--doc-only');
  if (unknownFlag) throw new Error(`Unknown option ${unknownFlag}; usage: npm run bench [-- <suite>…] [--no-build | --doc-only]`);
  if (args.includes('--doc-only')) {
    await writeBenchmarksDoc(docPath, await readResultFiles(resultsDir));
    console.log(`Wrote ${docPath}`);
    return 0;
  }
  const wanted = args.filter((a) => !a.startsWith('-'));
  const all = await discoverSuites();
  const missing = wanted.filter((name) => !all.some((s) => s.name === name));
  if (missing.length > 0) throw new Error(`No suite named ${missing.join(', ')}; available: ${all.map((s) => s.name).join(', ')}`);
  const selected = wanted.length > 0 ? all.filter((s) => wanted.includes(s.name)) : all;

  // The load generator must be there before any suite spends minutes preparing data.
  ensureWrk();
  const adminDatabaseUrl = process.env['BENCH_DATABASE_URL'] || defaultAdminUrl;
  const machine = await describeMachine(adminDatabaseUrl);
  const log = (line: string) => console.log(`  · ${line}`);
  const serverScript = serverScriptOnce(!args.includes('--no-build'), log);
  const durationSeconds = secondsFromEnv('BENCH_DURATION_SECONDS', 10);
  const warmupSeconds = secondsFromEnv('BENCH_WARMUP_SECONDS', 2);
  console.log(`Machine: ${machineLine(machine)}`);

  let current: Cleanup | undefined;
  // Ctrl-C must still stop servers and drop databases.
  process.once('SIGINT', () => {
    console.error('\nInterrupted; cleaning up');
    void (current?.run() ?? Promise.resolve()).finally(() => process.exit(130));
  });

  let failures = 0;
  for (const suite of selected) {
    console.log(`\n== ${suite.name}: ${suite.description}`);
    if (!(await checkpoint(adminDatabaseUrl))) log('the database server refused CHECKPOINT; the previous suite may still be writing');
    const cleanup = new Cleanup();
    current = cleanup;
    const context: BenchContext = { repoRoot, adminDatabaseUrl, durationSeconds, warmupSeconds, cleanup, serverScript, log };
    const started = performance.now();
    try {
      const outcome = await suite.run(context);
      await cleanup.run();
      const result = {
        suite: suite.name,
        description: suite.description,
        timestamp: new Date().toISOString(),
        durationSeconds: (performance.now() - started) / 1000,
        machine,
        ...outcome,
      };
      console.log('\n' + renderText(figureTable(result.figures)));
      for (const note of result.notes ?? []) console.log(`  note: ${note}`);
      console.log(`\nWrote ${await writeResultFile(resultsDir, result)}`);
    } catch (error) {
      failures += 1;
      console.error(`Suite ${suite.name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      await cleanup.run().catch((cleanupError: unknown) => console.error(String(cleanupError)));
    } finally {
      current = undefined;
    }
  }

  await writeBenchmarksDoc(docPath, await readResultFiles(resultsDir));
  console.log(`Wrote ${docPath}`);
  return failures > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
