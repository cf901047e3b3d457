import type { Generated } from 'kysely';
import type { Json } from '../../platform/index.js';
import type { Bilingual } from '../domain/overview.js';

/** Tables owned by the programme module. */
export interface ProgrammeTables {
  programme_themes: { id: Generated<string>; code: string; sort: number; name: Json<Bilingual>; description: Json<Bilingual> };
  programme_products: {
    id: Generated<string>;
    theme_id: string;
    code: string;
    sort: number;
    name: Json<Bilingual>;
    description: Json<Bilingual>;
    module: string | null;
    path: string | null;
    target_groups: string[];
  };
  programme_teams: { id: Generated<string>; code: string; theme_id: string | null; name: Json<Bilingual> };
}
