import type { paths } from '../api/schema';
import { api, call } from '../app/api';

/** The kinds of item an editor works on, as they appear in paths. */
export type Kind = 'programmes' | 'units' | 'offerings' | 'sessions';
export const kinds: readonly Kind[] = ['units', 'offerings', 'programmes', 'sessions'];
export const versionedKinds: readonly Kind[] = ['units', 'offerings', 'programmes'];

// Every kind's routes have the same shapes apart from the content; the units' types stand for all of them.
type ListPath = '/api/catalog/workspace/{institutionId}/units';
type ItemPath = '/api/catalog/workspace/{institutionId}/units/{id}';
export type ItemSummary = paths[ListPath]['get']['responses']['200']['content']['application/json']['items'][number];
export type ItemDetail = Omit<paths[ItemPath]['get']['responses']['200']['content']['application/json'], 'content' | 'published'> & {
  content: Record<string, unknown>;
  published: Record<string, unknown> | null;
};
export type HistoryEntry =
  paths['/api/catalog/workspace/{institutionId}/units/{id}/history']['get']['responses']['200']['content']['application/json'][number];

const listPath = (kind: Kind) => `/api/catalog/workspace/{institutionId}/${kind}` as ListPath;
const itemPath = (kind: Kind) => `/api/catalog/workspace/{institutionId}/${kind}/{id}` as ItemPath;

export function listItems(
  institutionId: string,
  kind: Kind,
  query: { page: number; pageSize: number; q?: string; status?: 'draft' | 'published' | 'retired' },
) {
  return call(api.GET(listPath(kind), { params: { path: { institutionId }, query } }));
}

export async function getItem(institutionId: string, kind: Kind, id: string): Promise<ItemDetail> {
  return await call(api.GET(itemPath(kind), { params: { path: { institutionId, id } } }));
}

export function createItem(institutionId: string, kind: Kind, content: Record<string, unknown>) {
  return call(api.POST(listPath(kind), { params: { path: { institutionId } }, body: content as never }));
}

export function updateItem(institutionId: string, kind: Kind, id: string, patch: Record<string, unknown>) {
  return call(api.PATCH(itemPath(kind), { params: { path: { institutionId, id } }, body: patch as never }));
}

export function deleteItem(institutionId: string, kind: Kind, id: string) {
  return call(api.DELETE(itemPath(kind), { params: { path: { institutionId, id } } }));
}

export function publishItem(institutionId: string, kind: Kind, id: string) {
  const path = `/api/catalog/workspace/{institutionId}/${kind}/{id}/publish` as '/api/catalog/workspace/{institutionId}/units/{id}/publish';
  return call(api.POST(path, { params: { path: { institutionId, id } } }));
}

export function retireItem(institutionId: string, kind: Kind, id: string) {
  const path = `/api/catalog/workspace/{institutionId}/${kind}/{id}/retire` as '/api/catalog/workspace/{institutionId}/units/{id}/retire';
  return call(api.POST(path, { params: { path: { institutionId, id } } }));
}

export function itemHistory(institutionId: string, kind: Kind, id: string) {
  const path = `/api/catalog/workspace/{institutionId}/${kind}/{id}/history` as '/api/catalog/workspace/{institutionId}/units/{id}/history';
  return call(api.GET(path, { params: { path: { institutionId, id } } }));
}
