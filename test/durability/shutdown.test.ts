import { connect, type Socket } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { allMigrations } from '../../src/app.js';
import { openDatabase, type Backend } from '../../src/platform/db/database.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';
import { createApiClient } from '../../src/platform/identity/client-credentials.js';
import { describeEachBackend } from '../support/backends.js';
import { Cleanup, freshStorage, isListening, since, startServer, within, type ServerProcess } from './harness.js';

/** A response read off a raw socket. */
interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** An HTTP/1.1 exchange on a socket of its own, so the test decides when each byte is sent. */
class RawHttp {
  private received = '';
  private closedFlag = false;
  private readonly socket: Socket;
  readonly connected: Promise<void>;

  constructor(port: number) {
    this.socket = connect({ host: '127.0.0.1', port });
    this.socket.setEncoding('utf8');
    this.socket.on('data', (chunk: string) => (this.received += chunk));
    this.socket.on('close', () => (this.closedFlag = true));
    this.socket.on('error', () => undefined);
    this.connected = new Promise((resolve, reject) => {
      this.socket.once('connect', resolve);
      this.socket.once('error', reject);
    });
  }

  get closed(): boolean {
    return this.closedFlag;
  }

  write(text: string): void {
    this.socket.write(text);
  }

  destroy(): void {
    this.socket.destroy();
  }

  /** The next complete response (Content-Length framing). */
  async response(ms: number): Promise<RawResponse> {
    const deadline = performance.now() + ms;
    for (;;) {
      const parsed = this.parse();
      if (parsed) return parsed;
      if (this.closedFlag) throw new Error(`connection closed before a full response; got: ${JSON.stringify(this.received)}`);
      if (performance.now() > deadline) throw new Error(`no full response within ${ms} ms; got: ${JSON.stringify(this.received)}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  private parse(): RawResponse | undefined {
    const end = this.received.indexOf('\r\n\r\n');
    if (end < 0) return undefined;
    const [statusLine = '', ...headerLines] = this.received.slice(0, end).split('\r\n');
    const headers: Record<string, string> = {};
    for (const line of headerLines) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const length = Number(headers['content-length'] ?? '0');
    const body = this.received.slice(end + 4);
    if (Buffer.byteLength(body) < length) return undefined;
    this.received = '';
    return { status: Number(statusLine.split(' ')[1]), headers, body };
  }
}

async function until(ms: number, what: string, check: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = performance.now() + ms;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function logged(server: ServerProcess, match: (line: Record<string, unknown>) => boolean): boolean {
  return server.logs().some(match);
}

/** How long the test waits for the exit after SIGTERM; the server's own grace period (closeWithGrace) is 10 s. */
const EXIT_WITHIN_MS = 5000;

/**
 * Starts the server, holds one keep-alive connection idle and one request half-sent, sends SIGTERM,
 * then completes the request and checks that it is answered and that the process exits 0 by itself.
 * `connection` is the Connection header of the slow request.
 */
async function inFlightScenario(cleanup: Cleanup, backend: Backend, connection: 'close' | 'keep-alive'): Promise<void> {
  const storage = await freshStorage(cleanup, backend);
  // A client to exchange credentials for, so the in-flight request does real database work.
  const database = await openDatabase(storage.openOptions);
  await migrateToLatest(database.db, allMigrations());
  const client = await createApiClient(database.db, {
    institutionId: '00000000-0000-4000-8000-0000000000d2',
    name: 'shutdown test',
    scopes: ['read'],
  });
  await database.close();

  // At debug level the server logs each incoming request, so the test knows when it has routed one.
  const server = await startServer(cleanup, { ...storage.env, LOG_LEVEL: 'debug' });

  // A keep-alive connection that has finished its request and sits idle: it must not hold up the shutdown.
  const idle = new RawHttp(server.port);
  cleanup.add(async () => idle.destroy());
  await idle.connected;
  idle.write(`GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n`);
  expect((await idle.response(5000)).status).toBe(200);

  // The slow request: headers and half of the body now, the rest only after SIGTERM.
  const requestId = `inflight-${backend}-${connection}-${Date.now()}`;
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: client.clientId,
    client_secret: client.clientSecret,
  }).toString();
  const half = Math.floor(body.length / 2);
  const slow = new RawHttp(server.port);
  cleanup.add(async () => slow.destroy());
  await slow.connected;
  slow.write(
    `POST /oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: ${connection}\r\nX-Request-Id: ${requestId}\r\n` +
      `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, half)}`,
  );
  await until(10_000, 'the server to route the slow request', () =>
    logged(server, (l) => l['msg'] === 'incoming request' && l['requestId'] === requestId),
  );

  const sigterm = performance.now();
  server.process.kill('SIGTERM');
  await until(5000, 'the shutdown to begin', () => logged(server, (l) => l['msg'] === 'shutting down' && l['signal'] === 'SIGTERM'));
  // The listener closes at once: new connections are refused while the slow request is still open.
  await until(5000, 'the port to close', async () => !(await isListening(server.port)));
  const portClosedAfter = since(sigterm);
  expect(server.process.exitCode).toBeNull();
  expect(slow.closed).toBe(false);

  // Now the rest of the body: the request completes normally, with a token for the stored client.
  await new Promise((r) => setTimeout(r, 300));
  slow.write(body.slice(half));
  const response = await slow.response(10_000);
  expect(response.status, response.body).toBe(200);
  expect(response.headers['x-request-id']).toBe(requestId);
  expect(JSON.parse(response.body)).toMatchObject({ token_type: 'Bearer', access_token: expect.stringMatching(/^ey/) });

  // The test closes neither connection: the server must let go of both and exit by itself, well within its grace period.
  const exit = await within(
    EXIT_WITHIN_MS,
    server.exited,
    () => `server still running ${EXIT_WITHIN_MS} ms after SIGTERM (in-flight response headers: ${JSON.stringify(response.headers)})`,
  );
  const exitedAfter = since(sigterm);
  expect(exit, `stderr: ${server.stderr()}`).toEqual({ code: 0, signal: null });
  expect(server.stderr()).toBe('');
  expect(await isListening(server.port)).toBe(false);
  await until(2000, 'the connections to be closed', () => idle.closed && slow.closed);
  expect(logged(server, (l) => typeof l['level'] === 'number' && l['level'] >= 50)).toBe(false);

  console.info(`[${backend}, ${connection}] port closed ${portClosedAfter} ms after SIGTERM, process exited 0 after ${exitedAfter} ms`);
}

describeEachBackend('the server stopped with SIGTERM', (backend) => {
  const cleanup = new Cleanup();
  afterEach(() => cleanup.run());

  it('answers a request that was in flight, refuses new connections and exits 0', { timeout: 60_000 }, async () => {
    await inFlightScenario(cleanup, backend, 'close');
  });

  it('lets a keep-alive client’s in-flight request finish and still exits 0 promptly', { timeout: 60_000 }, async () => {
    await inFlightScenario(cleanup, backend, 'keep-alive');
  });
});
