import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkStandard, standardRules, type Ruleset, type StandardSubject } from '../../src/catalog/domain/standard.js';
import { describeEachBackend } from '../support/backends.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { editorOf, institutionId } from './support.js';

const subject = (overrides: Partial<StandardSubject> = {}): StandardSubject => ({
  sbu: 240,
  durationWeeks: 10,
  description: 'Een beschrijving',
  learningOutcomes: ['Kan iets'],
  covers: ['B1-K1'],
  electiveCode: null,
  leadsTo: 'badge',
  ...overrides,
});
const ruleset = (rules: Record<string, unknown>): Ruleset => ({
  id: 'r',
  scope: 'sector',
  name: 'Test',
  version: 3,
  rules: standardRules.parse(rules),
});

describe('checking a unit against the agreed standard', () => {
  it('accepts every unit when the ruleset has no rules', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.option(fc.integer({ min: 1, max: 208 }), { nil: null }), (sbu, weeks) => {
        expect(checkStandard(subject({ sbu, durationWeeks: weeks }), [ruleset({})])).toEqual([]);
      }),
    );
  });

  it('names the rule, the ruleset and its version for every breach', () => {
    const issues = checkStandard(subject({ sbu: 90, durationWeeks: 30, description: ' ', learningOutcomes: [] }), [
      ruleset({ allowedSbu: [240, 60], maxWeeks: 20, requiredFields: ['description'], minLearningOutcomes: 2 }),
    ]);
    expect(issues).toEqual([
      { ruleset: 'Test', rulesetVersion: 3, rule: 'sbu-not-allowed', params: { sbu: 90, allowed: '60, 240' } },
      { ruleset: 'Test', rulesetVersion: 3, rule: 'too-long', params: { weeks: 30, max: 20 } },
      { ruleset: 'Test', rulesetVersion: 3, rule: 'field-missing', params: { field: 'description' } },
      { ruleset: 'Test', rulesetVersion: 3, rule: 'too-few-outcomes', params: { count: 0, min: 2 } },
    ]);
  });

  it('counts a keuzedeel as coverage and asks for a duration only when a duration rule exists', () => {
    expect(checkStandard(subject({ covers: [], electiveCode: 'K0909' }), [ruleset({ requiredFields: ['coverage'] })])).toEqual([]);
    expect(checkStandard(subject({ durationWeeks: null }), [ruleset({ minWeeks: 2 })]).map((i) => i.rule)).toEqual(['duration-missing']);
    expect(checkStandard(subject({ durationWeeks: null }), [ruleset({ allowedSbu: [240] })])).toEqual([]);
  });
});

describeEachBackend('the standard-units report', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend, { seed: true });
  });
  afterAll(async () => t.close());

  type Report = {
    total: number;
    checked: number;
    items: Array<{ code: string; issues: Array<{ rule: string; ruleset: string }> }>;
    byRule: Array<{ rule: string; units: number }>;
  };

  it('lists the published units that break a standard, with every reason', async () => {
    const report = (await t.app.inject({ url: '/api/catalog/standard-report?pageSize=100' })).json<Report>();
    expect(report.checked).toBeGreaterThan(report.total);
    const english = report.items.find((i) => i.code === 'K-ENG');
    expect(english?.issues.map((i) => `${i.ruleset}: ${i.rule}`)).toEqual([
      'Legoblokjes mbo (demo-afspraak): too-long',
      'Legoblokjes mbo (demo-afspraak): field-missing',
      'Amstelkade modulair (demo): too-long',
      'Amstelkade modulair (demo): too-few-outcomes',
    ]);
    expect(report.items.find((i) => i.code === 'APO-FZ1')).toBeUndefined();
  });

  it('checks an institution’s units again when its editor changes its standard, and audits the change', async () => {
    const own = await institutionId(t, '901A001');
    const editor = await editorOf(t, own);
    const before = (await t.app.inject({ url: `/api/catalog/standard-report?institution=${own}&rule=sbu-not-allowed` })).json<Report>();
    expect(before.total).toBe(0);
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/catalog/workspace/${own}/ruleset`,
      headers: editor.headers,
      payload: {
        name: 'Amstelkade modulair (demo)',
        rules: { allowedSbu: [240], minWeeks: 2, maxWeeks: 12, requiredFields: ['durationWeeks'], minLearningOutcomes: 1 },
      },
    });
    expect(response.json()).toMatchObject({ version: 2 });
    const after = (await t.app.inject({ url: `/api/catalog/standard-report?institution=${own}&rule=sbu-not-allowed` })).json<Report>();
    expect(after.items.map((i) => i.code).sort()).toEqual(['APO-LOG', 'SD-TEAM']);
    const events = (await t.database.rawQuery(
      "select count(*)::int as n from audit_events where action = 'catalog.ruleset-changed'",
      [],
    )) as Array<{ n: number }>;
    expect(events[0]?.n).toBe(1);
    const sector = await t.app.inject({
      method: 'PUT',
      url: '/api/catalog/rulesets/sector',
      headers: editor.headers,
      payload: { name: 'x', rules: {} },
    });
    expect(sector.statusCode).toBe(403);
  });
});
