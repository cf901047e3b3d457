import type { Generated } from 'kysely';
import type { GeneratedTimestamp } from '../../platform/index.js';

/** Tables owned by the reference module. */
export interface ReferenceTables {
  institutions: {
    id: Generated<string>;
    code: string;
    name: string;
    short_name: string | null;
    city: string | null;
    website: string | null;
    contact_email: string | null;
    is_demo: Generated<boolean>;
    created_at: GeneratedTimestamp;
    updated_at: GeneratedTimestamp;
  };
  institution_locations: {
    id: Generated<string>;
    institution_id: string;
    code: string;
    name: string;
    street: string | null;
    postcode: string | null;
    city: string;
    province: string;
    is_demo: Generated<boolean>;
  };
  qualification_dossiers: {
    id: Generated<string>;
    crebo: string;
    title: string;
    domain: string;
    is_demo: Generated<boolean>;
  };
  qualifications: {
    id: Generated<string>;
    crebo: string;
    dossier_id: string;
    title: string;
    niveau: number;
    valid_from: string | null;
    valid_until: string | null;
    is_demo: Generated<boolean>;
  };
  core_tasks: { id: Generated<string>; qualification_id: string; code: string; title: string };
  work_processes: { id: Generated<string>; core_task_id: string; code: string; title: string };
  electives: {
    id: Generated<string>;
    code: string;
    title: string;
    sbu: number;
    niveau: number | null;
    valid_from: string | null;
    is_demo: Generated<boolean>;
  };
  qualification_electives: { qualification_id: string; elective_id: string };
}
