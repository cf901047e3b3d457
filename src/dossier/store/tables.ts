import type { Generated } from 'kysely';
import type { GeneratedJson, GeneratedTimestamp, Json, Timestamp } from '../../platform/index.js';
import type { ItemKind, Provenance } from '../domain/items.js';

/** Tables owned by the dossier module; every one is keyed by its owner first. */
export interface DossierTables {
  dossier_items: {
    owner_id: string;
    id: Generated<string>;
    kind: ItemKind;
    title: string;
    description: string | null;
    details: GeneratedJson<Record<string, unknown>>;
    file_ids: GeneratedJson<string[]>;
    provenance: Provenance;
    institution_id: string | null;
    institution_code: string | null;
    institution_name: string | null;
    external_id: string | null;
    award_id: string | null;
    credential: Json<Record<string, unknown>> | null;
    credential_jwt: string | null;
    verdict: string | null;
    verification: Json<Record<string, unknown>> | null;
    verified_at: Timestamp | null;
    dated_at: GeneratedTimestamp;
    created_at: GeneratedTimestamp;
    updated_at: GeneratedTimestamp;
  };
  dossier_award_imports: {
    owner_id: string;
    award_id: string;
    imported_at: GeneratedTimestamp;
  };
  dossier_files: {
    owner_id: string;
    id: Generated<string>;
    name: string;
    media_type: string;
    size: number;
    sha256: string;
    storage_key: string;
    created_at: GeneratedTimestamp;
  };
  dossier_collections: {
    owner_id: string;
    id: Generated<string>;
    name: string;
    description: string | null;
    created_at: GeneratedTimestamp;
    updated_at: GeneratedTimestamp;
  };
  dossier_collection_items: {
    owner_id: string;
    collection_id: string;
    item_id: string;
    position: number;
  };
  dossier_shares: {
    owner_id: string;
    id: Generated<string>;
    token_hash: string;
    collection_id: string | null;
    item_ids: GeneratedJson<string[]>;
    recipient_name: string | null;
    institution_id: string | null;
    expires_at: Timestamp;
    revoked_at: Timestamp | null;
    created_at: GeneratedTimestamp;
  };
  dossier_access_log: {
    owner_id: string;
    id: Generated<string>;
    occurred_at: GeneratedTimestamp;
    kind: AccessKind;
    share_id: string | null;
    recipient_name: string | null;
    institution_id: string | null;
    institution_name: string | null;
    reason: string | null;
    item_count: Generated<number>;
  };
  dossier_correction_requests: {
    owner_id: string;
    id: Generated<string>;
    item_id: string;
    institution_id: string;
    item_title: string;
    message: string;
    status: Generated<'open' | 'corrected' | 'declined'>;
    answer: string | null;
    answered_by: string | null;
    answered_at: Timestamp | null;
    created_at: GeneratedTimestamp;
  };
}

/** What the access log records. */
export type AccessKind = 'share-open' | 'share-download' | 'share-file' | 'share-open-failed' | 'institution-read';

/** The dossier's tables plus the few platform tables it reads. */
export interface DossierDb extends DossierTables {
  persons: { id: string; display_name: string };
  institutions: { id: string; name: string; code: string };
  role_assignments: { person_id: string; role: string; scope_type: string; scope_id: string | null };
}
