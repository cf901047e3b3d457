import type { ColumnType, Generated } from 'kysely';
import type { GeneratedJson, GeneratedTimestamp, Json, ReferenceTablesForCatalog, Timestamp } from './reference-tables.js';

/** Lifecycle columns shared by programmes, units and offerings. */
interface Versioned {
  status: ColumnType<ItemStatus, ItemStatus | undefined, ItemStatus>;
  version: Generated<number>;
  pending: Json<Record<string, unknown> | null> | null;
  content_hash: Generated<string>;
  published_at: Timestamp | null;
  retired_at: Timestamp | null;
  modified_at: GeneratedTimestamp;
  is_demo: Generated<boolean>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

/** Where a row came from: local rows have neither, harvested rows both. */
interface Sourced {
  id: Generated<string>;
  institution_id: string;
  source_id: string | null;
  remote_id: string | null;
}

/** The lifecycle of a catalogue item. */
export type ItemStatus = 'draft' | 'published' | 'retired';

/** A text[] column: arrays in and out. */
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

/** Tables owned by the catalog module (plus the reference tables it reads). */
export interface CatalogTables extends ReferenceTablesForCatalog {
  catalog_sources: {
    id: Generated<string>;
    name: string;
    base_url: string;
    enabled: Generated<boolean>;
    status: ColumnType<'never' | 'ok' | 'failed', 'never' | 'ok' | 'failed' | undefined, 'never' | 'ok' | 'failed'>;
    last_attempt_at: Timestamp | null;
    last_success_at: Timestamp | null;
    last_error_code: string | null;
    last_error: string | null;
    watermark: Timestamp | null;
    item_count: Generated<number>;
    created_at: GeneratedTimestamp;
  };
  catalog_harvest_runs: {
    id: Generated<string>;
    source_id: string;
    started_at: Timestamp;
    finished_at: Timestamp;
    mode: 'full' | 'incremental';
    outcome: 'ok' | 'failed';
    error_code: string | null;
    error: string | null;
    counts: GeneratedJson<Record<string, number>>;
  };
  catalog_sessions: Sourced & {
    code: string;
    name: string;
    session_type: string;
    start_date: string;
    end_date: string;
    parent_id: string | null;
    is_demo: Generated<boolean>;
    created_at: GeneratedTimestamp;
    updated_at: GeneratedTimestamp;
  };
  catalog_programmes: Sourced &
    Versioned & {
      code: string;
      title: string;
      description: string | null;
      crebo: string;
      leerweg: 'BOL' | 'BBL';
      niveau: number;
      duration_months: number | null;
    };
  catalog_units: Sourced &
    Versioned & {
      code: string;
      kind: 'course' | 'learning_component';
      component_type: string | null;
      programme_id: string | null;
      parent_unit_id: string | null;
      title: string;
      description: string | null;
      sbu: number;
      duration_weeks: number | null;
      learning_outcomes: TextArray;
      crebo: string | null;
      elective_code: string | null;
      covers: TextArray;
      leerwegen: TextArray;
      standalone: Generated<boolean>;
      leads_to: 'certificate' | 'badge' | null;
      language: Generated<string>;
      standard_issues: GeneratedJson<unknown[]>;
    };
  catalog_offerings: Sourced &
    Versioned & {
      code: string;
      programme_id: string | null;
      unit_id: string | null;
      session_id: string | null;
      location_code: string | null;
      intake: 'fixed' | 'flexible';
      start_date: string | null;
      end_date: string | null;
      mode: 'on_site' | 'online' | 'hybrid';
      price_cents: number | null;
      capacity: number | null;
      application_start: string | null;
      application_end: string | null;
    };
  catalog_versions: {
    id: Generated<string>;
    item_type: 'programme' | 'unit' | 'offering';
    item_id: string;
    version: number;
    action: 'published' | 'retired' | 'harvested';
    snapshot: Json<Record<string, unknown>>;
    actor_type: string;
    actor_id: string | null;
    created_at: GeneratedTimestamp;
  };
  catalog_rulesets: {
    id: Generated<string>;
    scope: 'sector' | 'institution';
    institution_id: string | null;
    name: string;
    rules: Json<Record<string, unknown>>;
    version: Generated<number>;
    is_demo: Generated<boolean>;
    updated_at: GeneratedTimestamp;
  };
  catalog_search: {
    unit_id: string;
    pos: Generated<number>;
    institution_id: string;
    source_id: string | null;
    sbu: number;
    niveau: number | null;
    domain: string | null;
    crebo: string | null;
    elective_code: string | null;
    leerwegen: TextArray;
    standalone: boolean;
    leads_to: string | null;
    modes: TextArray;
    provinces: TextArray;
    location_codes: TextArray;
    start_dates: TextArray;
    next_start: string | null;
    flexible: boolean;
    min_price_cents: number | null;
    offering_count: number;
  };
  catalog_oeapi_documents: {
    unit_id: string;
    plain: string;
    mbo: string;
  };
  catalog_search_text: {
    unit_id: string;
    kind: string;
    code: string;
    title: string;
    summary: string | null;
    institution_name: string;
    qualification_title: string | null;
    elective_title: string | null;
    document: string;
  };
}
