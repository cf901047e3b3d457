import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { configSchema } from '../../src/platform/config/config.js';
import type { Cleanup } from './cleanup.js';

/** How to start the server. */
export interface StartServerOptions {
  /** The compiled entry point (dist/server/main.js). */
  readonly script: string;
  readonly cwd: string;
  /** Platform configuration for the child; HOST and PORT are chosen here. */
  readonly env: Readonly<Record<string, string>>;
  readonly cleanup: Cleanup;
  readonly readyTimeoutMs?: number;
  /** Extra options for node before the script (for example `--import tsx` for a script in TypeScript). */
  readonly nodeArgs?: readonly string[];
}

/** A running server child process. */
export interface ServerChild {
  /** Base URL, for example `http://127.0.0.1:41234`. */
  readonly url: string;
  /** The child's process id (for reading its memory use from /proc). */
  readonly pid: number;
  /** From spawning the process to the first 200 answer of `GET /ready`. */
  readonly startupMs: number;
  /** What the child wrote to stdout and stderr so far. */
  output(): string;
  /** Sends SIGTERM and waits for the exit (SIGKILL after the grace period); resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** A port nobody listens on right now (asked from the kernel, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no port assigned'))));
    });
  });
}

/** The HTTP status of one GET, on a connection of its own; undefined when nothing answers. */
function statusOf(url: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    // No keep-alive agent: an idle pooled connection would otherwise outlive the server's shutdown.
    const req = request(url, { agent: false, timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.once('timeout', () => req.destroy());
    req.once('error', () => resolve(undefined));
    req.end();
  });
}

/** The parent's environment without any platform setting, so that only `env` configures the child. */
function childEnv(env: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(configSchema.shape)) delete base[name];
  return { ...base, ...env };
}

/** Starts the server as a child process and resolves once `GET /ready` answers 200. */
export async function startServer(options: StartServerOptions): Promise<ServerChild> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  // BENCH_CPU_PROFILE_DIR: every server child writes a V8 CPU profile there when it stops.
  const profileDir = process.env['BENCH_CPU_PROFILE_DIR'];
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...nodeArgs, ...(options.nodeArgs ?? []), options.script], {
    cwd: options.cwd,
    // Answers go out as in production, through the compiled serializer alone (ADR 0057), unless a suite says otherwise.
    env: childEnv({ RESPONSE_VALIDATION: 'false', ...options.env, HOST: '127.0.0.1', PORT: String(port) }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer): void => {
    // The tail is enough to explain a failure; a chatty child must not grow the bench process.
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      exitCode = code;
      resolve(code);
    });
  });
  const stop = async (): Promise<number | null> => {
    if (exitCode !== undefined) return exitCode;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    try {
      return await exited;
    } finally {
      clearTimeout(timer);
    }
  };
  options.cleanup.add(async () => {
    if (exitCode !== undefined) return;
    // A profiling child must stop gracefully to write its profile; otherwise clean-up does not wait.
    if (profileDir) {
      await stop();
      return;
    }
    child.kill('SIGKILL');
    await exited;
  });

  const deadline = started + (options.readyTimeoutMs ?? 30_000);
  let startupMs: number | undefined;
  while (startupMs === undefined) {
    if (exitCode !== undefined) throw new Error(`The server exited with code ${String(exitCode)} before it was ready:\n${output}`);
    if (performance.now() > deadline) throw new Error(`The server was not ready within ${options.readyTimeoutMs ?? 30_000} ms:\n${output}`);
    if ((await statusOf(`${url}/ready`)) === 200) startupMs = performance.now() - started;
    else await sleep(10);
  }

  return {
    url,
    pid: child.pid ?? 0,
    startupMs,
    output: () => output,
    stop,
  };
}

/** Stops a server child and logs its output when it did not exit cleanly (the figures already taken stand). */
export async function stopAndReport(server: ServerChild, label: string, log: (line: string) => void): Promise<void> {
  const exitCode = await server.stop();
  if (exitCode !== 0) log(`${label}: the server exited with ${String(exitCode)}:\n${server.output()}`);
}
