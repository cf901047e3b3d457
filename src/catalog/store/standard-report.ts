import { sql } from 'kysely';
import type { AnyDb } from '../../platform/index.js';

/** A unit that breaks an agreed standard, with the reasons. */
export interface ReportRow {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly institution_id: string;
  readonly institution_name: string;
  readonly sbu: number;
  readonly duration_weeks: number | null;
  readonly harvested: boolean;
  readonly issues: Array<{ ruleset: string; rulesetVersion: number; rule: string; params: Record<string, string | number> }>;
}

/** Published units that break a standard, optionally of one institution or one rule; with totals per rule. */
export async function standardReport(
  db: AnyDb,
  options: { institutionId?: string | undefined; rule?: string | undefined; offset: number; limit: number },
): Promise<{ rows: ReportRow[]; total: number; checked: number; byRule: Array<{ rule: string; units: number }> }> {
  const conditions = [sql`u.status = 'published'`];
  if (options.institutionId) conditions.push(sql`u.institution_id = ${options.institutionId}::uuid`);
  const scope = sql.join(conditions, sql` and `);
  const breaking = options.rule
    ? sql`exists (select 1 from jsonb_array_elements(u.standard_issues) e where e->>'rule' = ${options.rule})`
    : sql`jsonb_array_length(u.standard_issues) > 0`;
  const [rows, totals, byRule] = await Promise.all([
    sql<ReportRow>`select u.id, u.code, u.title, u.institution_id, i.name as institution_name, u.sbu, u.duration_weeks,
        u.source_id is not null as harvested, u.standard_issues as issues
      from catalog_units u join institutions i on i.id = u.institution_id
      where ${scope} and ${breaking}
      order by i.name, u.title, u.id limit ${options.limit} offset ${options.offset}`.execute(db),
    sql<{ total: number; checked: number }>`select count(*) filter (where ${breaking})::int as total, count(*)::int as checked
      from catalog_units u where ${scope}`.execute(db),
    sql<{ rule: string; units: number }>`select e->>'rule' as rule, count(distinct u.id)::int as units
      from catalog_units u, jsonb_array_elements(u.standard_issues) e where ${scope} group by 1 order by 2 desc, 1`.execute(db),
  ]);
  return { rows: rows.rows, total: totals.rows[0]?.total ?? 0, checked: totals.rows[0]?.checked ?? 0, byRule: byRule.rows };
}
