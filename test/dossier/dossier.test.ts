import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromBuffer as zipFromBuffer } from 'yauzl';
import { ZipFile } from 'yazl';
import { isPrivateAddress, fetchCredential, type Resolver } from '../../src/dossier/fetch-credential.js';
import { describeEachBackend } from '../support/backends.js';
import { createTestApp, type PersonHeaders, type TestApp } from '../support/test-app.js';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** A plain badge to award (without alignments, which the dossier does not care about). */
const badge = {
  name: 'Veilig werken in het magazijn',
  description: 'De deelnemer werkt veilig in een magazijn.',
  criteria: 'Praktijkopdracht.',
  achievementType: 'Badge',
  sbu: 8,
  assessmentType: 'participation-only',
};

interface Item {
  id: string;
  kind: string;
  title: string;
  editable: boolean;
  provenance: {
    kind: string;
    institution: { code: string; name: string } | null;
    verification: { verdict: string; verified: boolean } | null;
  };
}

function zipOf(entries: Array<[string, Buffer]>): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, data] of entries) zip.addBuffer(data, name);
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

function zipEntries(buffer: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    zipFromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('no zip'));
      const names: string[] = [];
      zip.on('entry', (e: { fileName: string }) => {
        names.push(e.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.readEntry();
    });
  });
}

describe('addresses a credential URL may not reach', () => {
  it('treats loopback, private, link-local and mapped addresses as private and public ones as public', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '192.168.0.1',
      '172.20.0.1',
      '169.254.169.254',
      '::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '0.0.0.0',
    ])
      expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ['93.184.216.34', '2a00:1450:4001:82a::200e']) expect(isPrivateAddress(a), a).toBe(false);
  });

  it('refuses to fetch from a loopback address unless allowed, and other schemes always', async () => {
    await expect(fetchCredential('http://127.0.0.1:9/x', { allowPrivate: false })).rejects.toMatchObject({
      code: 'dossier.credential-url-refused',
    });
    await expect(fetchCredential('file:///etc/passwd', { allowPrivate: true })).rejects.toMatchObject({
      code: 'dossier.credential-url-refused',
    });
  });

  it('connects only to the addresses it checked, so a host name cannot switch to a private address afterwards', async () => {
    let reached = 0;
    const local = createServer((_request, response) => {
      reached += 1;
      response.setHeader('content-type', 'application/json');
      response.end('{"type":["VerifiableCredential"]}');
    });
    await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
    const port = (local.address() as AddressInfo).port;
    try {
      // First a public address (documentation range, unreachable), then loopback: the rebinding trick.
      let lookups = 0;
      const rebinding: Resolver = async () => [{ address: lookups++ === 0 ? '192.0.2.1' : '127.0.0.1', family: 4 }];
      await expect(
        fetchCredential(`http://badges.example:${port}/badge.json`, { allowPrivate: false, resolve: rebinding, timeoutMs: 300 }),
      ).rejects.toMatchObject({ code: 'dossier.credential-url-refused' });
      expect(lookups).toBe(1);

      const loopback: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];
      await expect(
        fetchCredential(`http://badges.example:${port}/badge.json`, { allowPrivate: false, resolve: loopback }),
      ).rejects.toMatchObject({ code: 'dossier.credential-url-refused', detail: 'The URL points to a private or local address' });
      expect(reached).toBe(0);

      // Where private addresses are allowed, the connection goes to exactly the address resolved.
      await expect(fetchCredential(`http://badges.example:${port}/badge.json`, { allowPrivate: true, resolve: loopback })).resolves.toEqual(
        {
          type: ['VerifiableCredential'],
        },
      );
      expect(reached).toBe(1);
    } finally {
      await new Promise((resolve) => local.close(resolve));
    }
  });
});

describeEachBackend('the learner-owned dossier', (backend) => {
  let t: TestApp;
  let institutionId: string;
  let otherInstitutionId: string;
  let learner: PersonHeaders;
  let other: PersonHeaders;
  let server: Server;
  let served: unknown = null;
  beforeAll(async () => {
    t = await createTestApp(backend, {
      seed: true,
      jobs: true,
      config: { DOSSIER_MAX_FILE_BYTES: '200000', DOSSIER_FETCH_PRIVATE_ADDRESSES: 'true', DOSSIER_SHARE_OPENS_PER_MINUTE: '1000' },
    });
    const rows = (await t.database.rawQuery(
      `select id, code from institutions where code in ('901A001', '902B002') order by code`,
      [],
    )) as Array<{
      id: string;
    }>;
    const all = (await t.database.rawQuery(`select id from institutions order by code`, [])) as Array<{ id: string }>;
    institutionId = rows[0]?.id ?? '';
    otherInstitutionId = all.find((r) => r.id !== institutionId)?.id ?? '';
    learner = await t.loginAs({ name: 'Lotte Leerling', grants: [{ role: 'learner', scope: 'institution', scopeId: institutionId }] });
    other = await t.loginAs({ name: 'Ander Leerling', grants: [{ role: 'learner', scope: 'institution', scopeId: otherInstitutionId }] });
    server = createServer((_req, res) => {
      res.setHeader('content-type', typeof served === 'string' ? 'application/vc+jwt' : 'application/json');
      res.end(typeof served === 'string' ? served : JSON.stringify(served));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  }, 60_000);
  afterAll(async () => {
    server.close();
    await t.close();
  });

  const as = (who: PersonHeaders, method: string, url: string, payload?: unknown) =>
    t.app.inject({ method: method as 'GET', url, headers: who.headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
  const push = async (externalId: string, payload: unknown, bearer?: Record<string, string>, learnerId = learner.personId) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/dossier/institution/learners/${learnerId}/items/${externalId}`,
      headers: bearer ?? (await t.bearer(institutionId, ['dossier:write'])),
      payload: payload as object,
    });

  it('adds self-declared items that the learner can change, and shows them newest first with keyset paging', async () => {
    for (const [i, title] of ['Heftruckcertificaat', 'Plannen', 'Magazijnwerk'].entries()) {
      const created = await as(learner, 'POST', '/api/dossier/items', {
        kind: i === 0 ? 'diploma' : i === 1 ? 'skill' : 'work-experience',
        title,
        details: i === 2 ? { employer: 'Bol Logistiek', startedOn: '2024-02-01' } : {},
      });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json<Item>()).toMatchObject({ title, editable: true, provenance: { kind: 'self-declared', institution: null } });
    }
    const first = await as(learner, 'GET', '/api/dossier/items?limit=2');
    const page = first.json<{ items: Item[]; nextCursor: string }>();
    expect(page.items).toHaveLength(2);
    const second = await as(learner, 'GET', `/api/dossier/items?limit=2&cursor=${page.nextCursor}`);
    const rest = second.json<{ items: Item[]; nextCursor: string | null }>();
    expect(rest.nextCursor).toBeNull();
    expect([...page.items, ...rest.items].map((i) => i.title).sort()).toEqual(['Heftruckcertificaat', 'Magazijnwerk', 'Plannen']);
    const id = page.items[0]?.id ?? '';
    const patched = await as(learner, 'PATCH', `/api/dossier/items/${id}`, { title: 'Nieuw' });
    expect(patched.json<Item>().title).toBe('Nieuw');
    expect((await as(learner, 'PATCH', `/api/dossier/items/${id}`, { colour: 'red' })).statusCode).toBe(400);
    expect((await as(learner, 'POST', '/api/dossier/items', { kind: 'result', title: 'Eigen cijfer' })).statusCode).toBe(400);
    // Another learner cannot see, change or delete it, and cannot tell it exists.
    for (const method of ['GET', 'PATCH', 'DELETE']) {
      const response = await as(other, method, `/api/dossier/items/${id}`, method === 'PATCH' ? { title: 'x' } : undefined);
      expect(response.statusCode).toBe(404);
    }
  });

  it('takes idempotent pushes from an institution system, only for its own learners, and locks them for the learner', async () => {
    const payload = {
      kind: 'result',
      title: 'Magazijnbeheer',
      details: { unitCode: 'B1-K1', grade: '7,5', passed: true, assessedOn: '2025-06-01' },
    };
    const first = await push('res-1', payload);
    expect(first.statusCode, first.body).toBe(201);
    const again = await push('res-1', payload);
    expect(again.statusCode).toBe(200);
    expect(again.json<Item>().id).toBe(first.json<Item>().id);
    const changed = await push('res-1', { ...payload, details: { ...payload.details, grade: '8' } });
    expect(changed.json<Item & { details: { grade: string } }>().details.grade).toBe('8');
    const count = (await t.database.rawQuery(`select count(*)::int as n from dossier_items where external_id = 'res-1'`, [])) as Array<{
      n: number;
    }>;
    expect(count[0]?.n).toBe(1);
    const item = first.json<Item>();
    expect(item.provenance).toMatchObject({ kind: 'institution-attested', institution: { code: '901A001' } });
    expect(item.editable).toBe(false);
    const patch = await as(learner, 'PATCH', `/api/dossier/items/${item.id}`, { title: 'Beter cijfer' });
    expect(patch.statusCode).toBe(409);
    expect(patch.json<{ code: string }>().code).toBe('dossier.item-attested');
    expect((await as(learner, 'DELETE', `/api/dossier/items/${item.id}`)).json<{ code: string }>().code).toBe('dossier.item-attested');
    // A learner of another institution "does not exist" for this institution; the other institution cannot push to ours.
    expect((await push('res-2', payload, undefined, other.personId)).statusCode).toBe(404);
    expect((await push('res-3', payload, await t.bearer(otherInstitutionId, ['dossier:write']))).statusCode).toBe(404);
    expect((await push('res-4', payload, await t.bearer(institutionId, ['read']))).statusCode).toBe(403);
    expect((await push('res-5', payload, learner.headers)).statusCode).toBe(403);
  });

  it('brings in accepted badges, imports credentials by document, JWT and URL, and refuses tampered ones', async () => {
    const issuer = await t.loginAs({ grants: [{ role: 'credential_issuer', scope: 'institution', scopeId: institutionId }] });
    await t.database.rawQuery(`update persons set email = 'lotte.dossier@student.example' where id = $1`, [learner.personId]);
    const achievement = await as(issuer, 'POST', `/api/credentials/institutions/${institutionId}/achievements`, badge);
    const award = await as(issuer, 'POST', `/api/credentials/achievements/${achievement.json<{ id: string }>().id}/awards`, {
      email: 'lotte.dossier@student.example',
    });
    const awardId = award.json<{ id: string }>().id;
    expect((await as(learner, 'POST', `/api/credentials/me/awards/${awardId}/answer`, { accept: true })).statusCode).toBe(204);
    const credentials = await as(learner, 'GET', '/api/dossier/items?kind=credential');
    const synced = credentials.json<{ items: Item[] }>().items;
    expect(synced).toHaveLength(1);
    expect(synced[0]?.provenance).toMatchObject({ kind: 'signed', verification: { verdict: 'valid', verified: true } });

    const document = (await as(learner, 'GET', `/api/credentials/me/awards/${awardId}/credential`)).json<Record<string, unknown>>();
    const imported = await as(other, 'POST', '/api/dossier/credentials', { credential: document });
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json<Item>().provenance.verification).toMatchObject({ verdict: 'valid', verified: true });
    expect((await as(other, 'PATCH', `/api/dossier/items/${imported.json<Item>().id}`, { title: 'x' })).json<{ code: string }>().code).toBe(
      'dossier.item-signed',
    );

    const tampered = structuredClone(document) as { credentialSubject: { achievement: { name: string } } };
    tampered.credentialSubject.achievement.name = 'Iets anders';
    const refused = await as(other, 'POST', '/api/dossier/credentials', { credential: tampered });
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ code: string }>().code).toBe('dossier.credential-invalid');

    const jwt = (await as(learner, 'GET', `/api/credentials/me/awards/${awardId}/credential?format=jwt`)).body;
    const fromJwt = await as(other, 'POST', '/api/dossier/credentials', { jwt });
    expect(fromJwt.statusCode, fromJwt.body).toBe(201);
    expect(fromJwt.json<Item>().provenance.verification?.verdict).toBe('valid');

    served = document;
    const port = (server.address() as AddressInfo).port;
    const fromUrl = await as(other, 'POST', '/api/dossier/credentials', { url: `http://127.0.0.1:${port}/badge.json` });
    expect(fromUrl.statusCode, fromUrl.body).toBe(201);
    const reverified = await as(other, 'POST', `/api/dossier/items/${fromUrl.json<Item>().id}/verify`, {});
    expect(reverified.json<Item>().provenance.verification?.verdict).toBe('valid');
  });

  it('stores uploads with their checksum and refuses lying types, files too large and zip bombs', async () => {
    const upload = (body: Buffer, type: string, name = 'f.bin') =>
      t.app.inject({
        method: 'POST',
        url: `/api/dossier/files?name=${encodeURIComponent(name)}`,
        headers: { ...learner.headers, 'content-type': type },
        payload: body,
      });
    const ok = await upload(PNG, 'image/png', 'foto.png');
    expect(ok.statusCode, ok.body).toBe(201);
    const file = ok.json<{ id: string; mediaType: string; sha256: string; size: number }>();
    expect(file).toMatchObject({ mediaType: 'image/png', size: PNG.length });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    const download = await as(learner, 'GET', `/api/dossier/files/${file.id}`);
    expect(download.rawPayload.equals(PNG)).toBe(true);
    expect((await as(learner, 'GET', `/api/dossier/files/${file.id}/preview`)).headers['content-disposition']).toMatch(/^inline/);
    // A large photo's preview is a downscaled WebP; bytes that only start like a PNG are served as stored.
    const photo = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: { r: 20, g: 120, b: 200 } } })
      .png()
      .toBuffer();
    const photoId = (await upload(photo, 'image/png', 'foto-groot.png')).json<{ id: string }>().id;
    const preview = await as(learner, 'GET', `/api/dossier/files/${photoId}/preview`);
    expect(preview.headers['content-type']).toBe('image/webp');
    expect(await sharp(preview.rawPayload).metadata()).toMatchObject({ format: 'webp', width: 800, height: 400 });
    expect(preview.rawPayload.length).toBeLessThan(photo.length);
    const broken = await upload(Buffer.concat([PNG.subarray(0, 16), Buffer.alloc(64, 7)]), 'image/png', 'kapot.png');
    const brokenPreview = await as(learner, 'GET', `/api/dossier/files/${broken.json<{ id: string }>().id}/preview`);
    expect(brokenPreview.statusCode).toBe(200);
    expect(brokenPreview.headers['content-type']).toBe('image/png');
    expect((await as(other, 'GET', `/api/dossier/files/${file.id}`)).statusCode).toBe(404);

    const lie = await upload(PNG, 'application/pdf', 'cv.pdf');
    expect(lie.statusCode).toBe(415);
    expect(lie.json<{ code: string }>().code).toBe('dossier.file-type-mismatch');
    expect(
      (await upload(Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), 'application/octet-stream')).statusCode,
    ).toBe(415);
    const large = await upload(Buffer.concat([PNG, Buffer.alloc(250_000)]), 'image/png');
    expect(large.statusCode).toBe(413);
    expect(large.json<{ code: string }>().code).toBe('dossier.file-too-large');
    const bomb = await zipOf([['zeros.txt', Buffer.alloc(30 * 1024 * 1024)]]);
    expect(bomb.length).toBeLessThan(200_000);
    const refused = await upload(bomb, 'application/zip', 'bomb.zip');
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json<{ code: string }>().code).toBe('dossier.file-zip-bomb');
    const fine = await upload(await zipOf([['a.txt', Buffer.from('hallo')]]), 'application/zip', 'ok.zip');
    expect(fine.statusCode, fine.body).toBe(201);

    const portfolio = await as(learner, 'POST', '/api/dossier/items', {
      kind: 'portfolio',
      title: 'Stage-opdracht',
      details: { reflection: 'Ik leerde plannen.' },
      fileIds: [file.id],
    });
    expect(portfolio.statusCode).toBe(201);
    expect((await as(other, 'POST', '/api/dossier/items', { kind: 'portfolio', title: 'x', fileIds: [file.id] })).statusCode).toBe(400);
  });

  it('shares a collection by a hashed token, logs each open without values, and stops at revocation and expiry', async () => {
    const items = (await as(learner, 'GET', '/api/dossier/items?limit=100')).json<{ items: Item[] }>().items;
    const collection = await as(learner, 'POST', '/api/dossier/collections', {
      name: 'CV voor logistieke banen',
      itemIds: items.slice(0, 3).map((i) => i.id),
    });
    expect(collection.statusCode, collection.body).toBe(201);
    const collectionId = collection.json<{ id: string }>().id;
    const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const share = await as(learner, 'POST', '/api/dossier/shares', { collectionId, expiresAt, recipientName: 'Werkgever BV' });
    expect(share.statusCode, share.body).toBe(201);
    const { id: shareId, token, url } = share.json<{ id: string; token: string; url: string }>();
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(url).toContain(token);
    const stored = (await t.database.rawQuery('select token_hash from dossier_shares where id = $1', [shareId])) as Array<{
      token_hash: string;
    }>;
    expect(stored[0]?.token_hash).not.toContain(token);
    expect(JSON.stringify((await as(learner, 'GET', '/api/dossier/shares')).json())).not.toContain(token);

    const opened = await t.app.inject({ method: 'GET', url: `/api/shared/${token}` });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json()).toMatchObject({ ownerName: 'Lotte Leerling', recipientName: 'Werkgever BV' });
    expect(opened.json<{ items: Item[] }>().items).toHaveLength(3);
    const presentation = await t.app.inject({ method: 'GET', url: `/api/shared/${token}/presentation` });
    expect(presentation.json()).toMatchObject({ type: ['VerifiablePresentation'] });
    expect((await t.app.inject({ method: 'GET', url: `/api/shared/${'A'.repeat(32)}` })).statusCode).toBe(404);
    const [listed] = (await as(learner, 'GET', '/api/dossier/shares')).json<Array<{ openCount: number; lastOpenedAt: string | null }>>();
    expect(listed?.openCount).toBe(2);
    expect(listed?.lastOpenedAt).toEqual(expect.any(String));

    const log = (await as(learner, 'GET', `/api/dossier/access-log?share=${shareId}`)).json<{ entries: Array<Record<string, unknown>> }>();
    expect(log.entries.map((e) => e['kind']).sort()).toEqual(['share-download', 'share-open']);
    expect(log.entries[0]).toMatchObject({ recipientName: 'Werkgever BV', itemCount: 3 });
    const rawLog = JSON.stringify(await t.database.rawQuery('select * from dossier_access_log where share_id = $1', [shareId]));
    for (const item of items.slice(0, 3)) expect(rawLog).not.toContain(item.title);
    expect((await as(other, 'GET', `/api/dossier/access-log?share=${shareId}`)).json<{ entries: unknown[] }>().entries).toEqual([]);
    expect((await as(other, 'DELETE', `/api/dossier/shares/${shareId}`)).statusCode).toBe(404);

    expect((await as(learner, 'DELETE', `/api/dossier/shares/${shareId}`)).statusCode).toBe(204);
    const revoked = await t.app.inject({ method: 'GET', url: `/api/shared/${token}` });
    expect(revoked.statusCode).toBe(410);
    expect(revoked.json()).toMatchObject({ code: 'dossier.share-revoked' });
    expect(revoked.body).not.toContain('Lotte');
    const failed = (await as(learner, 'GET', '/api/dossier/access-log?kind=share-open-failed')).json<{
      entries: Array<Record<string, unknown>>;
    }>();
    expect(failed.entries[0]).toMatchObject({ reason: 'revoked', shareId });

    const second = await as(learner, 'POST', '/api/dossier/shares', { itemIds: [items[0]?.id], expiresAt });
    const secondToken = second.json<{ token: string; id: string }>().token;
    await t.database.rawQuery(`update dossier_shares set expires_at = now() - interval '1 minute' where id = $1`, [
      second.json<{ id: string }>().id,
    ]);
    expect((await t.app.inject({ method: 'GET', url: `/api/shared/${secondToken}` })).json()).toMatchObject({
      code: 'dossier.share-expired',
    });
    expect((await as(learner, 'POST', '/api/dossier/shares', { itemIds: [items[0]?.id] })).statusCode).toBe(400);
    expect(
      (await as(learner, 'POST', '/api/dossier/shares', { itemIds: [items[0]?.id], expiresAt: '2001-01-01T00:00:00Z' })).statusCode,
    ).toBe(400);

    const overview = (await as(learner, 'GET', '/api/dossier')).json<{
      collections: Array<{ name: string; itemCount: number }>;
      activeShares: number;
    }>();
    expect(overview.collections).toEqual([expect.objectContaining({ name: 'CV voor logistieke banen', itemCount: 3 })]);
    expect(overview.activeShares).toBe(0);
    const third = await as(learner, 'POST', '/api/dossier/shares', { itemIds: [items[0]?.id], expiresAt });
    expect(third.statusCode).toBe(201);
    expect((await as(learner, 'GET', '/api/dossier')).json<{ activeShares: number }>().activeShares).toBe(1);
    expect((await as(learner, 'DELETE', `/api/dossier/shares/${third.json<{ id: string }>().id}`)).statusCode).toBe(204);
  });

  it('opens a share of chosen items in the order chosen, each with its files in order, counting only items still there', async () => {
    const owner = await t.loginAs({ name: 'Sem Volgorde' });
    const upload = async (name: string) =>
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/dossier/files?name=${name}`,
          headers: { ...owner.headers, 'content-type': 'image/png' },
          payload: PNG,
        })
      ).json<{ id: string }>().id;
    const [first, second] = [await upload('eerste.png'), await upload('tweede.png')];
    const add = async (body: Record<string, unknown>) => (await as(owner, 'POST', '/api/dossier/items', body)).json<{ id: string }>().id;
    const portfolio = await add({ kind: 'portfolio', title: 'Werkstuk', fileIds: [second, first] });
    const own = (await as(owner, 'GET', `/api/dossier/items/${portfolio}`)).json<{ files: Array<{ name: string; mediaType: string }> }>();
    expect(own.files).toEqual([
      expect.objectContaining({ name: 'tweede.png', mediaType: 'image/png' }),
      expect.objectContaining({ name: 'eerste.png', mediaType: 'image/png' }),
    ]);
    const welding = await add({ kind: 'skill', title: 'Lassen', details: {} });
    const planning = await add({ kind: 'skill', title: 'Plannen', details: {} });
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const share = (await as(owner, 'POST', '/api/dossier/shares', { itemIds: [planning, portfolio, welding], expiresAt })).json<{
      id: string;
      token: string;
    }>();
    const open = async () =>
      (await t.app.inject({ method: 'GET', url: `/api/shared/${share.token}` })).json<{
        items: Array<{ title: string; files: Array<{ name: string }> }>;
      }>().items;

    const opened = await open();
    expect(opened.map((i) => i.title)).toEqual(['Plannen', 'Werkstuk', 'Lassen']);
    expect(opened[1]?.files.map((f) => f.name)).toEqual(['tweede.png', 'eerste.png']);
    expect(opened[0]?.files).toEqual([]);

    expect((await as(owner, 'DELETE', `/api/dossier/items/${welding}`)).statusCode).toBe(204);
    expect((await open()).map((i) => i.title)).toEqual(['Plannen', 'Werkstuk']);
    const log = (await as(owner, 'GET', `/api/dossier/access-log?share=${share.id}`)).json<{ entries: Array<{ itemCount: number }> }>();
    expect(log.entries.map((e) => e.itemCount)).toEqual([2, 3]);
  });

  it('lets the recipient download the evidence files of shared items only, while the link works, and logs each download', async () => {
    const owner = await t.loginAs({ name: 'Femke Bewijs' });
    const upload = async (name: string) => {
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/dossier/files?name=${name}`,
        headers: { ...owner.headers, 'content-type': 'image/png' },
        payload: PNG,
      });
      return response.json<{ id: string }>().id;
    };
    const [sharedFile, privateFile] = [await upload('werk.png'), await upload('prive.png')];
    const item = async (title: string, fileId: string) =>
      (await as(owner, 'POST', '/api/dossier/items', { kind: 'portfolio', title, fileIds: [fileId] })).json<{ id: string }>().id;
    const sharedItem = await item('Gelast hekwerk', sharedFile);
    await item('Privé', privateFile);
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const share = (await as(owner, 'POST', '/api/dossier/shares', { itemIds: [sharedItem], expiresAt })).json<{
      id: string;
      token: string;
    }>();

    const opened = (await t.app.inject({ method: 'GET', url: `/api/shared/${share.token}` })).json<{
      items: Array<{ files: Array<{ id: string; name: string; mediaType: string }> }>;
    }>();
    expect(opened.items[0]?.files).toEqual([expect.objectContaining({ id: sharedFile, name: 'werk.png', mediaType: 'image/png' })]);
    const download = await t.app.inject({ method: 'GET', url: `/api/shared/${share.token}/files/${sharedFile}` });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PNG)).toBe(true);
    expect(download.headers['content-disposition']).toMatch(/^attachment/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    // A file of the same learner that is not shared, and a file of someone else, are both simply not found.
    for (const id of [privateFile, randomUUID()]) {
      const refused = await t.app.inject({ method: 'GET', url: `/api/shared/${share.token}/files/${id}` });
      expect(refused.statusCode).toBe(404);
      expect(refused.body).not.toContain('prive');
    }
    expect((await t.app.inject({ method: 'GET', url: `/api/shared/${share.token}/files/not-a-uuid` })).statusCode).toBe(400);
    const log = (await as(owner, 'GET', `/api/dossier/access-log?kind=share-file`)).json<{ entries: Array<Record<string, unknown>> }>();
    expect(log.entries).toEqual([expect.objectContaining({ kind: 'share-file', shareId: share.id, itemCount: 1 })]);

    expect((await as(owner, 'DELETE', `/api/dossier/shares/${share.id}`)).statusCode).toBe(204);
    const revoked = await t.app.inject({ method: 'GET', url: `/api/shared/${share.token}/files/${sharedFile}` });
    expect(revoked.statusCode).toBe(410);
    expect(revoked.json()).toMatchObject({ code: 'dossier.share-revoked' });
  });

  it('asks the institution for a correction, which its staff see and answer; other institutions cannot', async () => {
    const attested = (await as(learner, 'GET', '/api/dossier/items?kind=result')).json<{ items: Item[] }>().items[0];
    const own = (await as(learner, 'GET', '/api/dossier/items?kind=skill')).json<{ items: Item[] }>().items[0];
    expect((await as(learner, 'POST', `/api/dossier/items/${own?.id}/correction-requests`, { message: 'x' })).statusCode).toBe(409);
    const asked = await as(learner, 'POST', `/api/dossier/items/${attested?.id}/correction-requests`, {
      message: 'Mijn cijfer was een 8,5',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const requestId = asked.json<{ id: string }>().id;
    const staff = await t.loginAs({ grants: [{ role: 'institution_admin', scope: 'institution', scopeId: institutionId }] });
    const otherStaff = await t.loginAs({ grants: [{ role: 'institution_admin', scope: 'institution', scopeId: otherInstitutionId }] });
    expect((await as(staff, 'GET', '/api/dossier/institution/correction-requests')).json()).toEqual([
      expect.objectContaining({ id: requestId, learnerName: 'Lotte Leerling', status: 'open' }),
    ]);
    expect((await as(otherStaff, 'GET', '/api/dossier/institution/correction-requests')).json()).toEqual([]);
    const answer = { status: 'corrected', answer: 'Aangepast' };
    expect((await as(otherStaff, 'POST', `/api/dossier/institution/correction-requests/${requestId}/answer`, answer)).statusCode).toBe(404);
    expect((await as(learner, 'POST', `/api/dossier/institution/correction-requests/${requestId}/answer`, answer)).statusCode).toBe(403);
    expect((await as(staff, 'POST', `/api/dossier/institution/correction-requests/${requestId}/answer`, answer)).statusCode).toBe(204);
    expect((await as(staff, 'POST', `/api/dossier/institution/correction-requests/${requestId}/answer`, answer)).statusCode).toBe(409);
    expect((await as(learner, 'GET', '/api/dossier/correction-requests')).json()).toEqual([
      expect.objectContaining({ id: requestId, status: 'corrected', answer: 'Aangepast' }),
    ]);
  });

  it('exports everything as JSON-LD, a zip with every file, and a PDF, then deletes the dossier on confirmation', async () => {
    const jsonld = await as(learner, 'GET', '/api/dossier/export.jsonld');
    const document = jsonld.json<{ '@context': Record<string, string>; 'dp:items': Array<{ '@type': string[] }>; 'dp:files': unknown[] }>();
    expect(document['@context']['elm']).toBe('http://data.europa.eu/snb/model/elm/');
    expect(document['dp:items'].map((i) => i['@type'][0])).toEqual(
      expect.arrayContaining(['elm:LearningAssessment', 'elm:LearningActivity']),
    );
    const zip = await as(learner, 'GET', '/api/dossier/export.zip');
    expect(zip.headers['content-type']).toBe('application/zip');
    const names = await zipEntries(zip.rawPayload);
    expect(names[0]).toBe('dossier.jsonld');
    expect(names.filter((n) => n.startsWith('files/'))).toHaveLength(document['dp:files'].length);
    expect(names.some((n) => n.endsWith('foto.png'))).toBe(true);
    const pdf = await as(learner, 'GET', '/api/dossier/export.pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const items = (await as(learner, 'GET', '/api/dossier/items')).json<{ items: Item[] }>().items;
    const { token } = (await as(learner, 'POST', '/api/dossier/shares', { itemIds: [items[0]?.id], expiresAt })).json<{ token: string }>();
    expect((await as(learner, 'DELETE', '/api/dossier', { confirm: 'ja' })).statusCode).toBe(400);
    const deleted = await as(learner, 'DELETE', '/api/dossier', { confirm: 'VERWIJDER MIJN DOSSIER' });
    expect(deleted.statusCode, deleted.body).toBe(200);
    // The share just made and the expired one from before; the one revoked earlier was revoked already.
    expect(deleted.json<{ revokedShares: number }>().revokedShares).toBe(2);
    expect((await as(learner, 'GET', '/api/dossier/items')).json<{ items: Item[] }>().items).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: `/api/shared/${token}` })).statusCode).toBe(404);
    const left = (await t.database.rawQuery('select count(*)::int as n from dossier_files where owner_id = $1', [
      learner.personId,
    ])) as Array<{
      n: number;
    }>;
    expect(left[0]?.n).toBe(0);
    // The dossier is gone but the account stays: the learner is still signed in with their role.
    const session = await as(learner, 'GET', '/api/session');
    expect(session.json<{ authenticated: boolean }>().authenticated).toBe(true);
  });

  it('erases the account with the dossier when asked: signed out everywhere, no name, no roles, a fresh start at the next login', async () => {
    const added = await as(other, 'POST', '/api/dossier/items', { kind: 'skill', title: 'Lassen', details: {} });
    expect(added.statusCode, added.body).toBe(201);
    const erased = await as(other, 'DELETE', '/api/dossier', { confirm: 'VERWIJDER MIJN DOSSIER', account: true });
    expect(erased.statusCode, erased.body).toBe(200);
    expect(erased.json()).toEqual({ revokedShares: 0, accountErased: true });
    expect(String(erased.headers['set-cookie'])).toMatch(/^session=;/);
    // The old session cookie no longer signs anyone in.
    expect((await as(other, 'GET', '/api/session')).json<{ authenticated: boolean }>().authenticated).toBe(false);
    expect((await as(other, 'GET', '/api/dossier')).statusCode).toBe(401);
    const rows = (await t.database.rawQuery(
      `select p.display_name, p.email, p.issuer, (select count(*)::int from role_assignments r where r.person_id = p.id) as roles,
              (select count(*)::int from dossier_items i where i.owner_id = p.id) as items
         from persons p where p.id = $1`,
      [other.personId],
    )) as Array<{ display_name: string; email: string | null; issuer: string; roles: number; items: number }>;
    expect(rows).toEqual([{ display_name: 'Verwijderd account', email: null, issuer: 'erased', roles: 0, items: 0 }]);
  });
});

describeEachBackend('share links under load', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend, { config: { DOSSIER_SHARE_OPENS_PER_MINUTE: '3' } });
  }, 60_000);
  afterAll(async () => t.close());

  it('limits how often one address may open share links', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await t.app.inject({ method: 'GET', url: `/api/shared/${'B'.repeat(32)}` })).statusCode);
    expect(statuses.slice(0, 3)).toEqual([404, 404, 404]);
    expect(statuses.slice(3)).toEqual([429, 429]);
  });
});
