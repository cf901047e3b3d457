import { emptyInputs, type ScenarioInputs } from '../../../src/logistics/domain/inputs.js';
import { insertScenario } from '../../../src/logistics/store/scenarios.js';
import { allow, type MatrixRow, type Target } from '../matrix-kit.js';
import type { Caller, MatrixWorld } from '../matrix-callers.js';
import type { TestApp } from '../../support/test-app.js';

const institutionOf = (world: MatrixWorld, target: Target): string =>
  target === 'own' ? world.ownInstitutionId : world.otherInstitutionId;
const inputs: ScenarioInputs = {
  ...emptyInputs(),
  cells: [
    {
      crebo: '25604',
      title: 'Software developer',
      niveau: 4,
      leerweg: 'BOL',
      year: 1,
      programmeYears: 3,
      students: 40,
      totalHours: 1600,
      botHours: 850,
      bpvHours: 200,
      theoryRoomType: 'theorielokaal',
      practiceRoomType: 'praktijklokaal',
    },
  ],
};

/** A fresh shared scenario at the target institution (each request gets its own, so that deletes do not affect later callers). */
async function scenarioAt(t: TestApp, world: MatrixWorld, target: Target): Promise<string> {
  return insertScenario(t.database.db, {
    institutionId: institutionOf(world, target),
    name: 'Matrix',
    description: null,
    kind: 'variant',
    basedOnId: null,
    ownerPersonId: null,
    shared: true,
    inputs,
  });
}

const planner = (caller: Caller, target: Target): boolean => target === 'own' && caller.label === 'logistics_planner';
const plannerOrClient = (caller: Caller, target: Target): boolean =>
  planner(caller, target) || (target === 'own' && caller.kind === 'client');
const publicPost = (url: string, payload: unknown): MatrixRow => ({
  method: 'POST',
  url,
  targets: ['own'],
  request: () => ({ url, payload }),
  allow: allow.everyone,
});

/** Routes of the logistics module. */
export const logisticsRows: readonly MatrixRow[] = [
  {
    method: 'GET',
    url: '/api/logistics/rulesets',
    targets: ['own'],
    request: () => ({ url: '/api/logistics/rulesets' }),
    allow: allow.everyone,
  },
  {
    method: 'GET',
    url: '/api/logistics/student-numbers/template.csv',
    targets: ['own'],
    request: () => ({ url: '/api/logistics/student-numbers/template.csv' }),
    allow: allow.everyone,
  },
  publicPost('/api/logistics/calculations', { inputs }),
  publicPost('/api/logistics/forecasts', { inputs, settings: { horizon: 2, inflowTrendPercent: 0, changes: [] } }),
  {
    method: 'POST',
    url: '/api/logistics/simulations',
    targets: ['own'],
    request: () => ({ url: '/api/logistics/simulations', payload: { inputs, runs: 2 } }),
    allow: (caller) => caller.label === 'logistics_planner' || caller.kind === 'client',
  },
  {
    method: 'GET',
    url: '/api/logistics/institutions/:institutionId/scenarios',
    request: ({ world, target }) => ({ url: `/api/logistics/institutions/${institutionOf(world, target)}/scenarios` }),
    allow: plannerOrClient,
  },
  {
    method: 'POST',
    url: '/api/logistics/institutions/:institutionId/scenarios',
    request: ({ world, target }) => ({
      url: `/api/logistics/institutions/${institutionOf(world, target)}/scenarios`,
      payload: { name: 'Matrix' },
    }),
    allow: planner,
  },
  {
    method: 'GET',
    url: '/api/logistics/scenarios/:id',
    request: async ({ t, world, target }) => ({ url: `/api/logistics/scenarios/${await scenarioAt(t, world, target)}` }),
    allow: plannerOrClient,
  },
  {
    method: 'PUT',
    url: '/api/logistics/scenarios/:id',
    request: async ({ t, world, target }) => ({
      url: `/api/logistics/scenarios/${await scenarioAt(t, world, target)}`,
      payload: { version: 1, name: 'Matrix bewaard' },
    }),
    allow: planner,
  },
  {
    method: 'DELETE',
    url: '/api/logistics/scenarios/:id',
    request: async ({ t, world, target }) => ({ url: `/api/logistics/scenarios/${await scenarioAt(t, world, target)}` }),
    allow: planner,
  },
  {
    method: 'POST',
    url: '/api/logistics/scenarios/:id/duplicate',
    request: async ({ t, world, target }) => ({
      url: `/api/logistics/scenarios/${await scenarioAt(t, world, target)}/duplicate`,
      payload: {},
    }),
    allow: planner,
  },
  {
    method: 'POST',
    url: '/api/logistics/scenarios/:id/student-numbers',
    request: async ({ t, world, target }) => ({
      url: `/api/logistics/scenarios/${await scenarioAt(t, world, target)}/student-numbers?dryRun=true`,
      payload: 'crebo;leerweg;leerjaar;studenten\n25604;BOL;1;50\n',
      contentType: 'text/csv',
    }),
    allow: plannerOrClient,
  },
  {
    method: 'GET',
    url: '/api/logistics/scenarios/:id/report.csv',
    request: async ({ t, world, target }) => ({ url: `/api/logistics/scenarios/${await scenarioAt(t, world, target)}/report.csv` }),
    allow: plannerOrClient,
  },
  {
    method: 'GET',
    url: '/api/logistics/scenarios/:id/report.pdf',
    request: async ({ t, world, target }) => ({ url: `/api/logistics/scenarios/${await scenarioAt(t, world, target)}/report.pdf` }),
    allow: plannerOrClient,
  },
];
