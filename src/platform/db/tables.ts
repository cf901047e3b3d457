import type { ColumnType, Generated } from 'kysely';

/** A timestamp column. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamp column with a database default. */
export type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A jsonb column: objects come back parsed, values go in as JSON text. */
export type Json<T> = ColumnType<T, string, string>;
/** A jsonb column with a database default. */
export type GeneratedJson<T> = ColumnType<T, string | undefined, string>;

/** Tables owned by the platform layer. */
export interface PlatformTables {
  persons: {
    id: Generated<string>;
    issuer: string;
    subject: string;
    display_name: string;
    email: string | null;
    is_demo: Generated<boolean>;
    created_at: GeneratedTimestamp;
    last_login_at: Timestamp | null;
  };
  role_assignments: {
    id: Generated<string>;
    person_id: string;
    role: string;
    scope_type: 'platform' | 'institution' | 'team';
    scope_id: string | null;
    created_at: GeneratedTimestamp;
  };
  sessions: {
    token_hash: string;
    person_id: string;
    id_token: string | null;
    created_at: GeneratedTimestamp;
    expires_at: Timestamp;
  };
  api_clients: {
    id: Generated<string>;
    client_id: string;
    secret_hash: string;
    name: string;
    institution_id: string;
    scopes: string[];
    created_at: GeneratedTimestamp;
    revoked_at: Timestamp | null;
  };
  platform_keys: {
    kid: string;
    purpose: string;
    alg: string;
    public_jwk: Json<Record<string, unknown>>;
    private_jwk_encrypted: string;
    created_at: GeneratedTimestamp;
    retired_at: Timestamp | null;
  };
  demo_idp_entries: {
    model: string;
    id: string;
    payload: Json<Record<string, unknown>>;
    grant_id: string | null;
    uid: string | null;
    user_code: string | null;
    expires_at: Timestamp | null;
    consumed_at: Timestamp | null;
  };
  audit_events: {
    id: Generated<string>;
    occurred_at: GeneratedTimestamp;
    actor_type: 'person' | 'client' | 'system' | 'anonymous';
    actor_id: string | null;
    action: string;
    subject_type: string;
    subject_id: string | null;
    data_subject_person_id: string | null;
    institution_id: string | null;
    request_id: string | null;
    details: GeneratedJson<Record<string, unknown>>;
  };
}
