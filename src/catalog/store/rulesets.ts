import { sql } from 'kysely';
import { tablesOf, type AnyDb } from '../../platform/index.js';
import type { StandardRules } from '../domain/standard.js';
import type { CatalogTables } from './tables.js';

/** A ruleset as stored. */
export interface RulesetRow {
  readonly id: string;
  readonly scope: 'sector' | 'institution';
  readonly institutionId: string | null;
  readonly institutionName: string | null;
  readonly name: string;
  readonly version: number;
  readonly rules: Record<string, unknown>;
  readonly updatedAt: Date;
  readonly isDemo: boolean;
}

/** Every ruleset (the sector's first), or those of one institution plus the sector's. */
export async function listRulesets(handle: AnyDb, institutionId?: string): Promise<RulesetRow[]> {
  let query = tablesOf<CatalogTables>(handle)
    .selectFrom('catalog_rulesets as r')
    .leftJoin('institutions as i', 'i.id', 'r.institution_id')
    .select([
      'r.id',
      'r.scope',
      'r.institution_id',
      'i.name as institution_name',
      'r.name',
      'r.version',
      'r.rules',
      'r.updated_at',
      'r.is_demo',
    ]);
  if (institutionId) query = query.where((eb) => eb.or([eb('r.scope', '=', 'sector'), eb('r.institution_id', '=', institutionId)]));
  const rows = await query.orderBy('r.scope', 'desc').orderBy('i.name').execute();
  return rows.map((r) => ({
    id: r.id,
    scope: r.scope,
    institutionId: r.institution_id,
    institutionName: r.institution_name,
    name: r.name,
    version: r.version,
    rules: r.rules,
    updatedAt: r.updated_at,
    isDemo: r.is_demo,
  }));
}

/** Creates or replaces the ruleset of a scope; the version goes up with every change. Returns whether anything changed. */
export async function putRuleset(
  trx: AnyDb,
  scope: { institutionId: string | null },
  value: { name: string; rules: StandardRules; isDemo?: boolean },
): Promise<{ id: string; version: number; changed: boolean }> {
  const d = tablesOf<CatalogTables>(trx);
  const existing = await d
    .selectFrom('catalog_rulesets')
    .selectAll()
    .where((eb) => (scope.institutionId ? eb('institution_id', '=', scope.institutionId) : eb('scope', '=', 'sector')))
    .forUpdate()
    .executeTakeFirst();
  const rules = JSON.stringify(value.rules);
  if (existing) {
    if (existing.name === value.name && stable(existing.rules) === stable(value.rules)) {
      return { id: existing.id, version: existing.version, changed: false };
    }
    const updated = await d
      .updateTable('catalog_rulesets')
      .set({ name: value.name, rules, version: sql`version + 1`, updated_at: sql`now()` } as never)
      .where('id', '=', existing.id)
      .returning(['id', 'version'])
      .executeTakeFirstOrThrow();
    return { ...updated, changed: true };
  }
  const created = await d
    .insertInto('catalog_rulesets')
    .values({
      scope: scope.institutionId ? 'institution' : 'sector',
      institution_id: scope.institutionId,
      name: value.name,
      rules,
      is_demo: value.isDemo ?? false,
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
  return { ...created, changed: true };
}

/** JSON with sorted keys: jsonb does not keep the order keys were written in. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
