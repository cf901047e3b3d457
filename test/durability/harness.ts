/*
 * Shared helpers for the durability suites: child processes run through tsx, free ports, fresh
 * data folders and PostgreSQL databases, and a cleanup list that runs even when a test fails.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { configSchema } from '../../src/platform/config/config.js';
import type { Backend } from '../../src/platform/db/database.js';

/** The repository root: children run from here so that `--import tsx` resolves. */
export const repoRoot = resolve(fileURLToPath(new URL('../../', import.meta.url)));

/** The server's entry point, run from source as in development. */
export const mainScript = join(repoRoot, 'src', 'main.ts');

/** A fixture script in test/durability/fixtures. */
export function fixture(name: string): string {
  return join(repoRoot, 'test', 'durability', 'fixtures', name);
}

/** Things to undo after a test, run last-in-first-out; every step runs even when one fails. */
export class Cleanup {
  private readonly steps: Array<() => Promise<unknown>> = [];

  add(step: () => Promise<unknown>): void {
    this.steps.push(step);
  }

  async run(): Promise<void> {
    const errors: unknown[] = [];
    for (const step of this.steps.splice(0).reverse()) {
      try {
        await step();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length > 0) throw new AggregateError(errors, 'cleanup failed');
  }
}

/** A new, empty folder under the system's temp folder, removed on cleanup. */
export async function tempDir(cleanup: Cleanup, label: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `doorpakken-${label}-`));
  cleanup.add(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** An empty PostgreSQL database (no migrations) of its own, dropped on cleanup. Needs TEST_DATABASE_URL. */
export async function emptyPostgresDatabase(cleanup: Cleanup): Promise<string> {
  const adminUrl = process.env['TEST_DATABASE_URL'];
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `dp_durability_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  cleanup.add(async () => {
    const again = new pg.Client({ connectionString: adminUrl });
    await again.connect();
    try {
      await again.query(`drop database if exists ${name} with (force)`);
    } finally {
      await again.end();
    }
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.href;
}

/** Where a backend keeps its data: a PGlite data folder, or a PostgreSQL database. */
export interface Storage {
  readonly backend: Backend;
  /** DATA_DIR of the server (also holds the secret key on PostgreSQL). */
  readonly dataDir: string;
  /** The PGlite folder inside DATA_DIR, as the server opens it. */
  readonly pgliteDir: string;
  /** PostgreSQL only. */
  readonly databaseUrl: string | undefined;
  /** What to pass to `openDatabase` to open the same data in the test process. */
  readonly openOptions: { url: string } | { dataDir: string };
  /** Environment variables that point the server at this storage. */
  readonly env: Record<string, string>;
}

/** A fresh, empty storage for one test on the given backend. */
export async function freshStorage(cleanup: Cleanup, backend: Backend): Promise<Storage> {
  const dataDir = await tempDir(cleanup, `data-${backend}`);
  const pgliteDir = join(dataDir, 'pglite');
  if (backend === 'pglite') {
    return { backend, dataDir, pgliteDir, databaseUrl: undefined, openOptions: { dataDir: pgliteDir }, env: { DATA_DIR: dataDir } };
  }
  const databaseUrl = await emptyPostgresDatabase(cleanup);
  return {
    backend,
    dataDir,
    pgliteDir,
    databaseUrl,
    openOptions: { url: databaseUrl },
    env: { DATA_DIR: dataDir, DATABASE_URL: databaseUrl },
  };
}

/** A port nobody listens on right now (asked from the kernel, then released). */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolvePort(port) : reject(new Error('no port assigned'))));
    });
  });
}

/** True when something accepts TCP connections on the port. */
export function isListening(port: number): Promise<boolean> {
  return new Promise((resolveListening) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolveListening(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolveListening(false);
    });
    socket.once('error', () => resolveListening(false));
  });
}

/** How a child process ended. */
export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** A child Node process with its output collected, line by line. */
export interface Child {
  readonly process: ChildProcessWithoutNullStreams;
  /** Everything written to stdout so far. */
  stdout(): string;
  /** Everything written to stderr so far. */
  stderr(): string;
  /** Calls `onLine` for every complete stdout line, including those already received. */
  onLine(onLine: (line: string) => void): void;
  /** Resolves when the process has exited and its output streams are drained. */
  readonly exited: Promise<Exit>;
  /** Waits for the exit, failing after `ms`. */
  waitForExit(ms: number): Promise<Exit>;
}

/** Environment for a child: this process's, without any platform configuration, plus `env`. */
export function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(configSchema.shape)) delete base[name];
  return { ...base, ...env };
}

/**
 * Starts `script` in a new Node process with `--import tsx`. The child is SIGKILLed on cleanup if
 * it still runs, so a failing test never leaves it behind.
 */
export function spawnTsx(cleanup: Cleanup, script: string, env: Record<string, string>): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: repoRoot,
    env: childEnv(env),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.end();
  let out = '';
  let err = '';
  let partial = '';
  const lines: string[] = [];
  const listeners: Array<(line: string) => void> = [];
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    out += chunk;
    partial += chunk;
    const complete = partial.split('\n');
    partial = complete.pop() ?? '';
    for (const line of complete) {
      lines.push(line);
      for (const listener of listeners) listener(line);
    }
  });
  child.stderr.on('data', (chunk: string) => {
    err += chunk;
  });
  const exited = new Promise<Exit>((resolveExit, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolveExit({ code, signal }));
  });
  exited.catch(() => undefined);
  cleanup.add(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited.catch(() => undefined);
  });
  return {
    process: child,
    stdout: () => out,
    stderr: () => err,
    onLine(listener) {
      for (const line of lines) listener(line);
      listeners.push(listener);
    },
    exited,
    waitForExit: (ms) => within(ms, exited, () => `process ${child.pid} did not exit within ${ms} ms; stderr: ${err}`),
  };
}

/** Resolves like `promise`, or rejects with `message()` after `ms`. */
export function within<T>(ms: number, promise: Promise<T>, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message())), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Milliseconds since `start` (from performance.now()). */
export function since(start: number): number {
  return Math.round(performance.now() - start);
}

/** One JSON log line of the server (pino), or undefined for anything else. */
export function parseLogLine(line: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(line);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A real server process (src/main.ts) on a port of its own. */
export interface ServerProcess extends Child {
  readonly port: number;
  readonly baseUrl: string;
  /** The server's JSON log lines so far. */
  logs(): Array<Record<string, unknown>>;
}

/** Environment every server in these suites gets; `env` adds the storage and overrides. */
export function serverEnv(port: number, env: Record<string, string>): Record<string, string> {
  return {
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    SEED_DEMO_DATA: 'false',
    NODE_ENV: 'test',
    RATE_LIMIT_PER_MINUTE: '100000',
    ...env,
  };
}

/** Starts src/main.ts and waits until GET /ready answers 200; fails early if the process dies. */
export async function startServer(cleanup: Cleanup, env: Record<string, string>, readyWithinMs = 45_000): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawnTsx(cleanup, mainScript, serverEnv(port, env));
  const baseUrl = `http://127.0.0.1:${port}`;
  const server: ServerProcess = {
    ...child,
    port,
    baseUrl,
    logs: () =>
      child
        .stdout()
        .split('\n')
        .map(parseLogLine)
        .filter((l): l is Record<string, unknown> => l !== undefined),
  };
  const deadline = performance.now() + readyWithinMs;
  let died: Exit | undefined;
  void child.exited.then((exit) => (died = exit));
  for (;;) {
    if (died) throw new Error(`server exited before it was ready (${JSON.stringify(died)}); stderr: ${child.stderr()}`);
    if (performance.now() > deadline) throw new Error(`server not ready within ${readyWithinMs} ms; stderr: ${child.stderr()}`);
    try {
      const response = await fetch(`${baseUrl}/ready`, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Sends SIGTERM and waits for the exit. */
export async function stopServer(server: ServerProcess, withinMs = 10_000): Promise<Exit> {
  server.process.kill('SIGTERM');
  return server.waitForExit(withinMs);
}
