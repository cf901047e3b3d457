import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { Cleanup } from '../../lib/cleanup.js';
import { freePort } from '../../lib/server-process.js';

/** A running Community Solid Server. */
export interface SolidServer {
  readonly url: string;
  readonly version: string;
  readonly startupMs: number;
}

/**
 * Starts the Community Solid Server from node_modules on loopback: resources in files under
 * `rootDir`, no accounts, every operation allowed (the configuration next to this file). It loads
 * its components and JSON-LD contexts from node_modules and fetches nothing.
 */
export async function startSolid(rootDir: string, cleanup: Cleanup): Promise<SolidServer> {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('@solid/community-server/package.json');
  const { version } = require(packageJson) as { version: string };
  const bin = join(dirname(packageJson), 'bin', 'server.js');
  const config = join(dirname(fileURLToPath(import.meta.url)), 'solid-file-no-auth.json');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const started = performance.now();
  const child = spawn(process.execPath, [bin, '-c', config, '-f', rootDir, '-p', String(port), '-b', url, '-l', 'warn'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (data: Buffer) => {
    output = (output + data.toString('utf8')).slice(-10_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exit.then(() => {
    exited = true;
  });
  cleanup.add(async () => {
    if (!exited) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exit;
      clearTimeout(timer);
    }
  });
  const deadline = started + 60_000;
  for (;;) {
    if (exited) throw new Error(`The Solid server exited before it was ready:\n${output}`);
    if (performance.now() > deadline) throw new Error(`The Solid server was not ready within 60 s:\n${output}`);
    try {
      const response = await fetch(url, { method: 'HEAD' });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  return { url, version, startupMs: performance.now() - started };
}
