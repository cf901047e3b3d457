import { describe, expect, it } from 'vitest';
import { applyForecast, forecastStudents } from '../../src/logistics/domain/forecast.js';
import { defaultConcept, defaultParameters, defaultRooms, type CellInput, type ScenarioInputs } from '../../src/logistics/domain/inputs.js';
import { ratesFor } from '../../src/logistics/domain/rulesets.js';

const cell = (year: number, students: number): CellInput => ({
  crebo: '25655',
  title: 'Verzorgende-IG',
  niveau: 3,
  leerweg: 'BOL',
  year,
  programmeYears: 3,
  students,
  totalHours: 1600,
  botHours: 800,
  bpvHours: 400,
  theoryRoomType: 'theorielokaal',
  practiceRoomType: 'praktijklokaal',
});
const inputs: ScenarioInputs = {
  rulesetId: 'web-7.2.7',
  concept: defaultConcept(),
  parameters: defaultParameters(),
  rooms: defaultRooms(),
  cells: [cell(1, 100), cell(2, 80), cell(3, 60)],
};
const rates = ratesFor('BOL', 3);
const repeat = rates.repeat;

describe('the cohort-flow forecast', () => {
  it('moves students on at the pass rate, keeps repeaters and lets new students enter year 1', () => {
    const forecast = forecastStudents(inputs, { horizon: 1, inflowTrendPercent: 0, changes: [] });
    const next = forecast.years[1]!.byCell;
    expect(next['25655-BOL-1']).toBeCloseTo(100 + 100 * repeat, 9);
    expect(next['25655-BOL-2']).toBeCloseTo(100 * rates.pass + 80 * repeat, 9);
    expect(next['25655-BOL-3']).toBeCloseTo(80 * rates.pass + 60 * repeat, 9);
    expect(forecast.years[0]!.total).toBe(240);
  });

  it('applies one-off, structural and temporary changes to the inflow in the right years', () => {
    const inflow = (changes: Parameters<typeof forecastStudents>[1]['changes']) =>
      forecastStudents({ ...inputs, cells: [cell(1, 100)] }, { horizon: 5, inflowTrendPercent: 0, changes }).years.map(
        (y) => Math.round(y.byCell['25655-BOL-1']! * 1000) / 1000,
      );
    const base = inflow([]);
    const oneOff = inflow([{ kind: 'one-off', percent: 50, fromYear: 2, years: 1 }]);
    const structural = inflow([{ kind: 'structural', percent: -10, fromYear: 3, years: 1 }]);
    const temporary = inflow([{ kind: 'temporary', percent: 20, fromYear: 2, years: 2 }]);
    const differs = (series: number[]) => series.map((v, i) => v !== base[i]);
    expect(differs(oneOff)).toEqual([false, false, true, true, true, true]);
    expect(oneOff[2]! - base[2]!).toBeCloseTo(50, 3);
    expect(structural[5]! - base[5]!).toBeLessThan(structural[3]! - base[3]!);
    expect(differs(structural)).toEqual([false, false, false, true, true, true]);
    expect(temporary[2]! - base[2]!).toBeCloseTo(20, 3);
  });

  it('ignores changes for another programme and grows the inflow with the trend', () => {
    const forecast = forecastStudents(inputs, {
      horizon: 2,
      inflowTrendPercent: 10,
      changes: [{ kind: 'structural', percent: 100, fromYear: 1, years: 1, crebo: '99999' }],
    });
    const year1 = (t: number) => forecast.years[t]!.byCell['25655-BOL-1']!;
    expect(year1(1) - 100 * repeat).toBeCloseTo(110, 9);
  });

  it('feeds whole student numbers into a scenario', () => {
    const forecast = forecastStudents(inputs, { horizon: 3, inflowTrendPercent: 1.5, changes: [] });
    const applied = applyForecast(inputs, forecast, 3);
    for (const c of applied.cells) {
      expect(Number.isInteger(c.students)).toBe(true);
      expect(c.students).toBe(Math.floor(forecast.years[3]!.byCell[`25655-BOL-${c.year}`]! + 0.5));
    }
  });
});
