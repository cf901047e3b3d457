import type { Generated } from 'kysely';
import type { GeneratedJson, GeneratedTimestamp, Json, Timestamp } from '../../platform/index.js';
import type { Alignment } from '../domain/achievement.js';

/** Tables owned by the credentials module. */
export interface CredentialTables {
  credential_issuers: {
    id: Generated<string>;
    institution_id: string;
    name: string;
    url: string | null;
    email: string | null;
    image: string | null;
    description: string | null;
    created_at: GeneratedTimestamp;
    updated_at: GeneratedTimestamp;
  };
  credential_issuer_keys: {
    id: string;
    issuer_id: string;
    algorithm: 'Ed25519' | 'RS256';
    controller: string;
    verification_method: string;
    public_key_multibase: string | null;
    public_jwk: Json<Record<string, unknown>>;
    /** RFC 7638 thumbprint of the public JWK, for recognising a key embedded in a JWT header. */
    thumbprint: string;
    private_key_sealed: string;
    created_at: GeneratedTimestamp;
    retired_at: Timestamp | null;
  };
  credential_achievements: {
    id: Generated<string>;
    issuer_id: string;
    institution_id: string;
    name: string;
    description: string;
    criteria: string;
    criteria_url: string | null;
    image: string | null;
    achievement_type: string;
    sbu: number;
    eqf_level: number | null;
    nlqf_level: string | null;
    learning_outcomes: GeneratedJson<string[]>;
    assessment_type: string;
    participation: string | null;
    quality_assurance: string | null;
    alignments: GeneratedJson<Alignment[]>;
    tags: GeneratedJson<string[]>;
    enrolment_open: Generated<boolean>;
    is_demo: Generated<boolean>;
    archived_at: Timestamp | null;
    created_at: GeneratedTimestamp;
    updated_at: GeneratedTimestamp;
  };
  credential_status_lists: {
    id: Generated<string>;
    issuer_id: string;
    /** The key generation that signs this list and the credentials on it. */
    key_id: string;
    size: number;
    allocated: Generated<number>;
    version: Generated<number>;
    created_at: GeneratedTimestamp;
  };
  credential_status_list_documents: {
    status_list_id: string;
    purpose: 'revocation' | 'suspension';
    version: number;
    document: Json<Record<string, unknown>>;
  };
  credential_awards: {
    id: string;
    issuer_id: string;
    institution_id: string;
    achievement_id: string | null;
    recipient_person_id: string | null;
    recipient_email_key: string | null;
    recipient_name: string | null;
    source: 'direct' | 'bulk' | 'enrolment' | 'api';
    idempotency_key: string | null;
    status_list_id: string;
    status_index: number;
    credential: Json<Record<string, unknown>>;
    jwt: string | null;
    issued_at: GeneratedTimestamp;
    issued_by: string | null;
    accepted_at: Timestamp | null;
    declined_at: Timestamp | null;
    revoked_at: Timestamp | null;
    revocation_reason: string | null;
    suspended_at: Timestamp | null;
    /** Set while the learner shares the credential by link. */
    share_token: string | null;
  };
  credential_enrolments: {
    id: Generated<string>;
    achievement_id: string;
    institution_id: string;
    person_id: string;
    motivation: string | null;
    status: Generated<'pending' | 'approved' | 'declined'>;
    award_id: string | null;
    decided_by: string | null;
    decision_note: string | null;
    created_at: GeneratedTimestamp;
    decided_at: Timestamp | null;
  };
  credential_bulk_awards: {
    id: Generated<string>;
    institution_id: string;
    achievement_id: string;
    file_hash: string;
    rows: Json<BulkRow[]>;
    total: number;
    done: Generated<number>;
    state: Generated<'queued' | 'running' | 'finished' | 'failed'>;
    error: string | null;
    requested_by: string | null;
    created_at: GeneratedTimestamp;
    finished_at: Timestamp | null;
  };
}

/** One recipient of a bulk award, as checked from the uploaded file. */
export interface BulkRow {
  readonly row: number;
  readonly email: string;
  readonly name: string;
  readonly personId: string | null;
}
