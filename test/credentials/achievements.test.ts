import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.js';
import { rowCountFingerprint } from '../support/row-counts.js';
import { createTestApp, type PersonHeaders, type TestApp } from '../support/test-app.js';
import { issuingInstitutionId, loginAsIssuer } from './fixtures.js';

/** A valid microcredential, aligned to a kwalificatie, a core task and a keuzedeel of the demo data. */
export function microcredential(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Veilig werken met gevaarlijke stoffen',
    description: 'De deelnemer werkt veilig met gevaarlijke stoffen in de apotheek.',
    criteria: 'Praktijkopdracht, beoordeeld door twee assessoren.',
    achievementType: 'MicroCredential',
    sbu: 28,
    eqfLevel: 4,
    nlqfLevel: '4',
    learningOutcomes: ['Herkent gevarensymbolen', 'Slaat stoffen veilig op'],
    assessmentType: 'practical-assessment',
    participation: 'blended',
    qualityAssurance: 'Vastgesteld door de examencommissie',
    alignments: [
      { kind: 'qualification', crebo: '27141' },
      { kind: 'core-task', crebo: '27141', code: 'B1-K2' },
      { kind: 'catalog-unit', url: 'https://amstelkade.example/eenheden/veilig-werken', name: 'Veilig werken' },
    ],
    tags: ['veiligheid'],
    enrolmentOpen: true,
    ...overrides,
  };
}

describeEachBackend('achievements (badge classes)', (backend) => {
  let t: TestApp;
  let institutionId: string;
  let issuer: PersonHeaders;
  beforeAll(async () => {
    t = await createTestApp(backend, { seed: true });
    institutionId = await issuingInstitutionId(t);
    issuer = await loginAsIssuer(t, institutionId);
  });
  afterAll(async () => t.close());

  const create = (payload: unknown, headers = issuer.headers) =>
    t.app.inject({
      method: 'POST',
      url: `/api/credentials/institutions/${institutionId}/achievements`,
      headers,
      payload: payload as object,
    });

  it('creates a microcredential with resolved alignments and publishes it as an Open Badges Achievement', async () => {
    const response = await create(microcredential());
    expect(response.statusCode, response.body).toBe(201);
    const { id } = response.json<{ id: string }>();
    const detail = await t.app.inject({ method: 'GET', url: `/api/credentials/achievements/${id}` });
    expect(detail.json()).toMatchObject({
      name: 'Veilig werken met gevaarlijke stoffen',
      sbu: 28,
      alignments: [
        { kind: 'qualification', code: '27141', name: 'Apothekersassistent' },
        { kind: 'core-task', code: 'B1-K2', crebo: '27141', name: 'Voert logistieke taken uit in de apotheek' },
        { kind: 'catalog-unit', name: 'Veilig werken' },
      ],
    });
    const published = await t.app.inject({ method: 'GET', url: `/credentials/achievements/${id}` });
    expect(published.json()).toMatchObject({
      type: ['Achievement'],
      achievementType: 'MicroCredential',
      criteria: { narrative: 'Praktijkopdracht, beoordeeld door twee assessoren.' },
      'https://purl.doorpakken.nl/mbo#studyLoadSbu': 28,
    });
    const image = await t.app.inject({ method: 'GET', url: `/credentials/achievements/${id}/image` });
    expect(image.headers['content-type']).toContain('image/svg+xml');
    const audit = await t.database.rawQuery(`select details from audit_events where action = 'credentials.achievement-created'`, []);
    expect(audit).toEqual([{ details: { achievementType: 'MicroCredential', sbu: 28 } }]);
  });

  it('requires study load for every achievement and the Edubadges fields for a microcredential', async () => {
    const before = await rowCountFingerprint(t.database.db);
    const noSbu = await create({ ...microcredential(), sbu: undefined });
    expect(noSbu.statusCode).toBe(400);
    const bare = await create(microcredential({ eqfLevel: null, learningOutcomes: [], participation: null, qualityAssurance: null }));
    expect(bare.statusCode).toBe(400);
    expect(
      bare
        .json<{ errors: Array<{ path: string; code: string }> }>()
        .errors.map((e) => e.path)
        .sort(),
    ).toEqual(['body/eqfLevel', 'body/learningOutcomes', 'body/participation', 'body/qualityAssurance']);
    const conflicting = await create(microcredential({ eqfLevel: 3, nlqfLevel: '4' }));
    expect(conflicting.json()).toMatchObject({ code: 'validation-failed', errors: [{ path: 'body/nlqfLevel', code: 'conflict' }] });
    expect(await rowCountFingerprint(t.database.db)).toBe(before);
  });

  it('refuses alignments to kwalificaties or keuzedelen that do not exist', async () => {
    const response = await create(microcredential({ alignments: [{ kind: 'elective', code: 'K0000' }] }));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ path: 'body/alignments/0', code: 'unknown-reference' }] });
  });

  it('lets a plain badge go without the microcredential fields', async () => {
    const response = await create({
      name: 'EHBO op de werkvloer',
      description: 'Basis eerste hulp.',
      criteria: 'Deelname aan de training.',
      achievementType: 'Badge',
      sbu: 8,
      assessmentType: 'participation-only',
    });
    expect(response.statusCode, response.body).toBe(201);
  });

  it('updates and archives an achievement, after which it leaves the public catalogue', async () => {
    const { id } = (await create(microcredential({ name: 'Voorraadbeheer' }))).json<{ id: string }>();
    const update = await t.app.inject({
      method: 'PUT',
      url: `/api/credentials/achievements/${id}`,
      headers: issuer.headers,
      payload: microcredential({ name: 'Voorraadbeheer in de apotheek' }),
    });
    expect(update.statusCode, update.body).toBe(200);
    const listed = await t.app.inject({ method: 'GET', url: '/api/credentials/achievements?q=Voorraadbeheer' });
    expect(listed.json<{ items: Array<{ name: string }> }>().items.map((i) => i.name)).toEqual(['Voorraadbeheer in de apotheek']);
    const archive = await t.app.inject({ method: 'POST', url: `/api/credentials/achievements/${id}/archive`, headers: issuer.headers });
    expect(archive.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/credentials/achievements?q=Voorraadbeheer' });
    expect(after.json()).toMatchObject({ total: 0 });
    const own = await t.app.inject({
      method: 'GET',
      url: `/api/credentials/institutions/${institutionId}/achievements?q=Voorraadbeheer`,
      headers: issuer.headers,
    });
    expect(own.json()).toMatchObject({ total: 1, items: [{ archived: true, awardCount: 0 }] });
  });

  it('keeps a catalogue editor of the same institution out', async () => {
    const editor = await t.loginAs({ grants: [{ role: 'catalog_editor', scope: 'institution', scopeId: institutionId }] });
    expect((await create(microcredential(), editor.headers)).statusCode).toBe(403);
  });
});
