import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellGroups, computeScenario, exactTeacherHours, roundHalfUp, type EngineResult } from '../../src/logistics/domain/engine.js';
import { defaultParameters, resolveCell, scenarioInputsSchema, type ScenarioInputs } from '../../src/logistics/domain/inputs.js';
import { spreadsheetScenario } from '../../src/logistics/domain/spreadsheet-reference.js';
import { inputsArb } from './arbitraries.js';

function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) for (const v of value) numbersIn(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) numbersIn(v, out);
  return out;
}

/** A cell's exact cost in cents, as the fraction of whole numbers the engine rounds. */
function exactCostCents(inputs: ScenarioInputs, raw: ScenarioInputs['cells'][number]): { numerator: bigint; denominator: bigint } {
  const cell = resolveCell(raw, inputs.concept);
  const g = cellGroups(cell);
  const exact = exactTeacherHours(cell, g.groupsTheory, g.groupsPractice, inputs.parameters);
  return {
    numerator: exact.numerator * BigInt(inputs.parameters.costPerFteCents),
    denominator: exact.denominator * BigInt(inputs.parameters.hoursPerFte),
  };
}

/**
 * A spreadsheet keeps 15 significant digits, so it cannot tell a cost just below half a cent from one
 * just above it once the amount has that many digits (above some ten billion euros). True for a
 * cell whose exact cost lies within that resolution of a half cent; the engine computes it exactly.
 */
function beyondSpreadsheetPrecision(inputs: ScenarioInputs, raw: ScenarioInputs['cells'][number]): boolean {
  const { numerator, denominator } = exactCostCents(inputs, raw);
  if (numerator === 0n) return false;
  const euros = Number(numerator / denominator) / 100;
  const resolutionCents = 10 ** (Math.floor(Math.log10(Math.max(euros, 1))) + 1 - 15) * 100;
  const fromHalf = Math.abs(Number(numerator % denominator) / Number(denominator) - 0.5);
  return fromHalf <= resolutionCents;
}

function withStudents(inputs: ScenarioInputs, index: number, students: number): ScenarioInputs {
  return { ...inputs, cells: inputs.cells.map((c, i) => (i === index ? { ...c, students } : c)) };
}

describe('the engine for any valid input', () => {
  it('gives only finite numbers', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const result: EngineResult = computeScenario(inputs);
        for (const n of numbersIn(result)) expect(Number.isFinite(n)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('needs at least as many FTE when a cell gets more students', () => {
    fc.assert(
      fc.property(inputsArb, fc.nat(), fc.integer({ min: 1, max: 60 }), (inputs, pick, more) => {
        const index = pick % inputs.cells.length;
        const before = computeScenario(inputs);
        const after = computeScenario(withStudents(inputs, index, inputs.cells[index]!.students + more));
        expect(after.cells[index]!.fte).toBeGreaterThanOrEqual(before.cells[index]!.fte);
        expect(after.totals.fte).toBeGreaterThanOrEqual(before.totals.fte - 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('costs no more per student when groups get larger', () => {
    fc.assert(
      fc.property(inputsArb, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (inputs, addTheory, addPractice) => {
        const larger: ScenarioInputs = {
          ...inputs,
          concept: {
            ...inputs.concept,
            groupSizeTheory: inputs.concept.groupSizeTheory + addTheory,
            groupSizePractice: inputs.concept.groupSizePractice + addPractice,
          },
        };
        const before = computeScenario(inputs);
        const after = computeScenario(larger);
        after.cells.forEach((c, i) => expect(c.costPerStudentCents).toBeLessThanOrEqual(before.cells[i]!.costPerStudentCents));
        expect(after.totals.costPerStudentCents).toBeLessThanOrEqual(before.totals.costPerStudentCents);
      }),
      { numRuns: 300 },
    );
  });

  it('rounds every cost exactly: the fraction of whole numbers, half up, whatever floating point says', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const result = computeScenario(inputs);
        inputs.cells.forEach((raw, i) => {
          const { numerator, denominator } = exactCostCents(inputs, raw);
          expect(result.cells[i]!.costCents).toBe(Number(roundHalfUp(numerator, denominator)));
        });
      }),
      { numRuns: 500 },
    );
  });

  it('gives the wait P90 of a single intake cell as its own quantile', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const result = computeScenario(inputs);
        const intake = result.cells.filter((c) => c.students > 0 && c.key.endsWith('-1'));
        if (intake.length !== 1) return;
        expect(result.totals.waitP90Weeks).toBeCloseTo(intake[0]!.waitP90Weeks, 9);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the spreadsheet formulas to the cent', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const engine = computeScenario(inputs);
        const sheet = spreadsheetScenario(inputs);
        const undecidable = inputs.cells.map((raw) => beyondSpreadsheetPrecision(inputs, raw));
        expect(sheet.rows.map((r) => r.groups)).toEqual(engine.cells.map((c) => c.groupsTheory + c.groupsPractice));
        sheet.rows.forEach((row, i) => {
          const c = engine.cells[i]!;
          if (undecidable[i]) {
            // Within 15 significant digits this amount is a tie: a spreadsheet may round either way.
            expect(Math.abs(row.costCents - c.costCents)).toBeLessThanOrEqual(1);
            expect(Math.abs(row.costPerStudentCents - c.costPerStudentCents)).toBeLessThanOrEqual(1);
          } else {
            expect([row.costCents, row.costPerStudentCents]).toEqual([c.costCents, c.costPerStudentCents]);
          }
        });
        const ties = undecidable.filter(Boolean).length;
        expect(Math.abs(sheet.totalCostCents - engine.totals.costCents)).toBeLessThanOrEqual(ties);
        sheet.rows.forEach((row, i) => {
          const c = engine.cells[i]!;
          expect([row.meetsHourNorms, row.studeerbaar]).toEqual([c.hourNorms.pass, c.studyLoad.pass]);
          expect(row.fillRate).toBeCloseTo(c.fillRate, 9);
          expect(row.contactHours).toBeCloseTo(c.contactHours, 6);
          expect(row.fte).toBeCloseTo(c.fte, 9);
          expect(row.waitMeanWeeks).toBeCloseTo(c.waitMeanWeeks, 9);
        });
        expect(sheet.totals.waitMeanWeeks).toBeCloseTo(engine.totals.waitMeanWeeks, 9);
        expect(sheet.totals.fillRate).toBeCloseTo(engine.totals.fillRate, 9);
        expect(sheet.totals.peakRooms).toEqual(Object.fromEntries(engine.totals.rooms.map((r) => [r.key, r.peakRooms])));
      }),
      { numRuns: 500 },
    );
  });
});

describe("an amount beyond a spreadsheet's 15 significant digits", () => {
  // Some eight billion euros, 0.0003 cent below a half cent: found by the property above.
  const inputs = scenarioInputsSchema.parse({
    rulesetId: 'web-7.2.7',
    concept: {
      groupSizeTheory: 29,
      groupSizePractice: 10,
      theoryPercent: 27,
      onlinePercent: 25,
      onlineSavingPercent: 3,
      elsewherePercent: 1,
      intakeMoments: 4,
      smallGroupPolicy: 'merge',
      minGroupSize: 1,
    },
    parameters: { ...defaultParameters(), hoursPerFte: 12, loadFactor: 3.57, bpvSupervisionHours: 0, costPerFteCents: 99_999_990 },
    rooms: [
      { key: 'theorie', name: 'Theorie', count: 0, capacity: 1, hoursPerWeek: 1 },
      { key: 'praktijk', name: 'Praktijk', count: 0, capacity: 1, hoursPerWeek: 1 },
    ],
    cells: [
      {
        crebo: '10001',
        title: 'Opleiding 1',
        niveau: 1,
        leerweg: 'BOL',
        year: 1,
        programmeYears: 1,
        students: 236,
        totalHours: 1330,
        botHours: 1330,
        bpvHours: 0,
        theoryRoomType: 'theorie',
        practiceRoomType: 'praktijk',
      },
    ],
  });

  it('is rounded down by the engine, which computes exactly, and is a tie to the spreadsheet', () => {
    expect(computeScenario(inputs).cells[0]!.costCents).toBe(815_450_956_150);
    expect(spreadsheetScenario(inputs).rows[0]!.costCents).toBe(815_450_956_151);
    expect(beyondSpreadsheetPrecision(inputs, inputs.cells[0]!)).toBe(true);
  });
});

describe('bad input', () => {
  const valid = fc.sample(inputsArb, { numRuns: 1, seed: 42 })[0]!;
  const paths = (inputs: unknown) => {
    const parsed = scenarioInputsSchema.safeParse(inputs);
    return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
  };
  const first = valid.cells[0]!;
  const withCell = (patch: Record<string, unknown>) => ({ ...valid, cells: [{ ...first, ...patch }, ...valid.cells.slice(1)] });

  it('names the field of negative or fractional students', () => {
    expect(paths(withCell({ students: -1 }))).toContain('cells.0.students');
    expect(paths(withCell({ students: 2.5 }))).toContain('cells.0.students');
  });

  it('names a group size of zero', () => {
    expect(paths({ ...valid, concept: { ...valid.concept, groupSizeTheory: 0 } })).toContain('concept.groupSizeTheory');
    expect(paths(withCell({ groupSizePractice: 0 }))).toContain('cells.0.groupSizePractice');
  });

  it('names more BPV than the total hours', () => {
    expect(paths(withCell({ totalHours: 100, botHours: 0, bpvHours: 150 }))).toContain('cells.0.bpvHours');
  });

  it('names a room without capacity', () => {
    expect(paths({ ...valid, rooms: valid.rooms.map((r) => ({ ...r, capacity: 0 })) })).toEqual(['rooms.0.capacity', 'rooms.1.capacity']);
  });
});
