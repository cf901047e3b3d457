import type { TestApp } from '../support/test-app.js';

/** The id of a seeded institution by its RIO code. */
export async function institutionId(t: TestApp, code: string): Promise<string> {
  const rows = (await t.database.rawQuery('select id from institutions where code = $1', [code])) as Array<{ id: string }>;
  const id = rows[0]?.id;
  if (!id) throw new Error(`No institution ${code}`);
  return id;
}

/** A catalogue editor of the institution, logged in. */
export function editorOf(t: TestApp, institution: string) {
  return t.loginAs({ grants: [{ role: 'catalog_editor', scope: 'institution', scopeId: institution }], name: 'Redacteur' });
}

/** A unit's content with sensible defaults for tests. */
export function unitContent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code: `U-${Math.random().toString(36).slice(2, 8)}`,
    title: 'Farmaceutische patiëntenzorg voor herintreders',
    description: 'Leer geneesmiddelen bereiden en patiënten adviseren.',
    sbu: 240,
    durationWeeks: 10,
    learningOutcomes: ['Bereidt geneesmiddelen voor'],
    crebo: '27141',
    covers: ['B1-K1', 'B1-K1-W2'],
    standalone: true,
    leadsTo: 'certificate',
    ...overrides,
  };
}

/** Creates and publishes a unit; returns its id. */
export async function publishedUnit(
  t: TestApp,
  institution: string,
  headers: Record<string, string>,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const created = await t.app.inject({
    method: 'POST',
    url: `/api/catalog/workspace/${institution}/units`,
    headers,
    payload: unitContent(overrides),
  });
  if (created.statusCode !== 201) throw new Error(`create unit: ${created.body}`);
  const id = created.json<{ id: string }>().id;
  const published = await t.app.inject({ method: 'POST', url: `/api/catalog/workspace/${institution}/units/${id}/publish`, headers });
  if (published.statusCode !== 200) throw new Error(`publish unit: ${published.body}`);
  return id;
}
