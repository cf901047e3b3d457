import { sign } from '@fastify/cookie';
import { performance } from 'node:perf_hooks';
import { allMigrations } from '../../../src/app.js';
import { seedData } from '../../../src/demo/seed-demo-data.js';
import { moduleContext } from '../../../src/modules.js';
import { loadConfig } from '../../../src/platform/config/config.js';
import { resolveSecretKey } from '../../../src/platform/config/secret-key.js';
import { openDatabase } from '../../../src/platform/db/database.js';
import { migrateToLatest } from '../../../src/platform/db/migrate.js';
import { createApiClient } from '../../../src/platform/identity/client-credentials.js';
import { createSession, SESSION_COOKIE } from '../../../src/platform/identity/sessions.js';

/** What the dossier benchmark needs from the prepared database. */
export interface PreparedDossier {
  readonly learners: number;
  /** The measured learner. */
  readonly learnerId: string;
  /** `session=<signed token>` for the measured learner, as the server expects it. */
  readonly sessionCookie: string;
  /** A second learner with an empty dossier, who creates and reads the items of the Solid comparison. */
  readonly writerCookie: string;
  /** A machine client of the demo institution that may issue credentials. */
  readonly issuer: { readonly did: string; readonly clientId: string; readonly clientSecret: string };
  /** Items of the measured learner inserted here (the rest arrive through the API). */
  readonly seededItems: number;
  readonly seconds: number;
}

/** Items every other learner gets, so the owner-keyed indexes hold realistic numbers of rows. */
export const ITEMS_PER_OTHER_LEARNER = 3;

/**
 * Migrates and seeds the demo data (an issuer with keys), then adds `learners` persons with
 * {@link ITEMS_PER_OTHER_LEARNER} items each in a few set-based statements, and `ownItems` items of
 * mixed kinds and provenance for the measured learner. Sessions are created directly and signed with
 * the server's secret from DATA_DIR.
 */
export async function prepareDossier(databaseUrl: string, dataDir: string, learners: number, ownItems: number): Promise<PreparedDossier> {
  const started = performance.now();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, DATABASE_URL: databaseUrl });
  const database = await openDatabase({ url: databaseUrl, poolSize: 2 });
  try {
    await migrateToLatest(database.db, allMigrations());
    const secretKey = await resolveSecretKey(config);
    await seedData(moduleContext(database.db, config, undefined, undefined, secretKey), { demo: true });
    const [issuerRow] = (await database.rawQuery(
      `select a.institution_id, k.controller
         from credential_achievements a
         join credential_issuer_keys k on k.issuer_id = a.issuer_id and k.retired_at is null and k.algorithm = 'Ed25519'
        limit 1`,
      [],
    )) as Array<{ institution_id: string; controller: string }>;
    if (!issuerRow) throw new Error('The demo data holds no issuer');
    const client = await createApiClient(database.db, {
      institutionId: issuerRow.institution_id,
      name: 'bench',
      scopes: ['credentials:issue'],
    });
    const [institution] = (await database.rawQuery(`select id, code, name from institutions where id = $1`, [
      issuerRow.institution_id,
    ])) as Array<{
      id: string;
      code: string;
      name: string;
    }>;
    if (!institution) throw new Error('The issuer has no institution');

    await database.rawQuery(
      `insert into persons (issuer, subject, display_name, email)
       select 'urn:bench', 'learner-' || g, 'Deelnemer ' || g, 'deelnemer' || g || '@bench.example'
         from generate_series(1, $1::int) g`,
      [learners],
    );
    await database.rawQuery(
      `insert into dossier_items (owner_id, kind, title, details, provenance, dated_at)
       select p.id, k.kind, k.title, '{}'::jsonb, 'self-declared', now() - make_interval(days => (random() * 3650)::int)
         from persons p
        cross join (values ('skill', 'Heftruck rijden'), ('work-experience', 'Orderpicker'), ('diploma', 'VMBO-diploma')) k(kind, title)
        where p.issuer = 'urn:bench'`,
      [],
    );
    const [learner] = (await database.rawQuery(`select id from persons where issuer = 'urn:bench' and subject = $1`, [
      `learner-${Math.ceil(learners / 2)}`,
    ])) as Array<{ id: string }>;
    const [writer] = (await database.rawQuery(
      `insert into persons (issuer, subject, display_name) values ('urn:bench', 'writer', 'Schrijver') returning id`,
      [],
    )) as Array<{ id: string }>;
    if (!learner || !writer) throw new Error('The bench learners are missing');

    // The measured learner's own items: results and placements attested by the institution, the rest self-declared.
    const extra = ownItems - ITEMS_PER_OTHER_LEARNER;
    await database.rawQuery(
      `insert into dossier_items (owner_id, kind, title, description, details, provenance, institution_id, institution_code,
                                  institution_name, external_id, dated_at)
       select $1::uuid,
              case g % 4 when 0 then 'result' when 1 then 'work-placement' when 2 then 'skill' else 'work-experience' end,
              'Onderdeel ' || g,
              'Omschrijving van onderdeel ' || g,
              case g % 4 when 0 then jsonb_build_object('grade', '7,5', 'unitCode', 'K' || g)
                         when 1 then jsonb_build_object('company', 'Bedrijf ' || g, 'hours', 400)
                         else '{}'::jsonb end,
              case when g % 4 < 2 then 'institution-attested' else 'self-declared' end,
              case when g % 4 < 2 then $2::uuid end,
              case when g % 4 < 2 then $3 end,
              case when g % 4 < 2 then $4 end,
              case when g % 4 < 2 then 'bench-' || g end,
              now() - make_interval(days => g)
         from generate_series(1, $5::int) g`,
      [learner.id, institution.id, institution.code, institution.name, extra],
    );
    await database.rawQuery('analyze', []);

    const cookieFor = async (personId: string) => `${SESSION_COOKIE}=${sign(await createSession(database.db, personId, 24), secretKey)}`;
    return {
      learners,
      learnerId: learner.id,
      sessionCookie: await cookieFor(learner.id),
      writerCookie: await cookieFor(writer.id),
      issuer: { did: issuerRow.controller, clientId: client.clientId, clientSecret: client.clientSecret },
      seededItems: ITEMS_PER_OTHER_LEARNER + extra,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await database.close();
  }
}
