import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from '../../src/platform/db/database.js';
import { createApiClient } from '../../src/platform/identity/client-credentials.js';
import { describeEachBackend } from '../support/backends.js';
import { Cleanup, freshStorage, since, startServer, stopServer, type ServerProcess } from './harness.js';

const INSTITUTION = '00000000-0000-4000-8000-0000000000d1';

async function getJson<T>(server: ServerProcess, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(`${server.baseUrl}${path}`, { headers, signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: (await response.json()) as T };
}

async function requestToken(server: ServerProcess, client: { clientId: string; clientSecret: string }): Promise<Response> {
  return fetch(`${server.baseUrl}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret }),
    signal: AbortSignal.timeout(10_000),
  });
}

describeEachBackend('the server restarted on the same data', (backend) => {
  const cleanup = new Cleanup();
  afterEach(() => cleanup.run());

  it('comes back with the keys, the secret and the rows it had before', { timeout: 90_000 }, async () => {
    const timings: string[] = [];
    const storage = await freshStorage(cleanup, backend);

    // Run 1: an empty data folder (or database); the server creates everything itself.
    let mark = performance.now();
    const first = await startServer(cleanup, storage.env);
    timings.push(`start #1 ${since(mark)} ms`);
    const session = await getJson<{ authenticated: boolean }>(first, '/api/session');
    expect(session).toMatchObject({ status: 200, body: { authenticated: false } });
    const jwksBefore = await getJson<JSONWebKeySet>(first, '/oauth/jwks.json');
    expect(jwksBefore.status).toBe(200);
    expect(jwksBefore.body.keys).toHaveLength(1);
    const secretBefore = await readFile(join(storage.dataDir, 'secret-key'), 'utf8');
    expect(secretBefore.trim().length).toBeGreaterThanOrEqual(32);
    expect(first.logs().find((l) => l['msg'] === 'migrations applied')?.['applied']).toEqual(expect.arrayContaining([expect.any(String)]));

    mark = performance.now();
    const firstExit = await stopServer(first, 10_000);
    timings.push(`stop #1 ${since(mark)} ms`);
    expect(firstExit, `stderr: ${first.stderr()}`).toEqual({ code: 0, signal: null });

    // Between the runs: a row written directly (PGlite allows one process at a time, so only now).
    mark = performance.now();
    const database = await openDatabase(storage.openOptions);
    const client = await createApiClient(database.db, { institutionId: INSTITUTION, name: 'restart test', scopes: ['read'] });
    await database.close();
    timings.push(`direct write ${since(mark)} ms`);

    // Run 2 on the same data.
    mark = performance.now();
    const second = await startServer(cleanup, storage.env);
    timings.push(`start #2 ${since(mark)} ms`);
    // Nothing to migrate: the schema survived.
    expect(second.logs().some((l) => l['msg'] === 'migrations applied')).toBe(false);
    // The same public keys, not freshly generated ones.
    const jwksAfter = await getJson<JSONWebKeySet>(second, '/oauth/jwks.json');
    expect(jwksAfter).toEqual(jwksBefore);
    // The row written between the runs is there: its client gets a token...
    const tokenResponse = await requestToken(second, client);
    expect(tokenResponse.status).toBe(200);
    const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
    // ...signed with the private key of run 1 (stored encrypted, opened with the same secret key).
    expect(decodeProtectedHeader(token).kid).toBe(jwksBefore.body.keys[0]?.kid);
    await expect(jwtVerify(token, createLocalJWKSet(jwksBefore.body))).resolves.toMatchObject({ payload: { sub: client.clientId } });
    expect((await getJson(second, '/api/session', { authorization: `Bearer ${token}` })).status).toBe(200);
    // A client that was never written stays unknown.
    expect((await requestToken(second, { clientId: 'client-never-written', clientSecret: 'x' })).status).toBe(401);

    mark = performance.now();
    const secondExit = await stopServer(second, 10_000);
    timings.push(`stop #2 ${since(mark)} ms`);
    expect(secondExit, `stderr: ${second.stderr()}`).toEqual({ code: 0, signal: null });
    expect(await readFile(join(storage.dataDir, 'secret-key'), 'utf8')).toBe(secretBefore);

    console.info(`[${backend}] ${timings.join(', ')}`);
  });
});
