import { allow, type MatrixRow } from '../matrix-kit.js';
import type { Caller, MatrixWorld } from '../matrix-callers.js';
import type { TestApp } from '../../support/test-app.js';

/*
 * The dossier is its learner's: every person may call the own-dossier routes (each caller has a
 * dossier of their own), and ids of another learner's items, files, collections and shares answer
 * 404 like ids that do not exist. Institution routes: staff (mentor, teacher, institution admin) for
 * shares and corrections, machine clients with `dossier:write` for pushes.
 */

const own = ['own'] as const;
const other = ['other'] as const;
const staff = (caller: Caller): boolean => ['mentor', 'teacher', 'institution_admin'].includes(caller.label);
const clients = (caller: Caller): boolean => caller.kind === 'client';

interface Foreign {
  learnerId: string;
  itemId: string;
  attestedItemId: string;
  fileId: string;
  collectionId: string;
  shareId: string;
  correctionId: string;
}

const fixtures = new WeakMap<TestApp, Promise<Foreign>>();

/** Another learner's dossier (at the other institution), with one of everything. */
function foreign(t: TestApp, world: MatrixWorld): Promise<Foreign> {
  let pending = fixtures.get(t);
  if (!pending) {
    pending = (async () => {
      const learner = await t.loginAs({ grants: [{ role: 'learner', scope: 'institution', scopeId: world.otherInstitutionId }] });
      const post = async (url: string, payload: unknown, headers = learner.headers, method = 'POST') => {
        const response = await t.app.inject({ method: method as 'POST', url, headers, payload: payload as object });
        if (response.statusCode >= 300) throw new Error(`matrix fixture ${url}: ${response.body}`);
        return response.json<{ id: string }>().id;
      };
      const itemId = await post('/api/dossier/items', { kind: 'skill', title: 'Matrix' });
      const bearer = await t.bearer(world.otherInstitutionId, ['dossier:write']);
      const attestedItemId = await post(
        `/api/dossier/institution/learners/${learner.personId}/items/matrix-1`,
        { kind: 'result', title: 'Matrix' },
        bearer,
        'PUT',
      );
      const upload = await t.app.inject({
        method: 'POST',
        url: '/api/dossier/files?name=m.txt',
        headers: { ...learner.headers, 'content-type': 'text/plain' },
        payload: 'matrix',
      });
      const fileId = upload.json<{ id: string }>().id;
      const collectionId = await post('/api/dossier/collections', { name: 'Matrix', itemIds: [itemId] });
      const shareId = await post('/api/dossier/shares', {
        itemIds: [itemId],
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        institutionId: world.otherInstitutionId,
      });
      const correctionId = await post(`/api/dossier/items/${attestedItemId}/correction-requests`, { message: 'Matrix' });
      return { learnerId: learner.personId, itemId, attestedItemId, fileId, collectionId, shareId, correctionId };
    })();
    fixtures.set(t, pending);
  }
  return pending;
}

const expiresAt = () => new Date(Date.now() + 86_400_000).toISOString();
const personal = (method: string, url: string, payload?: unknown): MatrixRow => ({
  method,
  url,
  targets: own,
  request: () => ({ url, ...(payload !== undefined ? { payload } : {}) }),
  allow: allow.persons,
});
/** A route on another learner's id: allowed for persons (who get 404), refused for others. */
const foreignId = (method: string, url: string, path: (f: Foreign) => string, payload?: unknown): MatrixRow => ({
  method,
  url,
  targets: other,
  request: async ({ t, world }) => ({ url: path(await foreign(t, world)), ...(payload !== undefined ? { payload } : {}) }),
  allow: allow.persons,
});

export const dossierRows: readonly MatrixRow[] = [
  personal('GET', '/api/dossier'),
  personal('GET', '/api/dossier/items'),
  personal('POST', '/api/dossier/items', { kind: 'skill', title: 'Matrix' }),
  foreignId('GET', '/api/dossier/items/:id', (f) => `/api/dossier/items/${f.itemId}`),
  foreignId('PATCH', '/api/dossier/items/:id', (f) => `/api/dossier/items/${f.itemId}`, { title: 'x' }),
  foreignId('DELETE', '/api/dossier/items/:id', (f) => `/api/dossier/items/${f.itemId}`),
  foreignId('POST', '/api/dossier/items/:id/verify', (f) => `/api/dossier/items/${f.itemId}/verify`, {}),
  foreignId('POST', '/api/dossier/items/:id/correction-requests', (f) => `/api/dossier/items/${f.attestedItemId}/correction-requests`, {
    message: 'x',
  }),
  personal('POST', '/api/dossier/credentials', { jwt: 'e30.e30.' }),
  {
    method: 'POST',
    url: '/api/dossier/files',
    targets: own,
    request: () => ({ url: '/api/dossier/files?name=m.txt', payload: 'matrix', contentType: 'text/plain' }),
    allow: allow.persons,
  },
  foreignId('GET', '/api/dossier/files/:id', (f) => `/api/dossier/files/${f.fileId}`),
  foreignId('GET', '/api/dossier/files/:id/preview', (f) => `/api/dossier/files/${f.fileId}/preview`),
  personal('GET', '/api/dossier/collections'),
  personal('POST', '/api/dossier/collections', { name: 'Matrix' }),
  foreignId('PATCH', '/api/dossier/collections/:id', (f) => `/api/dossier/collections/${f.collectionId}`, { name: 'x' }),
  foreignId('DELETE', '/api/dossier/collections/:id', (f) => `/api/dossier/collections/${f.collectionId}`),
  personal('GET', '/api/dossier/shares'),
  {
    method: 'POST',
    url: '/api/dossier/shares',
    targets: other,
    // Another learner's collection: not found for every person.
    request: async ({ t, world }) => ({
      url: '/api/dossier/shares',
      payload: { collectionId: (await foreign(t, world)).collectionId, expiresAt: expiresAt() },
    }),
    allow: allow.persons,
  },
  foreignId('DELETE', '/api/dossier/shares/:id', (f) => `/api/dossier/shares/${f.shareId}`),
  personal('GET', '/api/dossier/access-log'),
  personal('GET', '/api/dossier/correction-requests'),
  personal('GET', '/api/dossier/export.jsonld'),
  personal('GET', '/api/dossier/export.zip'),
  personal('GET', '/api/dossier/export.pdf'),
  personal('DELETE', '/api/dossier', { confirm: 'VERWIJDER MIJN DOSSIER' }),
  {
    method: 'GET',
    url: '/api/shared/:token',
    targets: own,
    request: () => ({ url: `/api/shared/${'A'.repeat(32)}` }),
    allow: allow.everyone,
  },
  {
    method: 'GET',
    url: '/api/shared/:token/presentation',
    targets: own,
    request: () => ({ url: `/api/shared/${'A'.repeat(32)}/presentation` }),
    allow: allow.everyone,
  },
  {
    method: 'GET',
    url: '/api/shared/:token/files/:fileId',
    targets: own,
    request: () => ({ url: `/api/shared/${'A'.repeat(32)}/files/00000000-0000-4000-8000-000000000000` }),
    allow: allow.everyone,
  },
  {
    method: 'GET',
    url: '/api/dossier/institution/correction-requests',
    targets: own,
    request: () => ({ url: '/api/dossier/institution/correction-requests' }),
    allow: staff,
  },
  {
    method: 'POST',
    url: '/api/dossier/institution/correction-requests/:id/answer',
    targets: other,
    // A request to the other institution: staff of the own one get 404.
    request: async ({ t, world }) => ({
      url: `/api/dossier/institution/correction-requests/${(await foreign(t, world)).correctionId}/answer`,
      payload: { status: 'declined', answer: 'x' },
    }),
    allow: staff,
  },
  {
    method: 'GET',
    url: '/api/dossier/institution/shares',
    targets: own,
    request: () => ({ url: '/api/dossier/institution/shares' }),
    allow: staff,
  },
  {
    method: 'GET',
    url: '/api/dossier/institution/shares/:id',
    targets: other,
    request: async ({ t, world }) => ({ url: `/api/dossier/institution/shares/${(await foreign(t, world)).shareId}` }),
    allow: staff,
  },
  {
    method: 'PUT',
    url: '/api/dossier/institution/learners/:learnerId/items/:externalId',
    targets: other,
    // A learner of the other institution: the own institution's client gets 404.
    request: async ({ t, world }) => ({
      url: `/api/dossier/institution/learners/${(await foreign(t, world)).learnerId}/items/matrix-2`,
      payload: { kind: 'result', title: 'x' },
    }),
    allow: clients,
  },
];
