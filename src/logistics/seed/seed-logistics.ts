import { recordAuditEvent, type ModuleContext } from '../../platform/index.js';
import { findInstitutions, findQualification } from '../../reference/index.js';
import { generateInstitution, practiceRoomFor, type DemoProgramme } from '../domain/generate.js';
import type { ScenarioInputs } from '../domain/inputs.js';
import { demoScenarioExists, insertScenario } from '../store/scenarios.js';

/** The programmes of ROC Amstelkade's demo planner (kwalificaties from the reference data). */
const amstelkadeCrebos = ['27141', '25604', '25606', '25655', '25480', '25508', '25250', '25180', '25181', '25536'];
/** Every kwalificatie of the demo reference data, for the 200-cell benchmark institution. */
const allDemoCrebos = [...amstelkadeCrebos, '25605', '25253', '25462', '25463', '25434', '25431', '25260', '25520', '25407', '25701'];

async function programmes(context: ModuleContext, crebos: readonly string[]): Promise<DemoProgramme[]> {
  const found: DemoProgramme[] = [];
  for (const crebo of crebos) {
    const q = await findQualification(context.db, crebo);
    if (q) found.push({ crebo: q.crebo, title: q.title, niveau: q.niveau, practiceRoomType: practiceRoomFor(q.title) });
  }
  return found;
}

/** Amstelkade's baseline: realistic numbers; Software developer's first year is below today's 700 hours (it passes under bill 36670). */
function amstelkadeBaseline(list: readonly DemoProgramme[]): ScenarioInputs {
  const inputs = generateInstitution({ programmes: list, minCells: 0, seed: 901 });
  return {
    ...inputs,
    cells: inputs.cells.map((c) =>
      c.crebo === '25604' && c.leerweg === 'BOL' && c.year === 1 ? { ...c, botHours: 650, bpvHours: 250 } : c,
    ),
  };
}

async function ensureScenario(
  context: ModuleContext,
  institutionId: string,
  name: string,
  description: string,
  kind: 'baseline' | 'variant',
  inputs: ScenarioInputs,
): Promise<void> {
  if (await demoScenarioExists(context.db, institutionId, name)) return;
  await context.db.transaction().execute(async (trx) => {
    const id = await insertScenario(trx, {
      institutionId,
      name,
      description,
      kind,
      basedOnId: null,
      ownerPersonId: null,
      shared: true,
      inputs,
      isDemo: true,
    });
    await recordAuditEvent(trx, {
      actor: { kind: 'system' },
      action: 'logistics.scenario-created',
      subjectType: 'logistics-scenario',
      subjectId: id,
      institutionId,
      details: { kind, shared: true, demo: true },
    });
  });
}

/** Demo scenarios: ROC Amstelkade's baseline and a variant with four intake moments; a 200-cell institution at Deltavak. */
export async function seedLogistics(context: ModuleContext): Promise<void> {
  const [amstelkade] = await findInstitutions(context.db, { q: '901A001' });
  if (amstelkade) {
    const baseline = amstelkadeBaseline(await programmes(context, amstelkadeCrebos));
    await ensureScenario(
      context,
      amstelkade.id,
      'Basisscenario 2026–2027 (demo)',
      'Demogegevens: huidige opleidingen met één instroommoment per jaar.',
      'baseline',
      baseline,
    );
    await ensureScenario(
      context,
      amstelkade.id,
      'Vier instroommomenten (demo)',
      'Demogegevens: hetzelfde aanbod met vier instroommomenten en samenvoegen van kleine groepen.',
      'variant',
      { ...baseline, concept: { ...baseline.concept, intakeMoments: 4 } },
    );
  }
  const [deltavak] = await findInstitutions(context.db, { q: '902A001' });
  if (deltavak) {
    await ensureScenario(
      context,
      deltavak.id,
      'Benchmarkinstelling 200 cellen (demo)',
      'Demogegevens: gegenereerde instelling met ruim 200 cellen.',
      'baseline',
      generateInstitution({ programmes: await programmes(context, allDemoCrebos), minCells: 200, seed: 902 }),
    );
  }
}
