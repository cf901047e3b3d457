import { tablesOf, type AnyDb } from '../../platform/index.js';
import type { Bilingual, TargetGroup, Theme } from '../domain/overview.js';
import type { ProgrammeTables } from './tables.js';

/** Writes themes, products and teams, keyed by code; running it twice changes nothing. */
export async function upsertProgramme(
  db: AnyDb,
  themes: readonly Theme[],
  teams: ReadonlyArray<{ code: string; theme: string; name: Bilingual }>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const t = tablesOf<ProgrammeTables>(trx);
    for (const [i, theme] of themes.entries()) {
      const values = { sort: i + 1, name: JSON.stringify(theme.name), description: JSON.stringify(theme.description) };
      const row = await t
        .insertInto('programme_themes')
        .values({ code: theme.code, ...values })
        .onConflict((oc) => oc.column('code').doUpdateSet(values))
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const [j, p] of theme.products.entries()) {
        const product = {
          theme_id: row.id,
          sort: j + 1,
          name: JSON.stringify(p.name),
          description: JSON.stringify(p.description),
          module: p.module,
          path: p.path,
          target_groups: [...p.targetGroups],
        };
        await t
          .insertInto('programme_products')
          .values({ code: p.code, ...product })
          .onConflict((oc) => oc.column('code').doUpdateSet(product))
          .execute();
      }
    }
    for (const team of teams) {
      const theme = await t.selectFrom('programme_themes').select('id').where('code', '=', team.theme).executeTakeFirst();
      const values = { theme_id: theme?.id ?? null, name: JSON.stringify(team.name) };
      await t
        .insertInto('programme_teams')
        .values({ code: team.code, ...values })
        .onConflict((oc) => oc.column('code').doUpdateSet(values))
        .execute();
    }
  });
}

/** Every theme with its products, in programme order. */
export async function loadThemes(db: AnyDb): Promise<Theme[]> {
  const t = tablesOf<ProgrammeTables>(db);
  const [themes, products] = await Promise.all([
    t.selectFrom('programme_themes').select(['id', 'code', 'name', 'description']).orderBy('sort').execute(),
    t
      .selectFrom('programme_products')
      .select(['theme_id', 'code', 'name', 'description', 'module', 'path', 'target_groups'])
      .orderBy('theme_id')
      .orderBy('sort')
      .execute(),
  ]);
  return themes.map((theme) => ({
    code: theme.code,
    name: theme.name,
    description: theme.description,
    products: products
      .filter((p) => p.theme_id === theme.id)
      .map((p) => ({
        code: p.code,
        name: p.name,
        description: p.description,
        module: p.module,
        path: p.path,
        targetGroups: p.target_groups as TargetGroup[],
      })),
  }));
}

/** The programme's teams, in theme order. */
export async function loadTeams(db: AnyDb): Promise<Array<{ id: string; code: string; name: Bilingual; themeCode: string | null }>> {
  const rows = await tablesOf<ProgrammeTables>(db)
    .selectFrom('programme_teams as team')
    .leftJoin('programme_themes as theme', 'theme.id', 'team.theme_id')
    .select(['team.id', 'team.code', 'team.name', 'theme.code as theme_code'])
    .orderBy('theme.sort')
    .orderBy('team.code')
    .execute();
  return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, themeCode: r.theme_code }));
}

/** Dutch names of the teams among `ids` (for role descriptions). */
export async function teamNames(db: AnyDb, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tablesOf<ProgrammeTables>(db)
    .selectFrom('programme_teams')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name.nl]));
}

/** True when a team with this id exists. */
export async function teamExists(db: AnyDb, id: string): Promise<boolean> {
  return (
    (await tablesOf<ProgrammeTables>(db).selectFrom('programme_teams').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
  );
}
