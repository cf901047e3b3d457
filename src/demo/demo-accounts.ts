import { sql, type Kysely } from 'kysely';
import type { InstitutionRole, ProgrammeRole, RoleGrant, TeamRole } from '../platform/access/principal.js';
import type { PlatformTables } from '../platform/db/tables.js';
import { DEMO_ISSUER } from '../platform/identity/demo-idp/demo-accounts.js';
import { grantRole } from '../platform/identity/persons.js';
import type { ModuleContext } from '../platform/modules.js';
import { loadTeams } from '../programme/index.js';
import { findInstitutions } from '../reference/index.js';

type Grant =
  | { readonly role: InstitutionRole; readonly institution: string }
  | { readonly role: TeamRole; readonly team: string }
  | { readonly role: ProgrammeRole };

/** A fictional person for the demo identity provider, with the roles they hold. */
interface DemoPerson {
  readonly subject: string;
  readonly name: string;
  readonly email: string;
  readonly grants: readonly Grant[];
}

const AMSTELKADE = '901A001';
const DELTAVAK = '902A001';
const CATALOGUE_TEAM = 'team-onderwijscatalogus';

/** Every demo account: one for each role, and two that show tenancy (another institution). */
export const demoPeople: readonly DemoPerson[] = [
  {
    subject: 'demo-student',
    name: 'Sanne de Vries',
    email: 'sanne@student.demo.doorpakken.nl',
    grants: [{ role: 'learner', institution: AMSTELKADE }],
  },
  {
    subject: 'demo-herstarter',
    name: 'Mohamed El Amrani',
    email: 'mohamed@student.demo.doorpakken.nl',
    grants: [{ role: 'learner', institution: DELTAVAK }],
  },
  {
    subject: 'demo-zijinstromer',
    name: 'Ingrid Bos',
    email: 'ingrid@student.demo.doorpakken.nl',
    grants: [{ role: 'learner', institution: AMSTELKADE }],
  },
  {
    subject: 'demo-docent',
    name: 'Pieter Jansen',
    email: 'pieter@amstelkade.demo.doorpakken.nl',
    grants: [{ role: 'teacher', institution: AMSTELKADE }],
  },
  {
    subject: 'demo-mentor',
    name: 'Fatima Yilmaz',
    email: 'fatima@amstelkade.demo.doorpakken.nl',
    grants: [
      { role: 'mentor', institution: AMSTELKADE },
      { role: 'teacher', institution: AMSTELKADE },
    ],
  },
  {
    subject: 'demo-redacteur',
    name: 'Lotte Bakker',
    email: 'lotte@amstelkade.demo.doorpakken.nl',
    grants: [{ role: 'catalog_editor', institution: AMSTELKADE }],
  },
  {
    subject: 'demo-redacteur-2',
    name: 'Daan Visser',
    email: 'daan@deltavak.demo.doorpakken.nl',
    grants: [{ role: 'catalog_editor', institution: DELTAVAK }],
  },
  {
    subject: 'demo-uitgever',
    name: 'Noor Hendriks',
    email: 'noor@amstelkade.demo.doorpakken.nl',
    grants: [{ role: 'credential_issuer', institution: AMSTELKADE }],
  },
  {
    subject: 'demo-planner',
    name: 'Ruben de Boer',
    email: 'ruben@amstelkade.demo.doorpakken.nl',
    grants: [{ role: 'logistics_planner', institution: AMSTELKADE }],
  },
  {
    subject: 'demo-instellingsbeheer',
    name: 'Eva Smit',
    email: 'eva@amstelkade.demo.doorpakken.nl',
    grants: [{ role: 'institution_admin', institution: AMSTELKADE }],
  },
  {
    subject: 'demo-programmamanager',
    name: 'Marieke van Dijk',
    email: 'marieke@programma.demo.doorpakken.nl',
    grants: [{ role: 'programme_manager' }],
  },
  { subject: 'demo-stuurgroep', name: 'Henk Mulder', email: 'henk@programma.demo.doorpakken.nl', grants: [{ role: 'steering_group' }] },
  {
    subject: 'demo-aanvoerder',
    name: 'Kevin Bos',
    email: 'kevin@programma.demo.doorpakken.nl',
    grants: [{ role: 'team_lead', team: CATALOGUE_TEAM }],
  },
  {
    subject: 'demo-verbinder',
    name: 'Anouk Peters',
    email: 'anouk@programma.demo.doorpakken.nl',
    grants: [{ role: 'liaison', team: CATALOGUE_TEAM }],
  },
  {
    subject: 'demo-teamlid',
    name: 'Joost de Graaf',
    email: 'joost@programma.demo.doorpakken.nl',
    grants: [{ role: 'team_member', team: CATALOGUE_TEAM }],
  },
  { subject: 'demo-beheerder', name: 'Platformbeheer (demo)', email: 'beheer@demo.doorpakken.nl', grants: [{ role: 'platform_admin' }] },
];

/**
 * Creates the demo accounts of the demo identity provider and gives them their roles. Runs after
 * the modules' demo data (it needs the institutions and teams). Idempotent; roles granted later by
 * hand are kept.
 */
export async function seedDemoAccounts(context: ModuleContext): Promise<void> {
  const institutions = new Map((await findInstitutions(context.db, {})).map((i) => [i.code, i.id]));
  const teams = new Map((await loadTeams(context.db)).map((t) => [t.code, t.id]));
  const resolve = (grant: Grant): RoleGrant => {
    if ('institution' in grant) {
      const id = institutions.get(grant.institution);
      if (!id) throw new Error(`Demo institution ${grant.institution} is missing`);
      return { role: grant.role, scope: 'institution', scopeId: id };
    }
    if ('team' in grant) {
      const id = teams.get(grant.team);
      if (!id) throw new Error(`Demo team ${grant.team} is missing`);
      return { role: grant.role, scope: 'team', scopeId: id };
    }
    return { role: grant.role, scope: 'platform', scopeId: null };
  };
  await context.db.transaction().execute(async (trx) => {
    const t = trx as Kysely<PlatformTables>;
    for (const person of demoPeople) {
      const row = await t
        .insertInto('persons')
        .values({ issuer: DEMO_ISSUER, subject: person.subject, display_name: person.name, email: person.email, is_demo: true })
        .onConflict((oc) =>
          oc
            .columns(['issuer', 'subject'])
            .doUpdateSet({ display_name: person.name, email: person.email, is_demo: true })
            .where(
              sql<boolean>`(persons.display_name, persons.email, persons.is_demo) is distinct from (excluded.display_name, excluded.email, excluded.is_demo)`,
            ),
        )
        .returning('id')
        .executeTakeFirst();
      const id =
        row?.id ??
        (
          await t
            .selectFrom('persons')
            .select('id')
            .where('issuer', '=', DEMO_ISSUER)
            .where('subject', '=', person.subject)
            .executeTakeFirstOrThrow()
        ).id;
      for (const grant of person.grants) await grantRole(trx, id, resolve(grant));
    }
  });
}
