import type { paths } from '../api/schema';

type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;
type Get<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } } ? Json<R> : never;

/** The kinds of item a dossier holds. */
export const itemKinds = ['diploma', 'credential', 'result', 'skill', 'work-experience', 'work-placement', 'portfolio'] as const;
export type ItemKind = (typeof itemKinds)[number];

/** Whether a value from the address bar is a kind of item. */
export function isKind(value: string): value is ItemKind {
  return (itemKinds as readonly string[]).includes(value);
}

/** The kinds a learner adds by hand (results come from institutions, credentials from an import). */
export const selfDeclaredKinds = ['skill', 'work-experience', 'work-placement', 'portfolio', 'diploma'] as const;
export type SelfDeclaredKind = (typeof selfDeclaredKinds)[number];

export type Overview = Get<'/api/dossier'>;
export type ItemPage = Get<'/api/dossier/items'>;
/** One item of the dossier as the API returns it. */
export type DossierItem = ItemPage['items'][number];
/** One item of the learner's own as its page shows it, with the names of its files. */
export type OwnItem = Get<'/api/dossier/items/{id}'>;
/** Where an item comes from, shown with every item. */
export type Provenance = DossierItem['provenance'];
/** The last check of a signed credential. */
export type Verification = NonNullable<Provenance['verification']>;
export type Collection = Get<'/api/dossier/collections'>[number];
export type Share = Get<'/api/dossier/shares'>[number];
export type AccessEntry = Get<'/api/dossier/access-log'>['entries'][number];
export type CorrectionRequest = Get<'/api/dossier/correction-requests'>[number];
/** What a recipient sees behind a share link. */
export type SharedView = Get<'/api/shared/{token}'>;
export type SharedItem = SharedView['items'][number];
/** The new share: its token and link are returned only this once. */
export type CreatedShare = Json<paths['/api/dossier/shares']['post']['responses'][201]>;
export type NewItem = NonNullable<paths['/api/dossier/items']['post']['requestBody']>['content']['application/json'];
export type ItemChanges = NonNullable<paths['/api/dossier/items/{id}']['patch']['requestBody']>['content']['application/json'];
/** A file as the upload answers it (only what the form needs). */
export type StoredFile = Pick<Json<paths['/api/dossier/files']['post']['responses'][201]>, 'id' | 'name' | 'mediaType' | 'size'>;

/** A query string from the values that are set. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The address a recipient opens for a share token. */
export function shareLink(share: CreatedShare): string {
  return share.url || `${window.location.origin}/gedeeld/${share.token}`;
}
