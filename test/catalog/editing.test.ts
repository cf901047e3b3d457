import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.js';
import { rowCountFingerprint } from '../support/row-counts.js';
import { createTestApp, type PersonHeaders, type TestApp } from '../support/test-app.js';
import { editorOf, institutionId, publishedUnit, unitContent } from './support.js';

describeEachBackend('editing the catalogue', (backend) => {
  let t: TestApp;
  let own: string;
  let other: string;
  let editor: PersonHeaders;
  beforeAll(async () => {
    t = await createTestApp(backend, { seed: true });
    own = await institutionId(t, '901A001');
    other = await institutionId(t, '902A001');
    editor = await editorOf(t, own);
  });
  afterAll(async () => t.close());

  const ws = (path: string) => `/api/catalog/workspace/${own}/${path}`;

  it('creates a draft unit, publishes it as version 1 and keeps later edits pending until published again', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: ws('units'),
      headers: editor.headers,
      payload: unitContent({ code: 'APO-1' }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json<{ id: string }>();

    const draft = await t.app.inject({ method: 'GET', url: ws(`units/${id}`), headers: editor.headers });
    expect(draft.json()).toMatchObject({
      status: 'draft',
      version: 0,
      published: null,
      problems: [],
      content: { code: 'APO-1', covers: ['B1-K1', 'B1-K1-W2'] },
    });

    const published = await t.app.inject({ method: 'POST', url: ws(`units/${id}/publish`), headers: editor.headers });
    expect(published.json()).toEqual({ version: 1 });

    const edit = await t.app.inject({
      method: 'PATCH',
      url: ws(`units/${id}`),
      headers: editor.headers,
      payload: { title: 'Nieuwe titel' },
    });
    expect(edit.json()).toEqual({ status: 'published', pending: true, changed: ['title'] });
    const pending = await t.app.inject({ method: 'GET', url: ws(`units/${id}`), headers: editor.headers });
    expect(pending.json()).toMatchObject({
      hasPendingChanges: true,
      content: { title: 'Nieuwe titel' },
      published: { title: unitContent().title },
    });

    expect((await t.app.inject({ method: 'POST', url: ws(`units/${id}/publish`), headers: editor.headers })).json()).toEqual({
      version: 2,
    });
    const history = await t.app.inject({ method: 'GET', url: ws(`units/${id}/history`), headers: editor.headers });
    expect(history.json<Array<{ version: number; content: { title: string } }>>().map((h) => [h.version, h.content.title])).toEqual([
      [2, 'Nieuwe titel'],
      [1, unitContent().title],
    ]);
  });

  it('retires a published unit with its offerings instead of deleting it', async () => {
    const unit = await publishedUnit(t, own, editor.headers);
    const offering = await t.app.inject({
      method: 'POST',
      url: ws('offerings'),
      headers: editor.headers,
      payload: {
        code: 'OFF-1',
        unitId: unit,
        locationCode: '901X001',
        intake: 'fixed',
        startDate: '2027-02-01',
        mode: 'on_site',
        priceCents: 45000,
      },
    });
    expect(offering.statusCode, offering.body).toBe(201);
    const offeringId = offering.json<{ id: string }>().id;
    expect((await t.app.inject({ method: 'POST', url: ws(`offerings/${offeringId}/publish`), headers: editor.headers })).statusCode).toBe(
      200,
    );

    const refused = await t.app.inject({ method: 'DELETE', url: ws(`units/${unit}`), headers: editor.headers });
    expect(refused.json()).toMatchObject({ status: 409, code: 'catalog.published-items-are-retired' });
    const retired = await t.app.inject({ method: 'POST', url: ws(`units/${unit}/retire`), headers: editor.headers });
    expect(retired.json()).toEqual({ retiredOfferings: 1 });
    const after = await t.app.inject({ method: 'GET', url: ws(`offerings/${offeringId}`), headers: editor.headers });
    expect(after.json()).toMatchObject({ status: 'retired' });
    const change = await t.app.inject({ method: 'PATCH', url: ws(`units/${unit}`), headers: editor.headers, payload: { sbu: 120 } });
    expect(change.json()).toMatchObject({ code: 'catalog.item-retired' });
  });

  it('refuses references to unknown kwalificaties, foreign locations and unpublished parents, naming each field', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: ws('units'),
      headers: editor.headers,
      payload: unitContent({ crebo: '27141', covers: ['B9-K9'] }),
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json<{ errors: Array<{ path: string; code: string }> }>().errors).toEqual([
      expect.objectContaining({ path: 'body/covers', code: 'catalog.unknown-coverage' }),
    ]);
    const draftUnit = await t.app.inject({ method: 'POST', url: ws('units'), headers: editor.headers, payload: unitContent() });
    const offering = await t.app.inject({
      method: 'POST',
      url: ws('offerings'),
      headers: editor.headers,
      payload: { code: 'OFF-X', unitId: draftUnit.json<{ id: string }>().id, locationCode: '902X001', intake: 'flexible', mode: 'hybrid' },
    });
    expect(offering.json<{ errors: Array<{ code: string }> }>().errors.map((e) => e.code)).toEqual(['catalog.unknown-location']);
  });

  it('keeps codes unique per institution and lets a draft that was never published be deleted', async () => {
    const first = await t.app.inject({
      method: 'POST',
      url: ws('units'),
      headers: editor.headers,
      payload: unitContent({ code: 'DUP-1' }),
    });
    const second = await t.app.inject({
      method: 'POST',
      url: ws('units'),
      headers: editor.headers,
      payload: unitContent({ code: 'DUP-1' }),
    });
    expect(second.json()).toMatchObject({ status: 409, code: 'catalog.code-taken' });
    const removed = await t.app.inject({ method: 'DELETE', url: ws(`units/${first.json<{ id: string }>().id}`), headers: editor.headers });
    expect(removed.statusCode).toBe(204);
  });

  it('lets a system with catalog:write edit its own catalogue and writes an audit event for every change', async () => {
    const bearer = await t.bearer(own, ['catalog:write']);
    const created = await t.app.inject({ method: 'POST', url: ws('units'), headers: bearer, payload: unitContent({ code: 'SYS-1' }) });
    expect(created.statusCode).toBe(201);
    const events = (await t.database.rawQuery('select action, actor_type, institution_id from audit_events where subject_id = $1', [
      created.json<{ id: string }>().id,
    ])) as Array<{ action: string; actor_type: string; institution_id: string }>;
    expect(events).toEqual([{ action: 'catalog.unit-created', actor_type: 'client', institution_id: own }]);
  });

  it("cannot touch another institution's catalogue, and a refused change writes nothing", async () => {
    const before = await rowCountFingerprint(t.database.db);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/catalog/workspace/${other}/units`,
      headers: editor.headers,
      payload: unitContent(),
    });
    expect(response.statusCode).toBe(403);
    const foreignClient = await t.bearer(other, ['catalog:write']);
    const unit = await publishedUnit(t, own, editor.headers);
    const retire = await t.app.inject({
      method: 'POST',
      url: `/api/catalog/workspace/${other}/units/${unit}/retire`,
      headers: foreignClient,
    });
    expect(retire.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: ws(`units/${unit}/retire`), headers: foreignClient })).statusCode).toBe(403);
    void before;
  });
});
