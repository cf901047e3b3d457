import type { Generated } from 'kysely';
import type { GeneratedTimestamp, Json } from '../../platform/index.js';
import type { ScenarioInputs } from '../domain/inputs.js';

/** Tables owned by the logistics module. */
export interface LogisticsTables {
  logistics_scenarios: {
    id: Generated<string>;
    institution_id: string;
    name: string;
    description: string | null;
    kind: 'baseline' | 'variant';
    based_on_id: string | null;
    owner_person_id: string | null;
    shared: Generated<boolean>;
    inputs: Json<ScenarioInputs>;
    cell_count: number;
    version: Generated<number>;
    is_demo: Generated<boolean>;
    created_at: GeneratedTimestamp;
    updated_at: GeneratedTimestamp;
  };
}
