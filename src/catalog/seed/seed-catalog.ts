import { tablesOf, type ModuleContext } from '../../platform/index.js';
import { standardRules } from '../domain/standard.js';
import { refreshUnits } from '../store/derived.js';
import { insertItem, markLifecycle } from '../store/items.js';
import { putRuleset } from '../store/rulesets.js';
import type { CatalogTables } from '../store/tables.js';
import { demoInstitutionRuleset, demoProgrammes, demoSectorRuleset, demoSessions, demoUnits } from './demo-catalog.js';

const system = { actorType: 'system', actorId: null } as const;

/** Loads the small demo catalogue, published; items that already exist (by code) are left as they are. */
export async function seedCatalog(context: ModuleContext): Promise<void> {
  await context.db.transaction().execute(async (trx) => {
    const d = tablesOf<CatalogTables>(trx);
    const institutions = new Map((await d.selectFrom('institutions').select(['id', 'code']).execute()).map((i) => [i.code, i.id]));
    const existing = async (
      table: 'catalog_programmes' | 'catalog_units' | 'catalog_offerings' | 'catalog_sessions',
      institutionId: string,
      code: string,
    ) =>
      (
        await d
          .selectFrom(table)
          .select('id')
          .where('institution_id', '=', institutionId)
          .where('code', '=', code)
          .where('source_id', 'is', null)
          .executeTakeFirst()
      )?.id;

    const sessions = new Map<string, string>();
    for (const [code, institutionId] of institutions) {
      if (!demoUnits.some((u) => u.institution === code)) continue;
      for (const s of demoSessions) {
        const parentId = 'parent' in s ? (sessions.get(`${code}:${s.parent}`) ?? null) : null;
        const id =
          (await existing('catalog_sessions', institutionId, s.code)) ??
          (await insertItem(
            trx,
            'sessions',
            institutionId,
            { code: s.code, name: s.name, sessionType: s.type, startDate: s.start, endDate: s.end, parentId },
            { isDemo: true },
          ));
        sessions.set(`${code}:${s.code}`, id);
      }
    }

    const programmes = new Map<string, string>();
    for (const p of demoProgrammes) {
      const institutionId = institutions.get(p.institution);
      if (!institutionId) continue;
      let id = await existing('catalog_programmes', institutionId, p.code);
      if (!id) {
        id = await insertItem(
          trx,
          'programmes',
          institutionId,
          {
            code: p.code,
            title: p.title,
            description: null,
            crebo: p.crebo,
            leerweg: p.leerweg,
            niveau: p.niveau,
            durationMonths: p.months,
          },
          { isDemo: true },
        );
        await markLifecycle(trx, 'programmes', [id], { status: 'published', ...system });
      }
      programmes.set(`${p.institution}:${p.code}`, id);
    }

    const touched: string[] = [];
    for (const u of demoUnits) {
      const institutionId = institutions.get(u.institution);
      if (!institutionId || (await existing('catalog_units', institutionId, u.code))) continue;
      const unitId = await insertItem(
        trx,
        'units',
        institutionId,
        {
          code: u.code,
          kind: 'course',
          componentType: null,
          programmeId: u.programme ? (programmes.get(`${u.institution}:${u.programme}`) ?? null) : null,
          parentUnitId: null,
          title: u.title,
          description: u.description,
          sbu: u.sbu,
          durationWeeks: u.weeks,
          learningOutcomes: [...u.outcomes],
          crebo: u.crebo ?? null,
          electiveCode: u.elective ?? null,
          covers: [...(u.covers ?? [])],
          leerwegen: [...(u.leerwegen ?? ['BOL', 'BBL'])],
          standalone: u.standalone,
          leadsTo: u.leadsTo ?? null,
          language: 'nl-NL',
        },
        { isDemo: true },
      );
      await markLifecycle(trx, 'units', [unitId], { status: 'published', ...system });
      const offeringIds: string[] = [];
      for (const [index, o] of u.offerings.entries()) {
        const session =
          o.start && o.start >= '2027-02-01' && o.start < '2027-04-19'
            ? sessions.get(`${u.institution}:2027-P3`)
            : sessions.get(`${u.institution}:2026-2027`);
        offeringIds.push(
          await insertItem(
            trx,
            'offerings',
            institutionId,
            {
              code: `${u.code}-${index + 1}`,
              programmeId: null,
              unitId,
              sessionId: o.start && o.start < '2027-08-01' ? (session ?? null) : null,
              locationCode: o.location,
              intake: o.intake,
              startDate: o.start ?? null,
              endDate: o.end ?? null,
              mode: o.mode,
              priceCents: o.price,
              capacity: o.capacity ?? null,
              applicationStart: o.start ? '2026-10-01' : null,
              applicationEnd: o.start ? minusDays(o.start, 14) : null,
            },
            { isDemo: true },
          ),
        );
      }
      await markLifecycle(trx, 'offerings', offeringIds, { status: 'published', ...system });
      touched.push(unitId);
    }
    for (const p of demoProgrammes) {
      const institutionId = institutions.get(p.institution);
      const programmeId = programmes.get(`${p.institution}:${p.code}`);
      if (!institutionId || !programmeId || (await existing('catalog_offerings', institutionId, `${p.code}-2027`))) continue;
      const id = await insertItem(
        trx,
        'offerings',
        institutionId,
        {
          code: `${p.code}-2027`,
          programmeId,
          unitId: null,
          sessionId: null,
          locationCode: `${p.institution.slice(0, 3)}X001`,
          intake: 'fixed',
          startDate: '2027-08-30',
          endDate: null,
          mode: 'on_site',
          priceCents: null,
          capacity: 60,
          applicationStart: '2026-10-01',
          applicationEnd: '2027-04-01',
        },
        { isDemo: true },
      );
      await markLifecycle(trx, 'offerings', [id], { status: 'published', ...system });
    }

    await putRuleset(
      trx,
      { institutionId: null },
      { name: demoSectorRuleset.name, rules: standardRules.parse(demoSectorRuleset.rules), isDemo: true },
    );
    const amstelkade = institutions.get(demoInstitutionRuleset.institution);
    if (amstelkade) {
      await putRuleset(
        trx,
        { institutionId: amstelkade },
        { name: demoInstitutionRuleset.name, rules: standardRules.parse(demoInstitutionRuleset.rules), isDemo: true },
      );
    }
    // Only what this run created: existing units keep their search rows (a national demo catalogue may hold 100,000 of them).
    await refreshUnits(trx, touched);
  });
}

function minusDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}
