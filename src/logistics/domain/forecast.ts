import { z } from 'zod';
import { cellKey, leerwegen, type CellInput, type ScenarioInputs } from './inputs.js';
import { ratesFor } from './rulesets.js';

/*
 * A cohort-flow forecast of student numbers 1–5 years ahead, in the manner of DUO's institution
 * forecast: new students enter year 1 (with a trend and adjustable one-off, structural and
 * temporary changes), students move on to the next year at the published pass rate, drop out at
 * the published rate, and of the rest a share repeats the year and the others switch to another
 * programme (our assumption, labelled in the ruleset's note). The result feeds a scenario's student numbers.
 */

export const changeKinds = ['one-off', 'structural', 'temporary'] as const;
export type ChangeKind = (typeof changeKinds)[number];

export const MAX_FORECAST_YEARS = 5;

export const forecastChangeSchema = z.object({
  kind: z.enum(changeKinds),
  /** Change of the inflow in percent (−100: nobody enters). */
  percent: z.number().min(-100).max(500),
  /** Forecast year the change starts (1 = next year). */
  fromYear: z.number().int().min(1).max(MAX_FORECAST_YEARS),
  /** Length of a temporary change in years. */
  years: z.number().int().min(1).max(MAX_FORECAST_YEARS).default(1),
  /** Only this kwalificatie (and leerweg); every programme when left out. */
  crebo: z
    .string()
    .regex(/^[0-9]{5}$/)
    .nullable()
    .optional(),
  leerweg: z.enum(leerwegen).nullable().optional(),
  label: z.string().trim().max(200).optional(),
});
export type ForecastChange = z.infer<typeof forecastChangeSchema>;

export const forecastSettingsSchema = z.object({
  horizon: z.number().int().min(1).max(MAX_FORECAST_YEARS),
  /** Yearly change of the inflow in percent (e.g. from the national Referentieraming). */
  inflowTrendPercent: z.number().min(-50).max(50),
  changes: z.array(forecastChangeSchema).max(50),
});
export type ForecastSettings = z.infer<typeof forecastSettingsSchema>;

/** Expected students per cell key for each forecast year (index 0 = the scenario's own year). */
export interface Forecast {
  readonly years: ReadonlyArray<{ readonly year: number; readonly total: number; readonly byCell: Readonly<Record<string, number>> }>;
}

/** The inflow factor of a programme in forecast year t from the changes. */
export function changeFactor(changes: readonly ForecastChange[], cell: Pick<CellInput, 'crebo' | 'leerweg'>, t: number): number {
  let factor = 1;
  for (const c of changes) {
    if (c.crebo && c.crebo !== cell.crebo) continue;
    if (c.leerweg && c.leerweg !== cell.leerweg) continue;
    const applies =
      c.kind === 'one-off'
        ? t === c.fromYear
        : c.kind === 'structural'
          ? t >= c.fromYear
          : t >= c.fromYear && t < c.fromYear + (c.years ?? 1);
    if (applies) factor *= 1 + c.percent / 100;
  }
  return factor;
}

/** Runs the cohort flow for every programme track (kwalificatie × leerweg) of the scenario. */
export function forecastStudents(inputs: ScenarioInputs, settings: ForecastSettings): Forecast {
  const tracks = new Map<string, CellInput[]>();
  for (const cell of inputs.cells) {
    const track = `${cell.crebo}-${cell.leerweg}`;
    tracks.set(track, [...(tracks.get(track) ?? []), cell]);
  }
  const years: Array<{ year: number; total: number; byCell: Record<string, number> }> = [];
  const state = new Map<string, number[]>();
  const first: Record<string, number> = {};
  for (const [track, cells] of tracks) {
    const length = Math.max(...cells.map((c) => c.programmeYears));
    const n = new Array<number>(length).fill(0);
    for (const c of cells) n[c.year - 1] = c.students;
    state.set(track, n);
    for (const c of cells) first[cellKey(c)] = c.students;
  }
  years.push({ year: 0, total: sum(Object.values(first)), byCell: first });
  for (let t = 1; t <= settings.horizon; t++) {
    const byCell: Record<string, number> = {};
    for (const [track, cells] of tracks) {
      const sample = cells[0];
      const n = state.get(track);
      if (!sample || !n) continue;
      const rates = ratesFor(sample.leerweg, sample.niveau);
      const repeat = rates.repeat;
      const baseInflow = (first[cellKey({ ...sample, year: 1 })] ?? 0) * Math.pow(1 + settings.inflowTrendPercent / 100, t);
      const next = n.map((_, y) => (y === 0 ? baseInflow * changeFactor(settings.changes, sample, t) : (n[y - 1] ?? 0) * rates.pass));
      for (let y = 0; y < n.length; y++) next[y] = (next[y] ?? 0) + (n[y] ?? 0) * repeat;
      state.set(track, next);
      for (const c of cells) byCell[cellKey(c)] = next[c.year - 1] ?? 0;
    }
    years.push({ year: t, total: sum(Object.values(byCell)), byCell });
  }
  return { years };
}

/** The scenario with the student numbers of forecast year `year` (rounded half up to whole students). */
export function applyForecast(inputs: ScenarioInputs, forecast: Forecast, year: number): ScenarioInputs {
  const numbers = forecast.years.find((y) => y.year === year)?.byCell ?? {};
  return {
    ...inputs,
    cells: inputs.cells.map((c) => {
      const value = numbers[cellKey(c)];
      return value === undefined ? c : { ...c, students: Math.min(5000, Math.floor(value + 0.5)) };
    }),
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
