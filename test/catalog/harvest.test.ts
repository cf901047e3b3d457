import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { harvestAllSources, harvestSource } from '../../src/catalog/harvest-source.js';
import { describeEachBackend } from '../support/backends.js';
import { createTestApp, type PersonHeaders, type TestApp } from '../support/test-app.js';
import { editorOf, institutionId, publishedUnit } from './support.js';

/*
 * The federated catalogue: a second instance of our own server is the remote source; a small local
 * server stands in for a source that answers garbage or never answers. Everything on 127.0.0.1 with
 * short time limits.
 */

type Behaviour = 'proxy' | 'garbage' | 'not-oeapi' | 'hang';

/** A local server that forwards to the remote, or misbehaves as told. */
async function flakySource(target: string): Promise<{ url: string; behave: (b: Behaviour) => void; close: () => Promise<void> }> {
  let behaviour: Behaviour = 'proxy';
  const hanging = new Set<ServerResponse>();
  const server: Server = createServer((request, response) => {
    if (behaviour === 'hang') {
      hanging.add(response);
      return;
    }
    if (behaviour === 'garbage') return void response.writeHead(200, { 'content-type': 'application/json' }).end('{"items": [1, 2, 3');
    if (behaviour === 'not-oeapi')
      return void response.writeHead(200, { 'content-type': 'application/json' }).end('{"hello": "world", "specification": "x"}');
    void fetch(`${target}${request.url ?? ''}`).then(async (r) =>
      response.writeHead(r.status, { 'content-type': 'application/json' }).end(await r.text()),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/oeapi/v6`,
    behave: (b) => (behaviour = b),
    close: async () => {
      for (const r of hanging) r.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describeEachBackend('harvesting the national catalogue', (backend) => {
  let local: TestApp;
  let remote: TestApp;
  let remoteUrl: string;
  let flaky: Awaited<ReturnType<typeof flakySource>>;
  let admin: PersonHeaders;
  let remoteEditor: PersonHeaders;
  let remoteInstitution: string;
  const limits = { timeoutMs: 1_000 };
  let mainSource = '';
  let flakyId = '';

  beforeAll(async () => {
    [local, remote] = await Promise.all([createTestApp(backend, { seed: true, jobs: true }), createTestApp(backend, { seed: true })]);
    await remote.app.listen({ port: 0, host: '127.0.0.1' });
    remoteUrl = `http://127.0.0.1:${(remote.app.server.address() as AddressInfo).port}/oeapi/v6`;
    flaky = await flakySource(remoteUrl.replace(/\/oeapi\/v6$/, ''));
    admin = await local.loginAs({ grants: [{ role: 'platform_admin', scope: 'platform', scopeId: null }] });
    remoteInstitution = await institutionId(remote, '905A001');
    remoteEditor = await editorOf(remote, remoteInstitution);
    await publishedUnit(remote, remoteInstitution, remoteEditor.headers, {
      code: 'REMOTE-1',
      title: 'Warmtepompen onderhouden',
      crebo: null,
      covers: [],
    });
  }, 180_000);
  afterAll(async () => {
    await flaky?.close();
    await Promise.all([local?.close(), remote?.close()]);
  });

  const addSource = async (name: string, baseUrl: string): Promise<string> => {
    const response = await local.app.inject({
      method: 'POST',
      url: '/api/catalog/sources',
      headers: admin.headers,
      payload: { name, baseUrl },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  };
  const search = async (q: string) =>
    (await local.app.inject({ url: `/api/catalog/search?q=${encodeURIComponent(q)}` })).json<{
      total: number;
      items: Array<{ title: string; harvested: boolean }>;
    }>();
  const sourceState = async (id: string) =>
    (await local.app.inject({ url: '/api/catalog/sources', headers: admin.headers }))
      .json<Array<{ id: string; status: string; lastErrorCode: string | null; itemCount: number }>>()
      .find((s) => s.id === id);

  it('harvests another instance of the platform and finds its units in search, marked as harvested', async () => {
    const id = await addSource('Landelijke bron (test)', remoteUrl);
    mainSource = id;
    const outcome = await harvestSource({ db: local.database.db, sourceId: id, limits });
    expect(outcome).toMatchObject({ outcome: 'ok', mode: 'full' });
    expect(outcome.counts?.['unitsCreated']).toBeGreaterThanOrEqual(15);
    const found = await search('warmtepompen');
    expect(found.items).toEqual([expect.objectContaining({ title: 'Warmtepompen onderhouden', harvested: true })]);
    expect(await sourceState(id)).toMatchObject({ status: 'ok', lastErrorCode: null });

    // A second harvest asks only for changes and writes nothing when nothing changed.
    const again = await harvestSource({ db: local.database.db, sourceId: id, limits });
    expect(again).toMatchObject({
      outcome: 'ok',
      mode: 'incremental',
      counts: expect.objectContaining({ unitsCreated: 0, unitsUpdated: 0, unitsRetired: 0 }),
    });
  });

  it('follows changes and retirements at the source incrementally', async () => {
    const id = mainSource;
    const changed = await publishedUnit(remote, remoteInstitution, remoteEditor.headers, {
      code: 'REMOTE-2',
      title: 'Zonneboilers plaatsen',
      crebo: null,
      covers: [],
    });
    const [gone] = (await remote.database.rawQuery("select id from catalog_units where code = 'REMOTE-1'", [])) as Array<{ id: string }>;
    await remote.app.inject({
      method: 'POST',
      url: `/api/catalog/workspace/${remoteInstitution}/units/${gone?.id ?? ''}/retire`,
      headers: remoteEditor.headers,
    });
    const outcome = await harvestSource({ db: local.database.db, sourceId: id, limits });
    expect(outcome).toMatchObject({ outcome: 'ok', mode: 'incremental' });
    expect(outcome.counts).toMatchObject({ unitsCreated: 1, unitsRetired: 1 });
    expect((await search('zonneboilers')).total).toBeGreaterThanOrEqual(1);
    void changed;
  });

  it('records a source that answers garbage or times out with its error, keeps its last good data, and goes on with the others', async () => {
    flakyId = await addSource('Wisselvallige bron (test)', flaky.url);
    expect((await harvestSource({ db: local.database.db, sourceId: flakyId, limits, full: true })).outcome).toBe('ok');
    const before = (await sourceState(flakyId))?.itemCount ?? 0;
    expect(before).toBeGreaterThan(0);

    for (const [behaviour, code] of [
      ['garbage', 'invalid-json'],
      ['not-oeapi', 'not-oeapi'],
      ['hang', 'timeout'],
    ] as const) {
      flaky.behave(behaviour);
      const started = Date.now();
      const outcomes = await harvestAllSources({ db: local.database.db, limits });
      expect(Date.now() - started).toBeLessThan(60_000);
      expect(outcomes.find((o) => o.sourceId === flakyId)).toMatchObject({ outcome: 'failed', errorCode: code });
      expect(outcomes.filter((o) => o.sourceId !== flakyId).every((o) => o.outcome === 'ok')).toBe(true);
      expect(await sourceState(flakyId)).toMatchObject({ status: 'failed', lastErrorCode: code, itemCount: before });
    }
    const stillThere = (await local.database.rawQuery(
      "select count(*)::int as n from catalog_units where source_id = $1 and status = 'published'",
      [flakyId],
    )) as Array<{ n: number }>;
    expect(stillThere[0]?.n).toBe(before);
    const runs = (await local.app.inject({ url: `/api/catalog/sources/${flakyId}/runs`, headers: admin.headers })).json<
      Array<{ outcome: string; errorCode: string | null }>
    >();
    expect(runs.slice(0, 3).map((r) => r.errorCode)).toEqual(['timeout', 'not-oeapi', 'invalid-json']);
    flaky.behave('proxy');
  });

  it('harvests on demand as a background job', async () => {
    const id = flakyId;
    const response = await local.app.inject({
      method: 'POST',
      url: `/api/catalog/sources/${id}/harvest?full=true`,
      headers: admin.headers,
    });
    expect(response.statusCode, response.body).toBe(202);
    expect(await addSource('Dezelfde bron nog eens', `${remoteUrl}/`).catch(() => 'refused')).toBe('refused');
    await expect.poll(async () => (await sourceState(id))?.status, { timeout: 60_000, interval: 500 }).toBe('ok');
  });
});
