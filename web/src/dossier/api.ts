import { ApiError, requestHeaders, toProblem } from '../app/api';

/** The kinds of item a dossier holds. */
export const itemKinds = ['diploma', 'credential', 'result', 'skill', 'work-experience', 'work-placement', 'portfolio'] as const;
export type ItemKind = (typeof itemKinds)[number];

/** The kinds a learner adds by hand (results come from institutions, credentials from an import). */
export const selfDeclaredKinds = ['skill', 'work-experience', 'work-placement', 'portfolio', 'diploma'] as const;
export type SelfDeclaredKind = (typeof selfDeclaredKinds)[number];

/** The last check of a signed credential. */
export interface Verification {
  readonly verdict: string;
  readonly verified: boolean;
  readonly checkedAt: string;
  readonly checks: ReadonlyArray<{ readonly name: string; readonly outcome: string; readonly code: string }>;
}

/** Where an item comes from, shown with every item. */
export interface Provenance {
  readonly kind: 'self-declared' | 'institution-attested' | 'signed';
  readonly institution: { readonly code: string; readonly name: string } | null;
  readonly verification: Verification | null;
}

/** One item of the dossier as the API returns it. */
export interface DossierItem {
  readonly id: string;
  readonly kind: ItemKind;
  readonly title: string;
  readonly description: string | null;
  readonly details: Record<string, unknown>;
  readonly fileIds?: readonly string[];
  readonly provenance: Provenance;
  readonly editable?: boolean;
  readonly datedAt: string;
  readonly createdAt?: string;
  readonly updatedAt?: string;
}

export interface ItemPage {
  readonly items: readonly DossierItem[];
  readonly nextCursor: string | null;
}

export interface Collection {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly itemIds: readonly string[];
}

export interface Share {
  readonly id: string;
  readonly collectionId: string | null;
  readonly itemIds: readonly string[];
  readonly recipientName: string | null;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
  readonly status: 'active' | 'expired' | 'revoked';
  readonly openCount: number;
  readonly lastOpenedAt: string | null;
  readonly createdAt: string;
}

/** A new share: the token and link are returned only this once. */
export interface CreatedShare {
  readonly id: string;
  readonly token: string;
  readonly url: string;
  readonly expiresAt: string;
}

export interface AccessEntry {
  readonly id: string;
  readonly occurredAt: string;
  readonly kind: 'share-open' | 'share-download' | 'share-open-failed' | 'institution-read';
  readonly shareId: string | null;
  readonly recipientName: string | null;
  readonly institution: { readonly id: string; readonly name: string | null } | null;
  readonly reason: string | null;
  readonly itemCount: number;
}

export interface Overview {
  readonly ownerName: string;
  readonly counts: Record<ItemKind, number>;
  readonly totalItems: number;
  readonly files: { readonly count: number; readonly bytes: number };
  readonly collections: ReadonlyArray<{ readonly id: string; readonly name: string; readonly itemCount: number }>;
  readonly activeShares: number;
  readonly recentAccess: readonly AccessEntry[];
}

/** A file as the upload answers it. */
export interface StoredFile {
  readonly id: string;
  readonly name: string;
  readonly mediaType: string;
  readonly size: number;
}

export interface CorrectionRequest {
  readonly id: string;
  readonly itemId: string;
  readonly message: string;
  readonly status: string;
  readonly answer: string | null;
  readonly createdAt: string;
}

/** What a recipient sees behind a share link. */
export interface SharedView {
  readonly ownerName: string;
  readonly recipientName: string | null;
  readonly expiresAt: string;
  readonly items: readonly DossierItem[];
}

/**
 * Calls the dossier API with the session's CSRF token and language; resolves with the JSON answer
 * (undefined for 204) or rejects with an ApiError carrying the problem document.
 */
export async function dossierFetch<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: { ...requestHeaders(method), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (error) {
    throw new ApiError(toProblem(error));
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw new ApiError(toProblem(payload ?? new Error(`HTTP ${response.status}`), response.status));
  return payload as T;
}

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
