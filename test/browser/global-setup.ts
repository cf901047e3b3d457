/*
 * Builds the server and the web app as `npm start` does, starts that build (dist/server/main.js,
 * embedded database with demo data) for the browser tests, and says in one line when Chromium is
 * missing so that they are skipped.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { childEnv, freePort, repoRoot } from '../durability/harness.js';

declare module 'vitest' {
  export interface ProvidedContext {
    browserBaseUrl: string;
    chromiumPath: string;
  }
}

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

let server: ChildProcess | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(chromiumPath)) {
    console.warn(`Browser tests skipped: no Chromium at ${chromiumPath} (install Debian's package "chromium").`);
    project.provide('browserBaseUrl', '');
    project.provide('chromiumPath', '');
    return;
  }
  const builds: Array<[string, string[]]> = [
    ['server', ['--import', 'tsx', 'scripts/build-server.ts']],
    ['web app', ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'error']],
  ];
  for (const [what, args] of builds) {
    const build = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`The ${what} does not build:\n${build.stderr}${build.stdout}`);
  }

  dataDir = await mkdtemp(join(tmpdir(), 'doorpakken-browser-'));
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  server = spawn(process.execPath, [join(repoRoot, 'dist', 'server', 'main.js')], {
    cwd: repoRoot,
    env: childEnv({
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseUrl,
      DATA_DIR: dataDir,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '100000',
    }),
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`The server for the browser tests exited with ${server.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/ready`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('The server for the browser tests did not become ready');
    await new Promise((r) => setTimeout(r, 200));
  }
  project.provide('browserBaseUrl', baseUrl);
  project.provide('chromiumPath', chromiumPath);
}

export async function teardown(): Promise<void> {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
