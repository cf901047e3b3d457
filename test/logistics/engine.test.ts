import { describe, expect, it } from 'vitest';
import { computeScenario } from '../../src/logistics/domain/engine.js';
import { explainCell, explainableOutputs, explainableTotals, explainTotal } from '../../src/logistics/domain/explain.js';
import { generateInstitution } from '../../src/logistics/domain/generate.js';
import { cohortSizes, startCohorts } from '../../src/logistics/domain/groups.js';
import { defaultParameters, scenarioInputsSchema, type CellInput, type ScenarioInputs } from '../../src/logistics/domain/inputs.js';
import { spreadsheetScenario } from '../../src/logistics/domain/spreadsheet-reference.js';

const rooms = [
  { key: 'theorie', name: 'Theorie', count: 2, capacity: 30, hoursPerWeek: 40 },
  { key: 'praktijk', name: 'Praktijk', count: 1, capacity: 16, hoursPerWeek: 40 },
];

function cell(overrides: Partial<CellInput> = {}): CellInput {
  return {
    crebo: '25604',
    title: 'Software developer',
    niveau: 4,
    leerweg: 'BOL',
    year: 1,
    programmeYears: 3,
    students: 48,
    totalHours: 1600,
    botHours: 800,
    bpvHours: 0,
    theoryRoomType: 'theorie',
    practiceRoomType: 'praktijk',
    ...overrides,
  };
}

function scenario(cells: CellInput[], overrides: Partial<ScenarioInputs> = {}): ScenarioInputs {
  return {
    rulesetId: 'web-7.2.7',
    concept: {
      groupSizeTheory: 24,
      groupSizePractice: 16,
      minGroupSize: 8,
      theoryPercent: 50,
      onlinePercent: 0,
      onlineSavingPercent: 0,
      elsewherePercent: 0,
      intakeMoments: 1,
      smallGroupPolicy: 'merge',
    },
    parameters: { ...defaultParameters(), loadFactor: 1.5, hoursPerFte: 1600, costPerFteCents: 8_000_000, bpvSupervisionHours: 10 },
    rooms,
    cells,
    ...overrides,
  };
}

describe('the analytic engine', () => {
  it('computes groups, contact hours, FTE and cost of a cell as worked out by hand', () => {
    // 48 students: 2 theory groups of 24 and 3 practice groups of 16; 400 theory and 400 practice hours each.
    const result = computeScenario(scenario([cell()]));
    const c = result.cells[0]!;
    expect([c.groupsTheory, c.groupsPractice]).toEqual([2, 3]);
    expect(c.contactHours).toBe(2 * 400 + 3 * 400);
    expect(c.teacherHours).toBe(2000 * 1.5);
    expect(c.fte).toBe(3000 / 1600);
    expect(c.costCents).toBe((3000 / 1600) * 8_000_000);
    expect(c.costPerStudentCents).toBe(15_000_000 / 48);
    expect(c.fillRate).toBe(1);
    expect(c.waitMeanWeeks).toBe(26);
    expect(c.waitP90Weeks).toBeCloseTo(0.9 * 52, 10);
  });

  it('adds BPV supervision, seats elsewhere and the online saving to the teacher hours', () => {
    const base = scenario([cell({ bpvHours: 400 })]);
    const withExtras = {
      ...base,
      concept: { ...base.concept, onlinePercent: 20, onlineSavingPercent: 50, elsewherePercent: 10 },
    };
    const c = computeScenario(withExtras).cells[0]!;
    const ownBot = 800 * 0.9;
    const theory = 2 * ownBot * 0.5 * (1 - 0.2 * 0.5);
    const practice = 3 * ownBot * 0.5;
    const seats = (48 * 800 * 0.1 * (1 - 0.1) * 1.5) / 24;
    expect(c.teacherHours).toBeCloseTo((theory + practice) * 1.5 + seats + 48 * 10, 9);
  });

  it('rounds cost half up to the cent once per cell and adds cells up exactly', () => {
    const inputs = scenario([cell({ students: 7 }), cell({ crebo: '25605', students: 13 })], {
      parameters: { ...defaultParameters(), hoursPerFte: 1659, costPerFteCents: 8_500_001, loadFactor: 1.37 },
    });
    const result = computeScenario(inputs);
    for (const c of result.cells) {
      expect(Number.isInteger(c.costCents)).toBe(true);
      expect(Math.abs(c.costCents - (c.teacherHours * 8_500_001) / 1659)).toBeLessThanOrEqual(0.5 + 1e-6);
    }
    expect(result.totals.costCents).toBe(result.cells.reduce((s, c) => s + c.costCents, 0));
  });

  it.each([11, 902])('agrees with the plain spreadsheet formulas to the cent on a generated institution of 200 cells (seed %i)', (seed) => {
    // Seed 902 has cells whose cost per student is exactly half a cent above a whole cent.
    const inputs = generateInstitution({ programmes: [], minCells: 200, seed });
    expect(scenarioInputsSchema.safeParse(inputs).success).toBe(true);
    const engine = computeScenario(inputs);
    const sheet = spreadsheetScenario(inputs);
    expect(sheet.rows.map((r) => [r.key, r.groups, r.costCents, r.costPerStudentCents])).toEqual(
      engine.cells.map((c) => [c.key, c.groupsTheory + c.groupsPractice, c.costCents, c.costPerStudentCents]),
    );
    expect(sheet.totalCostCents).toBe(engine.totals.costCents);
  });

  it('spreads arrivals over the intake moments and postpones cohorts below the minimum', () => {
    expect(cohortSizes(10, 4)).toEqual([2, 3, 2, 3]);
    expect(cohortSizes(0, 3)).toEqual([0, 0, 0]);
    expect(startCohorts([3, 3, 10, 2], 5, 'postpone')).toEqual({ starting: [0, 6, 10, 2], extraIntervals: [1, 0, 0, 0] });
    expect(startCohorts([3, 3, 10, 2], 5, 'merge')).toEqual({ starting: [3, 3, 10, 2], extraIntervals: [0, 0, 0, 0] });
  });

  it('shortens the wait and lowers the fill rate as intake moments are added', () => {
    const one = computeScenario(scenario([cell({ students: 60 })]));
    const inputs = scenario([cell({ students: 60 })]);
    const four = computeScenario({ ...inputs, concept: { ...inputs.concept, intakeMoments: 4 } });
    expect(four.totals.waitMeanWeeks).toBe(one.totals.waitMeanWeeks / 4);
    expect(four.totals.fillRate).toBeLessThan(one.totals.fillRate);
    expect(four.totals.fte).toBeGreaterThan(one.totals.fte);
  });

  it('lets postponed students wait longer than merged ones', () => {
    const inputs = scenario([cell({ students: 20 })]);
    const concept = { ...inputs.concept, intakeMoments: 4, minGroupSize: 8 };
    const merge = computeScenario({ ...inputs, concept: { ...concept, smallGroupPolicy: 'merge' } });
    const postpone = computeScenario({ ...inputs, concept: { ...concept, smallGroupPolicy: 'postpone' } });
    expect(merge.totals.waitMeanWeeks).toBe(6.5);
    expect(postpone.totals.waitMeanWeeks).toBeGreaterThan(merge.totals.waitMeanWeeks);
    expect(postpone.totals.waitP90Weeks).toBeGreaterThan(merge.totals.waitP90Weeks);
  });

  it('fails a first year below 700 hours today and passes it under bill 36670', () => {
    const cells = [
      cell({ botHours: 650, bpvHours: 200 }),
      cell({ year: 2, botHours: 700, bpvHours: 400 }),
      cell({ year: 3, botHours: 600, bpvHours: 700 }),
    ];
    const today = computeScenario(scenario(cells));
    expect(today.cells[0]!.hourNorms.failures).toEqual([{ rule: 'bol-first-year-bot', measured: 650, required: 700 }]);
    expect(today.cells[1]!.hourNorms.pass).toBe(true);
    const pending = computeScenario(scenario(cells, { rulesetId: 'web-7.2.7-wetsvoorstel-36670' }));
    expect(pending.cells.every((c) => c.hourNorms.pass)).toBe(true);
  });

  it('checks the programme totals over all years and marks them extrapolated when years are missing', () => {
    const result = computeScenario(scenario([cell({ botHours: 700, bpvHours: 100 })]));
    const rules = result.cells[0]!.hourNorms.failures.map((f) => [f.rule, f.measured, f.required, f.extrapolated]);
    expect(rules).toEqual([
      ['bol-programme-bpv', 300, 900, true],
      ['bol-programme-total', 2400, 3000, true],
    ]);
  });

  it('applies the BBL minimums to every year', () => {
    const result = computeScenario(scenario([cell({ leerweg: 'BBL', botHours: 150, bpvHours: 600 })]));
    expect(result.cells[0]!.hourNorms.failures.map((f) => f.rule)).toEqual(['bbl-year-bot', 'bbl-year-bpv', 'bbl-year-total']);
  });

  it('flags more contact hours per school week than the cap and a weekly load above 40 hours', () => {
    const result = computeScenario(scenario([cell({ totalHours: 1700, botHours: 1200, bpvHours: 320 })]));
    const load = result.cells[0]!.studyLoad;
    expect(load.failures.map((f) => f.rule)).toEqual(['weekly-load', 'contact-cap']);
    expect(load.weeklyContact).toBe(1200 / (40 - 320 / 32));
  });

  it('reports peak rooms, utilisation and a shortfall per room type', () => {
    const result = computeScenario(scenario([cell({ students: 96 })]));
    const practice = result.totals.rooms.find((r) => r.key === 'praktijk')!;
    // 6 practice groups × 400 hours over 40 weeks = 60 room hours a week: 2 rooms of 40 hours, 1 available.
    expect(practice.neededHoursPerWeek).toBe(60);
    expect(practice.peakRooms).toBe(2);
    expect(practice.shortfall).toBe(1);
    expect(practice.utilisation).toBe(1.5);
  });

  it('explains every output of a cell with its formula and the values it used', () => {
    const inputs = scenario([cell()]);
    const result = computeScenario(inputs);
    for (const output of explainableOutputs) {
      const explanation = explainCell(inputs, result, result.cells[0]!.key, output);
      expect(explanation?.formula, output).toMatch(/=|:/);
      expect(explanation?.terms.length, output).toBeGreaterThan(0);
    }
    expect(explainCell(inputs, result, result.cells[0]!.key, 'fte')).toEqual({
      output: 'fte',
      formula: 'fte = teacherHours / hoursPerFte',
      terms: [
        { name: 'teacherHours', value: 3000 },
        { name: 'hoursPerFte', value: 1600 },
      ],
      value: 3000 / 1600,
    });
    expect(explainCell(inputs, result, 'nope', 'fte')).toBeUndefined();
  });

  it('explains every output of the totals, room outputs per room type', () => {
    const inputs = scenario([cell({ students: 96 }), cell({ crebo: '25655', students: 30, bpvHours: 400 })]);
    const result = computeScenario(inputs);
    for (const output of explainableTotals) {
      const explanation = explainTotal(inputs, result, output, 'praktijk');
      expect(explanation?.formula, output).toMatch(/=|:/);
      expect(explanation?.terms.length, output).toBeGreaterThan(0);
    }
    expect(explainTotal(inputs, result, 'fte')?.value).toBe(result.totals.fte);
    expect(explainTotal(inputs, result, 'peakRooms', 'praktijk')).toMatchObject({
      value: 2,
      terms: expect.arrayContaining([{ name: 'roomHoursPerWeek', value: 60 + (2 * 400) / 40 }]),
    });
  });

  it('gives zero rather than NaN for a cell without students', () => {
    const c = computeScenario(scenario([cell({ students: 0 })])).cells[0]!;
    expect([c.fillRate, c.costPerStudentCents, c.studentsPerFte, c.waitMeanWeeks]).toEqual([0, 0, 0, 0]);
  });
});
