import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellGroups, computeScenario, exactTeacherHours, roundHalfUp, type EngineResult } from '../../src/logistics/domain/engine.js';
import { resolveCell, scenarioInputsSchema, type ScenarioInputs } from '../../src/logistics/domain/inputs.js';
import { spreadsheetScenario } from '../../src/logistics/domain/spreadsheet-reference.js';
import { inputsArb } from './arbitraries.js';

function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) for (const v of value) numbersIn(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) numbersIn(v, out);
  return out;
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
          const cell = resolveCell(raw, inputs.concept);
          const g = cellGroups(cell);
          const exact = exactTeacherHours(cell, g.groupsTheory, g.groupsPractice, inputs.parameters);
          const cents = roundHalfUp(
            exact.numerator * BigInt(inputs.parameters.costPerFteCents),
            exact.denominator * BigInt(inputs.parameters.hoursPerFte),
          );
          expect(result.cells[i]!.costCents).toBe(Number(cents));
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
        expect(sheet.rows.map((r) => [r.groups, r.costCents, r.costPerStudentCents])).toEqual(
          engine.cells.map((c) => [c.groupsTheory + c.groupsPractice, c.costCents, c.costPerStudentCents]),
        );
        expect(sheet.totalCostCents).toBe(engine.totals.costCents);
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
